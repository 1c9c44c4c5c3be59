import type { Block, ButtonElement, ChatMessage, SelectElement } from "../../ports/chat.js";
import { escapeMrkdwn, renderMrkdwn, truncateMrkdwn, truncatePlain } from "./mrkdwn.js";

/** Block Kit limits (Slack's docs and @slack/types); see test/unit/adapters/slack for the checks. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  field: 2000,
  fields: 10,
  header: 150,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  placeholder: 150,
  options: 100,
  optionText: 75,
  optionValue: 75,
  /** Slack rejects messages near 13.2k characters of blocks: text plus ~80 per block stays well under. */
  totalText: 9_000,
  fallback: 3000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
} as const;

/** A Slack Block Kit block as sent to chat.postMessage (loosely typed: JSON). */
export type SlackBlock = Record<string, unknown>;

const plain = (text: string, max: number) => ({
  type: "plain_text",
  text: truncatePlain(text, max) || " ",
  emoji: true,
});

function button(e: ButtonElement): SlackBlock {
  return {
    type: "button",
    action_id: truncatePlain(e.actionId, SLACK_LIMITS.actionId),
    text: plain(e.label, SLACK_LIMITS.buttonText),
    value: truncatePlain(e.value, SLACK_LIMITS.buttonValue),
    ...(e.style ? { style: e.style } : {}),
    ...(e.confirm
      ? {
          // Slack's confirmation dialog (a composition object): the click is sent only after "yes".
          confirm: {
            title: plain(e.confirm.title, SLACK_LIMITS.confirmTitle),
            text: plain(e.confirm.text, SLACK_LIMITS.confirmText),
            confirm: plain(e.confirm.yes, SLACK_LIMITS.confirmButton),
            deny: plain(e.confirm.no, SLACK_LIMITS.confirmButton),
            ...(e.style === "danger" ? { style: "danger" } : {}),
          },
        }
      : {}),
  };
}

function select(e: SelectElement): SlackBlock {
  const base = {
    action_id: truncatePlain(e.actionId, SLACK_LIMITS.actionId),
    placeholder: plain(e.placeholder, SLACK_LIMITS.placeholder),
  };
  if (e.options === "users") return { type: "users_select", ...base };
  return {
    type: "static_select",
    ...base,
    options: e.options.slice(0, SLACK_LIMITS.options).map((o) => ({
      text: plain(o.label, SLACK_LIMITS.optionText),
      value: truncatePlain(o.value, SLACK_LIMITS.optionValue),
    })),
  };
}

/** Carries a select's context value (e.g. the case number) in its block id: `ctx:3`. */
export const BLOCK_CONTEXT_PREFIX = "ctx:";

function actions(b: Extract<Block, { type: "actions" }>, index: number): SlackBlock | null {
  const elements = b.elements.slice(0, SLACK_LIMITS.actionsElements);
  if (elements.length === 0) return null;
  const ctx = elements.find((e): e is SelectElement => e.type === "select" && e.value !== undefined)?.value;
  return {
    type: "actions",
    block_id: truncatePlain(
      ctx !== undefined ? `${BLOCK_CONTEXT_PREFIX}${ctx}` : `orm_b${index}`,
      SLACK_LIMITS.blockId,
    ),
    elements: elements.map((e) => (e.type === "button" ? button(e) : select(e))),
  };
}

function mrkdwn(text: string, max: number) {
  return { type: "mrkdwn", text: truncateMrkdwn(text, max), verbatim: true };
}

function renderBlock(b: Block, index: number, budget: { left: number; dropped: number }): SlackBlock | null {
  if ((b.type === "section" || b.type === "context") && budget.left < 40) {
    budget.dropped++;
    return null;
  }
  budget.left -= 80; // the block's own JSON around its text
  const take = (s: string, max: number) => {
    const cut = truncateMrkdwn(s, Math.max(2, Math.min(max, budget.left)));
    budget.left -= cut.length;
    return cut;
  };
  switch (b.type) {
    case "header":
      return { type: "header", text: plain(take(b.text, SLACK_LIMITS.header), SLACK_LIMITS.header) };
    case "divider":
      return { type: "divider" };
    case "section": {
      const text = renderMrkdwn(b.text);
      const fields = (b.fields ?? [])
        .slice(0, SLACK_LIMITS.fields)
        .map((f) => renderMrkdwn(f))
        .filter((f) => f.trim());
      if (!text.trim() && fields.length === 0) return null;
      return {
        type: "section",
        ...(text.trim()
          ? { text: mrkdwn(take(text, SLACK_LIMITS.sectionText), SLACK_LIMITS.sectionText) }
          : {}),
        ...(fields.length
          ? { fields: fields.map((f) => mrkdwn(take(f, SLACK_LIMITS.field), SLACK_LIMITS.field)) }
          : {}),
      };
    }
    case "context": {
      const text = renderMrkdwn(b.text);
      if (!text.trim()) return null;
      return {
        type: "context",
        elements: [mrkdwn(take(text, SLACK_LIMITS.contextText), SLACK_LIMITS.contextText)],
      };
    }
    case "actions":
      return actions(b, index);
  }
}

/**
 * Renders a platform-neutral message as Block Kit, escaping every span and keeping within Slack's
 * limits by truncation ("…"): never a failed post.
 */
export function renderSlackMessage(msg: ChatMessage): { text: string; blocks: SlackBlock[] } {
  const budget = { left: SLACK_LIMITS.totalText, dropped: 0 };
  let blocks = msg.blocks.map((b, i) => renderBlock(b, i, budget)).filter((b): b is SlackBlock => b !== null);
  if (blocks.length > SLACK_LIMITS.blocks || budget.dropped > 0) {
    const dropped = Math.max(0, blocks.length - (SLACK_LIMITS.blocks - 1)) + budget.dropped;
    blocks = [
      ...blocks.slice(0, SLACK_LIMITS.blocks - 1),
      { type: "context", elements: [mrkdwn(`… ${dropped} more block(s) not shown`, 100)] },
    ];
  }
  return { text: truncateMrkdwn(escapeMrkdwn(msg.fallback), SLACK_LIMITS.fallback) || " ", blocks };
}
