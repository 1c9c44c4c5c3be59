import { graphemeBoundary, stripBidiControls, truncateGraphemes } from "../../core/chat-text.js";
import type { RichText } from "../../ports/chat.js";

const BROADCAST = /@(channel|here|everyone)\b/gi;
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

/**
 * Escapes outside text for Slack mrkdwn: `&`, `<`, `>` become entities (so `<!channel>`, `<@U1>`,
 * `<!subteam^S1>` and `<https://evil|bank>` show as text), and a zero-width space after `@` keeps
 * `@channel`/`@here`/`@everyone` from being read as a broadcast; bidirectional controls are removed.
 */
export function escapeMrkdwn(s: string): string {
  return stripBidiControls(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(BROADCAST, "@\u200b$1");
}

/** A link target Slack can't be tricked by: http(s) only, with `|` and `>` percent-encoded. */
function safeUrl(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  return url.replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, "%7C");
}

/** Renders rich text as mrkdwn; every string is escaped, only `user` spans with Slack ids ping. */
export function renderMrkdwn(text: RichText): string {
  let out = "";
  for (const span of text) {
    if (typeof span === "string") out += escapeMrkdwn(span);
    else if ("user" in span)
      out += SLACK_USER_ID.test(span.user) ? `<@${span.user}>` : `@${escapeMrkdwn(span.user)}`;
    else if ("url" in span) {
      const url = safeUrl(span.url);
      const label = escapeMrkdwn(span.text).replace(/\|/g, "¦");
      out += url ? `<${url}|${label}>` : label;
    } else {
      let t = escapeMrkdwn(span.text);
      if (span.code) t = `\`${t.replace(/`/g, "ˋ")}\``;
      else {
        if (span.bold && t.trim()) t = `*${t}*`;
        if (span.italic && t.trim()) t = `_${t}_`;
      }
      if (span.quote) t = t.replace(/^/gm, ">");
      out += t;
    }
  }
  return out;
}

/**
 * Cuts rendered mrkdwn to at most `max` characters, ending with "…", without leaving half an entity
 * (`&am`), half a link/mention (`<@U1`) or half a grapheme (an emoji and its modifier) behind.
 */
export function truncateMrkdwn(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, graphemeBoundary(s, Math.max(0, max - 1)));
  cut = cut.replace(/&[a-z#0-9]*$/i, "");
  const open = cut.lastIndexOf("<");
  if (open > cut.lastIndexOf(">")) cut = cut.slice(0, open);
  return `${cut}…`;
}

/** Cuts plain text to `max` characters with "…", never inside a grapheme. */
export function truncatePlain(s: string, max: number): string {
  return truncateGraphemes(s, max);
}
