import type { CaseEvent } from "../core/case.js";
import type { Block, RichText } from "../ports/chat.js";

/** History actions that carry the team's own words: an answer to the customer, an internal note. */
const CONVERSATION: Record<string, string> = { respond: "answered", note: "added an internal note" };

/**
 * True for an event whose words belong with the case even where the chat has no threads (posted as a
 * reply to the card there): an answer with its text, or an internal note.
 */
export function isConversation(e: CaseEvent): boolean {
  return e.action in CONVERSATION && Boolean(e.note);
}

/** Case events the alert's thread tells about, as one line each (SLA breaches post their own message). */
export function eventText(e: CaseEvent): RichText | null {
  if (e.action === "open" || e.action === "sla_breach") return null;
  const who: RichText = [e.actor === "orm-bot" ? "ORM Bot" : { user: e.actor }];
  const assigned = e.action === "assign" ? /^assigned to (\S+)(?: — ([\s\S]*))?$/.exec(e.note ?? "") : null;
  if (assigned)
    return [
      ...who,
      " assigned it to ",
      { user: assigned[1]! },
      ...(assigned[2] ? [` — ${assigned[2]}`] : []),
    ];
  const verb: Record<string, string> = {
    claim: "claimed it",
    unclaim: "released it",
    respond: "responded",
    resolve: "resolved it",
    dismiss: "dismissed it",
    reopen: "reopened it",
    label: "corrected the label",
  };
  const note = e.note && e.action !== "resolve" ? ` — ${e.note}` : e.note ? ` (${e.note})` : "";
  return [...who, ` ${verb[e.action] ?? e.action}${note}`];
}

/** The thread message for one event: an answer or note quoted whole, anything else as a context line. */
export function eventBlocks(e: CaseEvent): Block[] | null {
  if (isConversation(e)) {
    const who: RichText = [e.actor === "orm-bot" ? "ORM Bot" : { user: e.actor }];
    const label = e.action === "note" ? "🔒 " : "💬 ";
    return [
      {
        type: "section",
        text: [label, ...who, ` ${CONVERSATION[e.action]}:\n`, { text: e.note!, quote: true }],
      },
    ];
  }
  const text = eventText(e);
  return text ? [{ type: "context", text }] : null;
}
