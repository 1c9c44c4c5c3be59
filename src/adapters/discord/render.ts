import { graphemeBoundary, stripBidiControls } from "../../core/chat-text.js";
import type { Block, ButtonElement, ChatMessage, RichText, SelectElement } from "../../ports/chat.js";
import { CONFIRM } from "./confirm.js";

/** Discord's message and component limits. */
export const DISCORD_LIMITS = {
  content: 2000,
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  options: 25,
  optionLabel: 100,
  optionValue: 100,
  placeholder: 150,
} as const;

const SNOWFLAKE = /^\d{15,21}$/;

/**
 * Escapes outside text for Discord markdown: formatting characters, `<@…>`/`<#…>` tokens, masked links
 * and line-start headings/lists get a backslash; `@everyone`/`@here` a zero-width space; bidirectional
 * controls are removed. Nothing pings anyway (`allowed_mentions.parse` is empty), and nothing forges a link.
 */
export function escapeDiscord(s: string): string {
  return stripBidiControls(s)
    .replace(/[\\*_~`|<>[\]]/g, "\\$&")
    .replace(/^([ \t]*)([#-])/gm, "$1\\$2")
    .replace(/@(everyone|here)/gi, "@\u200b$1")
    .replace(/(https?):\/\//gi, "$1\u200b://");
}

/** Renders rich text as Discord markdown; returns the user ids it mentions (the only ones allowed to ping). */
export function renderDiscordText(text: RichText, mentions: Set<string>): string {
  let out = "";
  for (const span of text) {
    if (typeof span === "string") out += escapeDiscord(span);
    else if ("user" in span) {
      if (SNOWFLAKE.test(span.user)) {
        mentions.add(span.user);
        out += `<@${span.user}>`;
      } else out += `@${escapeDiscord(span.user)}`;
    } else if ("url" in span) {
      const ok = /^https?:\/\/[^\s<>()]+$/i.test(span.url);
      out += ok ? `[${escapeDiscord(span.text)}](<${span.url}>)` : escapeDiscord(span.text);
    } else {
      let t = escapeDiscord(span.text);
      if (span.code) t = `\`${span.text.replace(/`/g, "ˋ")}\``;
      else {
        if (span.bold && t.trim()) t = `**${t}**`;
        if (span.italic && t.trim()) t = `*${t}*`;
      }
      if (span.quote) t = t.replace(/^/gm, "> ");
      out += t;
    }
  }
  return out;
}

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let c = s.slice(0, graphemeBoundary(s, max - 1));
  if (/\\$/.test(c) && !/\\\\$/.test(c)) c = c.slice(0, -1);
  return `${c}…`;
}

/** Packs a button's or select's action id and context into a custom_id: `orm_claim|3`. */
export function customId(actionId: string, value: string | undefined): string {
  return cut(value === undefined ? actionId : `${actionId}|${value}`, DISCORD_LIMITS.customId);
}

function button(e: ButtonElement) {
  return {
    type: 2,
    style: e.style === "primary" ? 1 : e.style === "danger" ? 4 : 2,
    label: cut(e.label, DISCORD_LIMITS.buttonLabel),
    // A button that asks first goes through the adapter's confirm step (confirm.ts).
    custom_id: e.confirm ? customId(CONFIRM.ask, `${e.actionId}|${e.value}`) : customId(e.actionId, e.value),
  };
}

function select(e: SelectElement) {
  const base = {
    custom_id: customId(e.actionId, e.value),
    placeholder: cut(e.placeholder, DISCORD_LIMITS.placeholder),
  };
  if (e.options === "users") return { type: 5, ...base };
  return {
    type: 3,
    ...base,
    options: e.options.slice(0, DISCORD_LIMITS.options).map((o) => ({
      label: cut(o.label, DISCORD_LIMITS.optionLabel),
      value: cut(o.value, DISCORD_LIMITS.optionValue),
    })),
  };
}

/** Buttons share rows of five; each select takes a row of its own; at most five rows. */
function components(blocks: Block[]) {
  const rows: Array<{ type: 1; components: unknown[] }> = [];
  for (const b of blocks) {
    if (b.type !== "actions") continue;
    const buttons = b.elements.filter((e): e is ButtonElement => e.type === "button");
    for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow)
      rows.push({ type: 1, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow).map(button) });
    for (const s of b.elements.filter((e): e is SelectElement => e.type === "select"))
      rows.push({ type: 1, components: [select(s)] });
  }
  return rows.slice(0, DISCORD_LIMITS.rows);
}

/** A Discord message body: content within 2,000 characters, components, and pings only for bot-held ids. */
export function renderDiscordMessage(msg: ChatMessage) {
  const mentions = new Set<string>();
  const parts: string[] = [];
  for (const b of msg.blocks) {
    if (b.type === "header") parts.push(`## ${escapeDiscord(b.text)}`);
    else if (b.type === "divider") parts.push("───");
    else if (b.type === "section")
      parts.push([b.text, ...(b.fields ?? [])].map((t) => renderDiscordText(t, mentions)).join("\n"));
    else if (b.type === "context")
      parts.push(`-# ${renderDiscordText(b.text, mentions).replace(/\n/g, "\n-# ")}`);
  }
  const content = cut(parts.join("\n").trim() || escapeDiscord(msg.fallback), DISCORD_LIMITS.content);
  return {
    content,
    components: components(msg.blocks),
    allowed_mentions: { parse: [] as string[], users: [...mentions].slice(0, 100) },
  };
}
