import type { Config } from "../config/schema.js";
import type { Block, ChatMessage, RichText } from "../ports/chat.js";
import { caseLines, casePicker, type ListedCase } from "./case-picker.js";
import type { SlaBreach } from "./sla.js";

/** Cases listed per section (Slack's section text holds 3,000 characters). */
const PER_SECTION = 10;
/** Cases listed in one reminder; the rest are counted ("…and 12 more"). */
const LISTED = 40;
/** Cases named in the headline before "…". */
const HEADLINE = 6;
const TEXT_CHARS = 90;

/** A breach with its mention, for the reminder's lines. */
export type ListedBreach = SlaBreach & ListedCase;

function headline(breaches: readonly ListedBreach[], what: string): string {
  const named = breaches
    .slice(0, HEADLINE)
    .map((b) => `#${b.c.id} ${b.waitedMin} min`)
    .join(", ");
  const more = breaches.length > HEADLINE ? ", …" : "";
  return `${breaches.length} case${breaches.length === 1 ? "" : "s"} ${what}: ${named}${more}`;
}

function sections(breaches: readonly ListedBreach[], detail: (b: ListedBreach) => string): Block[] {
  const out: Block[] = [];
  const listed = breaches.slice(0, LISTED);
  for (let i = 0; i < listed.length; i += PER_SECTION)
    out.push({
      type: "section",
      text: caseLines(listed.slice(i, i + PER_SECTION), (x) => detail(x as ListedBreach), TEXT_CHARS),
    });
  if (breaches.length > LISTED)
    out.push({ type: "context", text: [`…and ${breaches.length - LISTED} more: /orm queue`] });
  return out;
}

/** The leads of the teams these cases belong to (config `teams.<id>.lead`), each once. */
export function leadsOf(breaches: readonly SlaBreach[], config: Config): string[] {
  const leads = breaches.map((b) => (b.c.team ? config.teams[b.c.team]?.lead : undefined));
  return [...new Set(leads.filter((l): l is string => !!l))];
}

/**
 * One reminder for all of a channel's SLA breaches of one check: the cases waiting without an owner
 * (addressed to their teams' leads), then the claimed ones without a response (addressed to their
 * owners), each with its waiting time, the mention's first line (redacted, cut) and link, and menus to
 * claim, show or resolve each.
 */
export function renderReminder(breaches: readonly ListedBreach[], config: Config): ChatMessage {
  const unclaimed = breaches.filter((b) => b.kind === "unclaimed");
  const unanswered = breaches.filter((b) => b.kind === "unresponded");
  const blocks: Block[] = [];
  const titles: string[] = [];
  if (unclaimed.length) {
    const title = `⏰ ${headline(unclaimed, "waiting without an owner")}`;
    titles.push(title);
    const leads = leadsOf(unclaimed, config);
    const to: RichText = leads.length
      ? [" — ", ...leads.flatMap((l, i) => [...(i ? [", "] : []), { user: l }]), ", can you find someone?"]
      : [];
    blocks.push({ type: "section", text: [{ text: title, bold: true }, ...to] });
    blocks.push(...sections(unclaimed, (b) => `${b.waitedMin} min`));
  }
  if (unanswered.length) {
    const title = `⏰ ${headline(unanswered, "claimed and still without a response")}`;
    titles.push(title);
    const owners = [...new Set(unanswered.map((b) => b.c.owner).filter((o): o is string => !!o))];
    const to: RichText = owners.flatMap((o, i) => [i ? ", " : " — ", { user: o }]);
    blocks.push({ type: "section", text: [{ text: title, bold: true }, ...to] });
    blocks.push(...sections(unanswered, (b) => `${b.waitedMin} min since claimed, has no response`), {
      type: "context",
      text: ["Reply to the customer, then /orm resolve CASE."],
    });
  }
  blocks.push(...casePicker(breaches));
  return { fallback: titles.join(" · "), blocks };
}
