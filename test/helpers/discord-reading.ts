import { visible } from "./chat-driver.js";
import type { DiscordMessage } from "./discord-messages.js";
import type { Reading } from "./slack-reading.js";

type Mention = { kind: "user" | "role" | "everyone"; id: string };

const TOKENS: Array<[RegExp, (m: RegExpExecArray) => Mention | { link: string } | null]> = [
  [/^<@!?(\d+)>/, (m) => ({ kind: "user", id: m[1]! })],
  [/^<@&(\d+)>/, (m) => ({ kind: "role", id: m[1]! })],
  [/^<#(\d+)>/, () => null],
  [/^<(https?:\/\/[^\s>]+)>/, (m) => ({ link: m[1]! })],
  [/^@(everyone|here)/, () => ({ kind: "everyone", id: "" })],
];
const MASKED = /^\[((?:\\.|[^\]\\])*)\]\(<?(https?:\/\/[^\s)>]+)>?\)/;
const BARE_URL = /^https?:\/\/[^\s<>)]+/;
const unbackslash = (s: string) => s.replace(/\\([^\w\s])/g, "$1");

/** Whether Discord lets `mention` notify, under the message's `allowed_mentions`. */
function allowed(m: Mention, a: DiscordMessage["allowed_mentions"]): boolean {
  if (!a) return true;
  const parse = a.parse ?? [];
  if (m.kind === "everyone") return parse.includes("everyone");
  if (m.kind === "user") return parse.includes("users") || (a.users ?? []).includes(m.id);
  return parse.includes("roles") || (a.roles ?? []).includes(m.id);
}

/**
 * Reads message content as Discord does: a backslash makes the next symbol plain, and so is all
 * inside backticks (code); outside code, `<@id>`, `<@&id>`,
 * `@everyone` and `@here` mention (and notify only as `allowed_mentions` lets them); `[label](url)`
 * is a masked link; a bare or `<…>` URL is a link showing its own address.
 */
export function readDiscordContent(s: string, allow: DiscordMessage["allowed_mentions"]): Reading {
  const r: Reading = { text: "", pings: [], links: [] };
  let i = 0;
  outer: while (i < s.length) {
    const rest = s.slice(i);
    if (rest[0] === "\\" && rest.length > 1 && /[^\w\s]/.test(rest[1]!)) {
      r.text += rest[1];
      i += 2;
      continue;
    }
    const code = /^(`+)([^`][\s\S]*?)\1/.exec(rest);
    if (code) {
      // Shown as typed and never a link; a mention in it still counts (conservatively) as one.
      r.pings.push(...readDiscordContent(code[2]!, allow).pings);
      r.text += code[2];
      i += code[0].length;
      continue;
    }
    const masked = MASKED.exec(rest);
    if (masked) {
      const label = unbackslash(masked[1]!);
      r.links.push({ label, url: masked[2]! });
      r.text += label;
      i += masked[0].length;
      continue;
    }
    for (const [re, what] of TOKENS) {
      const m = re.exec(rest);
      if (!m) continue;
      const found = what(m);
      if (found && "link" in found) r.links.push({ label: found.link, url: found.link });
      else if (found && allowed(found, allow))
        r.pings.push(
          found.kind === "everyone" ? "everyone" : `${found.kind === "role" ? "group" : "user"}:${found.id}`,
        );
      r.text += m[0];
      i += m[0].length;
      continue outer;
    }
    const url = /\w$/.test(r.text) ? null : BARE_URL.exec(rest);
    if (url) {
      r.links.push({ label: url[0], url: url[0] });
      r.text += url[0];
      i += url[0].length;
      continue;
    }
    r.text += rest[0];
    i++;
  }
  return r;
}

type Component = { type: number; label?: string; placeholder?: string; components?: Component[] };

/** Reads a whole Discord message: its content, component labels and attachments. */
export function readDiscordMessage(m: DiscordMessage): Reading & { buttons: string[] } {
  const content = readDiscordContent(m.content, m.allowed_mentions);
  const parts = (m.components as Component[]).flatMap((row) => row.components ?? []);
  const buttons = parts.filter((c) => c.type === 2).map((c) => c.label ?? "");
  const labels = parts.map((c) => c.label ?? c.placeholder ?? "");
  return { ...content, text: visible([content.text, ...labels].join("\n")), buttons };
}
