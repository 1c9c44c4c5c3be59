import type { ButtonConfirm, ChatMessage } from "../../ports/chat.js";

/**
 * Red buttons ask first on Discord, which has no confirm dialog: the button's custom_id is
 * `orm_confirm|ACTION|VALUE`; a click gets an ephemeral follow-up with two buttons, `orm_confirmed|…`
 * (goes ahead: the prompt is closed, then ACTION runs with VALUE) and `orm_cancel|…` (nothing changes).
 */
export const CONFIRM = { ask: "orm_confirm", yes: "orm_confirmed", no: "orm_cancel" } as const;

/** The action a confirm step is about: `orm_escalate|3` → `{ actionId: "orm_escalate", value: "3" }`. */
export function confirmTarget(value: string): { actionId: string; value: string } {
  const bar = value.indexOf("|");
  return bar < 0
    ? { actionId: value, value: "" }
    : { actionId: value.slice(0, bar), value: value.slice(bar + 1) };
}

const GENERIC: ButtonConfirm = {
  title: "Are you sure?",
  text: "This can't be undone here.",
  yes: "Go ahead",
  no: "Cancel",
};

/** The ephemeral question: its title and text, and the two buttons. */
export function confirmPrompt(target: string, q: ButtonConfirm | null): ChatMessage {
  const ask = q ?? GENERIC;
  return {
    fallback: ask.title,
    blocks: [
      { type: "section", text: [{ text: ask.title, bold: true }, "\n", ask.text] },
      {
        type: "actions",
        elements: [
          { type: "button", actionId: CONFIRM.yes, label: ask.yes, value: target, style: "danger" },
          { type: "button", actionId: CONFIRM.no, label: ask.no, value: target },
        ],
      },
    ],
  };
}

/** What the prompt becomes once answered (its buttons gone, so it can't be clicked twice). */
export function answeredPrompt(confirmed: boolean): ChatMessage {
  const text = confirmed ? "Confirmed." : "Cancelled: nothing changed.";
  return { fallback: text, blocks: [{ type: "section", text: [text] }] };
}
