import { type SeenLink, visible } from "./chat-driver.js";

/** What a person reads in a piece of Slack text, and whom and where it sends them. */
export interface Reading {
  text: string;
  pings: string[];
  links: SeenLink[];
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const BROADCAST = /@(channel|here|everyone)\b/g;
const BARE_URL = /https?:\/\/[^\s<>|]+/g;

/** One `<…>` control sequence: a mention, a broadcast, a user group, a channel, a date or a link. */
function readControl(inner: string, r: Reading): void {
  const bar = inner.indexOf("|");
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? null : decode(inner.slice(bar + 1));
  if (/^@[UW][A-Z0-9]+$/.test(target)) {
    r.pings.push(`user:${target.slice(1)}`);
    r.text += label ?? target;
  } else if (/^!(channel|here|everyone)$/.test(target)) {
    r.pings.push("everyone");
    r.text += `@${target.slice(1)}`;
  } else if (target.startsWith("!subteam^")) {
    r.pings.push(`group:${target.slice("!subteam^".length)}`);
    r.text += label ?? "@group";
  } else if (target.startsWith("#") || target.startsWith("!")) {
    r.text += label ?? target;
  } else if (/^(https?|mailto):/i.test(target)) {
    r.links.push({ label: label ?? decode(target), url: decode(target) });
    r.text += label ?? decode(target);
  } else r.text += decode(inner);
}

/**
 * Reads mrkdwn as Slack does: `<…>` sequences are mentions, broadcasts, user groups and links;
 * entities are decoded; bare URLs become links that show their own address. A bare `@channel`,
 * `@here` or `@everyone` counts as a broadcast, as Slack reads it wherever it links names
 * (`verbatim: false`, `link_names`): the adapter promises it never leaves one.
 */
export function readMrkdwn(s: string): Reading {
  const r: Reading = { text: "", pings: [], links: [] };
  for (const part of s.split(/(<[^<>]*>)/)) {
    if (part.startsWith("<") && part.endsWith(">")) {
      readControl(part.slice(1, -1), r);
      continue;
    }
    const t = decode(part);
    for (const _ of t.matchAll(BROADCAST)) r.pings.push("everyone");
    for (const m of t.matchAll(BARE_URL)) r.links.push({ label: m[0], url: m[0] });
    r.text += t;
  }
  return r;
}

type TextObject = { type?: string; text?: string } | undefined;
type Block = Record<string, unknown>;

/** A Block Kit text object: mrkdwn is read, plain_text shows as it is. */
function readTextObject(o: TextObject): Reading {
  if (!o?.text) return { text: "", pings: [], links: [] };
  return o.type === "mrkdwn" ? readMrkdwn(o.text) : { text: o.text, pings: [], links: [] };
}

function readBlock(b: Block): { parts: Reading[]; buttons: string[] } {
  const parts: Reading[] = [];
  const buttons: string[] = [];
  if (b.text) parts.push(readTextObject(b.text as TextObject));
  for (const f of (b.fields as TextObject[] | undefined) ?? []) parts.push(readTextObject(f));
  for (const e of (b.elements as Block[] | undefined) ?? []) {
    if (e.type === "button") {
      const label = readTextObject(e.text as TextObject);
      parts.push(label);
      buttons.push(label.text);
    } else if (e.placeholder) parts.push(readTextObject(e.placeholder as TextObject));
    else if (e.type === "mrkdwn" || e.type === "plain_text") parts.push(readTextObject(e as TextObject));
  }
  return { parts, buttons };
}

/** Reads a whole Slack message (its `text` and every block) the way Slack shows and notifies it. */
export function readSlackMessage(m: { text: string; blocks: unknown }): Reading & { buttons: string[] } {
  const parts = [readMrkdwn(m.text)];
  const buttons: string[] = [];
  for (const b of (Array.isArray(m.blocks) ? m.blocks : []) as Block[]) {
    const read = readBlock(b);
    parts.push(...read.parts);
    buttons.push(...read.buttons);
  }
  return {
    text: visible(parts.map((p) => p.text).join("\n")),
    pings: parts.flatMap((p) => p.pings),
    links: parts.flatMap((p) => p.links),
    buttons,
  };
}
