import type { Template } from "../config/sections/routing.js";
import { SENTIMENT_LABELS } from "../core/analysis.js";
import { type Case, OUTCOMES, type Outcome } from "../core/case.js";
import { postedAuthor, postedText, postedTitle, postedUrl, redact } from "../core/redact.js";
import type { StoredMention } from "../core/stored-mention.js";
import type {
  Block,
  ButtonConfirm,
  ButtonElement,
  ChatMessage,
  RichText,
  SelectElement,
} from "../ports/chat.js";
import type { AuthorProfile } from "../ports/store.js";
import { missingTemplateNote, offerTemplates } from "./answers.js";

const SENTIMENT_ICON = { negative: "🔴", neutral: "⚪", positive: "🟢" } as const;
const MAX_TEXT = 1200;

/** Cuts a string to `max` characters, ending with "…" when cut. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1))}…`;
}

/** How long ago, for "Claimed by @ana · 4 min". */
export function ago(fromMs: number, nowMs: number): string {
  const min = Math.max(0, Math.round((nowMs - fromMs) / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} d`;
}

function statusLine(c: Case, now: number): RichText {
  switch (c.status) {
    case "new":
      return [{ text: "Unclaimed", bold: true }, ` · opened ${ago(c.openedAt, now)} ago`];
    case "claimed":
      return ["Claimed by ", { user: c.owner! }, ` · ${ago(c.claimedAt ?? c.openedAt, now)}`];
    case "responded":
      return [
        "Answered by ",
        { user: c.owner! },
        ` · first response after ${ago(c.openedAt, c.firstResponseAt ?? now)}`,
      ];
    default:
      return [
        { text: c.status === "resolved" ? "Resolved" : "Dismissed", bold: true },
        ` (${c.outcome ?? "no outcome"}) by `,
        { user: c.owner ?? "someone" },
        ` · after ${ago(c.openedAt, c.resolvedAt ?? now)}`,
      ];
  }
}

/** The buttons that open a form to answer, resolve or assign with the team's own words. */
function formButtons(v: string): ButtonElement[] {
  return [
    {
      type: "button",
      actionId: "orm_reply_open",
      label: "Reply…",
      value: v,
      command: `/orm reply ${v} TEXT`,
    },
    {
      type: "button",
      actionId: "orm_resolve_open",
      label: "Resolve…",
      value: v,
      command: `/orm resolve ${v} OUTCOME`,
    },
    {
      type: "button",
      actionId: "orm_assign_open",
      label: "Assign…",
      value: v,
      command: `/orm assign ${v} @user`,
    },
  ];
}

/** A closed case's one action: the customer came back (`/orm reopen`). */
function reopenBlock(c: Case): Block {
  return {
    type: "actions",
    elements: [{ type: "button", actionId: "orm_reopen", label: "Reopen", value: String(c.id) }],
  };
}

/** What Escalate asks before it acts (the card's button, Discord's follow-up, the terminal's y/N). */
export function confirmEscalate(caseId: number): ButtonConfirm {
  return {
    title: `Escalate case #${caseId}?`,
    text: "It is recorded on the case and proposed to the managers as a crisis; they are notified.",
    yes: "Escalate",
    no: "Cancel",
  };
}

function actionBlocks(
  m: StoredMention,
  c: Case,
  author: AuthorProfile | null,
  templates: Template[],
): Block[] {
  const v = String(c.id);
  const buttons: ButtonElement[] = [
    c.owner
      ? { type: "button", actionId: "orm_unclaim", label: "Unclaim", value: v }
      : { type: "button", actionId: "orm_claim", label: "Claim", value: v, style: "primary" },
    { type: "button", actionId: "orm_private", label: "Move to private", value: v },
    {
      type: "button",
      actionId: "orm_escalate",
      label: "Escalate",
      value: v,
      style: "danger",
      confirm: confirmEscalate(c.id),
    },
    ...(m.authorKey
      ? [
          author?.watched
            ? { type: "button" as const, actionId: "orm_unwatch", label: "Unwatch author", value: v }
            : { type: "button" as const, actionId: "orm_watch", label: "Watch author", value: v },
        ]
      : []),
    ...formButtons(v),
  ];
  const selects: SelectElement[] = [
    { type: "select", actionId: "orm_assign", placeholder: "Assign to…", options: "users", value: v },
    ...(templates.length
      ? [
          {
            type: "select" as const,
            actionId: "orm_reply",
            placeholder: "Reply with a template…",
            options: templates.map((t) => ({ label: `${t.title} (${t.lang})`, value: `${v}:${t.id}` })),
          },
        ]
      : []),
    {
      type: "select",
      actionId: "orm_resolve",
      placeholder: "Resolve as…",
      options: OUTCOMES.map((o) => ({ label: OUTCOME_LABEL[o], value: `${v}:${o}` })),
    },
    // The team teaches the model: the chosen label comes back as `CASE:label` (see commands/label.ts).
    {
      type: "select",
      actionId: "orm_label",
      placeholder: "Label…",
      options: SENTIMENT_LABELS.map((l) => ({ label: l, value: l })),
      value: v,
    },
  ];
  return [{ type: "actions", elements: [...buttons, ...selects] }];
}

const OUTCOME_LABEL: Record<Outcome, string> = {
  answered: "Answered",
  fixed: "Fixed",
  no_action: "No action needed",
  spam: "Spam",
  insult_hidden: "Insult hidden",
};

/** Extras for the alert: the reply templates from config. */
export interface AlertCardOptions {
  templates?: Template[];
  /** The language offered when none is written in the mention's (the brand's first). */
  fallbackLang?: string;
}

/** The alert for a case: what was said, by whom, how it scores, where it stands, and the actions. */
export function renderAlert(
  m: StoredMention,
  c: Case,
  author: AuthorProfile | null,
  now: number,
  options: AlertCardOptions = {},
): ChatMessage {
  const a = m.analysis;
  const text = truncate(redact(m.text, a.piiSpans), MAX_TEXT);
  const flags: string[] = [];
  if (author?.watched) flags.push("👁 watched");
  if (author && author.negative >= 3) flags.push(`repeat detractor (${author.negative} negative)`);
  if (a.insult) flags.push("⚠ insult (may be hidden)");
  if (a.pii.length) flags.push(`personal data redacted: ${a.pii.join(", ")}`);
  const head: RichText = [
    `${SENTIMENT_ICON[a.sentiment.label]} `,
    { text: `#${c.id} ${a.sentiment.label} ${a.sentiment.score.toFixed(2)}`, bold: true },
    ` · reach ${a.reachScore} · priority ${a.priority} · ${a.topics.join(", ") || "no topic"} · ${a.lang}`,
  ];
  const who: RichText = [
    { text: truncate(postedAuthor(m) ?? "anonymous", 200), bold: true },
    ` on ${m.source}`,
    ...linkSpans(m),
    ...(flags.length ? [` · ${flags.join(" · ")}`] : []),
  ];
  const title = postedTitle(m);
  const body: RichText = title
    ? [{ text: truncate(title, 200), bold: true }, "\n", { text, quote: true }]
    : [{ text, quote: true }];
  const open = c.status === "new" || c.status === "claimed" || c.status === "responded";
  const offer = offerTemplates(m.analysis, options.templates ?? [], options.fallbackLang ?? "en");
  const templates = offer.templates.slice(0, 25);
  const missing = missingTemplateNote(offer);
  return {
    fallback: `#${c.id} ${a.sentiment.label} mention on ${m.source}: ${truncate(postedText(m), 140)}`,
    blocks: [
      { type: "section", text: head },
      { type: "context", text: who },
      { type: "section", text: body },
      // Above the status line, which stays the card's last context (the terminal restates it on updates).
      ...(open && missing ? [{ type: "context" as const, text: [missing] }] : []),
      // The correction sits on the status line too: the line every platform restates when the card changes.
      {
        type: "context",
        text: [
          ...statusLine(c, now),
          ...(m.correction
            ? [` · ✎ label corrected to ${m.correction.label} by `, { user: m.correction.by }]
            : []),
        ],
      },
      ...(open ? actionBlocks(m, c, author, templates) : [reopenBlock(c)]),
    ],
  };
}

/** The mention's link, or a note that it was withheld for the personal data in it. */
function linkSpans(m: StoredMention): RichText {
  const url = postedUrl(m);
  if (url) return [" · ", { text: "open", url }];
  return m.url ? [" · link withheld (personal data)"] : [];
}
