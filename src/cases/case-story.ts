import type { Case, CaseEvent } from "../core/case.js";
import { postedText, postedTitle } from "../core/redact.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { Block, ChatMessage, RichText } from "../ports/chat.js";
import type { AuthorProfile } from "../ports/store.js";
import { ago, truncate } from "./alert-card.js";
import { slaText } from "./case-list.js";

/*
 * The story must fit the smallest message it is sent in (Discord's 2,000 characters) without losing
 * its end, the latest events: the mention is cut short (the card has it whole), the author's other
 * cases and the older events are counted, not listed.
 */
/** Events shown in a case's timeline; older ones are counted, not listed. */
const MAX_EVENTS = 10;
/** The author's other cases listed. */
const MAX_OTHER_CASES = 3;
/** Characters of the mention's text and title shown. */
const MAX_TEXT = 200;
const MAX_TITLE = 80;
/** Characters of one event's note. */
const MAX_NOTE = 40;

/** Everything `/orm case CASE` tells: the case, its mention, the author and their other cases. */
export interface CaseStory {
  c: Case;
  m: StoredMention | null;
  author: AuthorProfile | null;
  /** The author's other cases (most recent first), each with its status. */
  otherCases: Case[];
  /** SLA time left on the case's running timer (null: none runs). */
  slaLeftMs: number | null;
  nowMs: number;
  /** IANA time zone the times are shown in (`brand.timezone`). */
  timeZone: string;
}

/** `Nov 20, 10:04` in the brand's time zone. */
function when(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(ms);
}

const VERB: Record<string, string> = {
  open: "opened",
  claim: "claimed",
  unclaim: "released",
  assign: "assigned",
  respond: "replied",
  resolve: "resolved",
  dismiss: "dismissed",
  reopen: "reopened",
  sla_breach: "SLA breached",
  escalate: "escalated",
  watch: "watched the author",
  unwatch: "stopped watching the author",
  label: "corrected the label",
  private: "moved to private",
  note: "added an internal note",
};

/** One timeline line: when, who, what (and its note). */
function eventLine(e: CaseEvent, timeZone: string): RichText {
  const who: RichText = e.actor === "orm-bot" ? ["ORM Bot"] : [{ user: e.actor }];
  const assigned = e.action === "assign" ? /^assigned to (\S+)(?: — [\s\S]*)?$/.exec(e.note ?? "") : null;
  const what: RichText = assigned
    ? [" assigned it to ", { user: assigned[1]! }]
    : [
        ` ${VERB[e.action] ?? e.action.replace(/_/g, " ")}`,
        ...(e.note ? [" — ", { text: truncate(e.note, MAX_NOTE) }] : []),
      ];
  return [`${when(e.at, timeZone)} · `, ...who, ...what, "\n"];
}

function analysisLines(m: StoredMention): RichText {
  const a = m.analysis;
  const out: RichText = [
    { text: "Analysis", bold: true },
    `: ${a.lang} · ${a.sentiment.label} ${a.sentiment.score.toFixed(2)} · topics ${a.topics.join(", ") || "none"} · priority ${a.priority} · reach ${a.reachScore}`,
    ...(a.insult ? [" · insult"] : []),
    ...(a.pii.length ? [` · personal data redacted: ${a.pii.join(", ")}`] : []),
  ];
  const fix = m.correction;
  if (fix)
    out.push(
      `\nLabel corrected to ${fix.label}${fix.topics?.length ? ` (${fix.topics.join(", ")})` : ""} by `,
      { user: fix.by },
    );
  return out;
}

function authorLines(s: CaseStory): RichText {
  const m = s.m;
  const label: RichText = [{ text: "Author", bold: true }, ": "];
  if (!m?.author && !s.author) return [...label, "anonymous"];
  const out: RichText = [...label, { text: truncate(m?.author ?? s.author!.name, 80) }];
  const p = s.author;
  if (p)
    out.push(
      ` · ${p.mentions} mention(s) since ${when(p.firstSeen, s.timeZone)}: ${p.negative} negative, ${p.positive} positive${p.watched ? " · 👁 watched" : ""}`,
    );
  if (s.otherCases.length === 0) out.push("\nNo other case of this author.");
  else {
    out.push(`\nOther cases (${s.otherCases.length}):`);
    s.otherCases.slice(0, MAX_OTHER_CASES).forEach((o, n) => {
      const outcome = o.outcome ? ` (${o.outcome})` : "";
      out.push(
        n ? " ·" : "",
        " ",
        { text: `#${o.id}`, bold: true },
        ` ${o.status}${outcome}, ${ago(o.openedAt, s.nowMs)} ago`,
      );
    });
    if (s.otherCases.length > MAX_OTHER_CASES) out.push(` … ${s.otherCases.length - MAX_OTHER_CASES} more`);
  }
  return out;
}

/** The story of one case: the mention (redacted), its analysis, the author's history and the timeline. */
export function renderCaseStory(s: CaseStory): ChatMessage {
  const { c, m } = s;
  const sla = slaText(s.slaLeftMs);
  const head = `Case #${c.id} · ${c.status}${c.outcome ? ` (${c.outcome})` : ""}${sla ? ` · ${sla}` : ""}`;
  const where: RichText = m
    ? [
        `${m.source}`,
        ...(m.url ? [" · ", { text: "open", url: m.url }] : []),
        ` · opened ${ago(c.openedAt, s.nowMs)} ago`,
        ...(c.owner ? [" · owner ", { user: c.owner }] : []),
      ]
    : [`opened ${ago(c.openedAt, s.nowMs)} ago`];
  const title = m ? postedTitle(m) : null;
  const body: RichText = m
    ? [
        ...(title ? [{ text: truncate(title, MAX_TITLE), bold: true }, "\n"] : []),
        { text: truncate(postedText(m), MAX_TEXT), quote: true },
      ]
    : ["(the mention is no longer stored)"];
  const events = c.history.slice(-MAX_EVENTS);
  const timeline: RichText = [{ text: "Timeline", bold: true }, "\n"];
  if (c.history.length > events.length)
    timeline.push(`… ${c.history.length - events.length} earlier event(s)\n`);
  for (const e of events) timeline.push(...eventLine(e, s.timeZone));
  const blocks: Block[] = [
    { type: "header", text: head },
    { type: "context", text: where },
    { type: "section", text: body },
    ...(m ? [{ type: "section" as const, text: analysisLines(m) }] : []),
    { type: "section", text: authorLines(s) },
    { type: "section", text: timeline },
  ];
  return { fallback: head, blocks };
}
