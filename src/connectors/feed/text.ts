import { graphemeBoundary } from "../../core/chat-text.js";
import { HTML_ENTITIES } from "./html-entities.js";

const XML_NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

function fromCodePoint(ref: string): string | null {
  const cp =
    ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return "\uFFFD";
  // Windows-1252 code points mis-sent as numeric refs (&#146; for ’) are common in feeds.
  if (cp >= 0x80 && cp <= 0x9f) return CP1252_C1[cp - 0x80] ?? "\uFFFD";
  return String.fromCodePoint(cp);
}

const CP1252_C1 = [
  "€",
  null,
  "‚",
  "ƒ",
  "„",
  "…",
  "†",
  "‡",
  "ˆ",
  "‰",
  "Š",
  "‹",
  "Œ",
  null,
  "Ž",
  null,
  null,
  "‘",
  "’",
  "“",
  "”",
  "•",
  "–",
  "—",
  "˜",
  "™",
  "š",
  "›",
  "œ",
  null,
  "ž",
  "Ÿ",
];

/** Decodes the five XML entities and numeric character references; anything else is left as written. */
export function decodeXmlEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] === "#") return fromCodePoint(ref) ?? whole;
    return XML_NAMED[ref] ?? whole;
  });
}

/** Decodes HTML named and numeric character references from a fixed table (no expansion of anything else). */
export function decodeHtmlEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] === "#") return fromCodePoint(ref) ?? whole;
    return HTML_ENTITIES.get(ref) ?? whole;
  });
}

const DROPPED_OPEN = /<(script|style|noscript|template|iframe|object|svg|head)\b[^<>]*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
const BLOCK =
  /<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|pre|section|article|header|footer|hr|dd|dt)\b[^<>]*>/gi;
const TAG = /<\/?[A-Za-z][^<>]*>|<[!?][^<>]*>/g;
const LOOKS_ESCAPED = /&(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+|nbsp|apos);|<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/i;

const C1 = /[\u0080-\u009f]/g;

/**
 * Collapses runs of whitespace (including no-break spaces) to one space and trims; C1 control characters,
 * windows-1252 punctuation mis-transcoded upstream (U+0092 for ’), become the characters meant.
 */
export function collapseWhitespace(s: string): string {
  const fixed = C1.test(s) ? s.replace(C1, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? "") : s;
  return fixed.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
}

/** Where the element `name` closes at or after `from`: [start, end) of `</name ...>`, or null. */
function findClose(html: string, name: string, from: number): [number, number] | null {
  const re = new RegExp(`</${name}\\s*>`, "gi");
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? [m.index, m.index + m[0].length] : null;
}

/**
 * Drops script, style, head… elements with their content. Linear: each element's closing tag is looked for
 * once from where the scan stands, and a tag that never closes is never looked for again (left as a tag).
 */
function dropElements(html: string): string {
  if (html.indexOf("<") < 0) return html;
  const closes = new Map<string, [number, number] | null>();
  let out = "";
  let last = 0;
  DROPPED_OPEN.lastIndex = 0;
  for (let m = DROPPED_OPEN.exec(html); m !== null; m = DROPPED_OPEN.exec(html)) {
    const name = m[1]!.toLowerCase();
    const from = m.index + m[0].length;
    let close = closes.get(name);
    if (close === undefined || (close !== null && close[0] < from)) {
      close = findClose(html, name, from);
      closes.set(name, close);
    }
    if (close === null) continue;
    out += `${html.slice(last, m.index)} `;
    last = close[1];
    DROPPED_OPEN.lastIndex = last;
  }
  return last === 0 ? html : out + html.slice(last);
}

function stripOnce(html: string): string {
  return decodeHtmlEntities(
    dropElements(html.replace(CDATA, "$1").replace(COMMENT, " ")).replace(BLOCK, " ").replace(TAG, ""),
  );
}

/**
 * Plain text from HTML as people wrote it: scripts, styles and comments dropped, tags removed,
 * entities decoded (a second pass for double-escaped markup), whitespace collapsed.
 */
export function htmlToText(html: string): string {
  let out = stripOnce(html);
  if (LOOKS_ESCAPED.test(out)) out = stripOnce(out);
  return collapseWhitespace(out);
}

/** Plain text from a text construct that should hold no markup: entities decoded twice at most, whitespace collapsed. */
export function plainText(s: string): string {
  let out = decodeHtmlEntities(s);
  if (/&(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i.test(out)) out = decodeHtmlEntities(out);
  return collapseWhitespace(out);
}

/** Cuts a text to at most `maxChars`, at a word boundary when one is near, never inside a grapheme. */
export function truncateText(s: string, maxChars: number): string {
  if (s.length <= maxChars) return s;
  const cut = s.slice(0, graphemeBoundary(s, maxChars));
  const sp = cut.lastIndexOf(" ");
  return `${(sp > maxChars * 0.8 ? cut.slice(0, sp) : cut).trimEnd()}…`;
}
