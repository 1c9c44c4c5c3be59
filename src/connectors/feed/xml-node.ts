import { decodeXmlEntities } from "./text.js";

/** A parsed XML element as fast-xml-parser gives it: text, or an object of children and `@attributes`. */
export type XNode = string | { [key: string]: unknown };

function isObject(v: unknown): v is { [key: string]: unknown } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Every child element called `name` (an array whatever the document had). */
export function childList(node: unknown, name: string): XNode[] {
  if (!isObject(node)) return [];
  const v = node[name];
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]) as XNode[];
}

/** The first child element called `name`, or undefined. */
export function child(node: unknown, name: string): XNode | undefined {
  return childList(node, name)[0];
}

/** An attribute's value with XML entities decoded, or null. */
export function attr(node: unknown, name: string): string | null {
  if (!isObject(node)) return null;
  const v = node[`@${name}`];
  return typeof v === "string" ? decodeXmlEntities(v) : null;
}

/**
 * Raw characters of one element read at most: a mention keeps 20,000 characters of text, so a 10 MB
 * description is cut before its entities are decoded and its markup removed (bounded work per element).
 */
export const MAX_ELEMENT_CHARS = 1_000_000;

function joinParts(v: unknown, decode: boolean): string {
  if (v === undefined || v === null) return "";
  if (Array.isArray(v)) return v.map((p) => joinParts(p, decode)).join("");
  const s = String(v).slice(0, MAX_ELEMENT_CHARS);
  return decode ? decodeXmlEntities(s) : s;
}

/** The text of a simple element: entities decoded, CDATA kept as written, trimmed; null when empty. */
export function textOf(node: XNode | undefined): string | null {
  if (node === undefined) return null;
  const s = isObject(node)
    ? joinParts(node["#text"], true) + joinParts(node["#cdata"], false)
    : joinParts(node, true);
  const t = s.trim();
  return t ? t : null;
}

const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;

/**
 * The markup of an element kept unparsed (a stop node: title, description, content): CDATA sections
 * unwrapped as written, the rest XML-decoded; inline XHTML stays markup.
 */
export function markupOf(node: XNode | undefined): string | null {
  if (node === undefined) return null;
  // Stop nodes arrive raw (CDATA markers included); other elements keep CDATA apart under `#cdata`.
  const cdata = isObject(node) ? joinParts(node["#cdata"], false) : "";
  const raw = (
    (isObject(node) ? joinParts(node["#text"], false) : String(node)) + (cdata ? `<![CDATA[${cdata}]]>` : "")
  ).slice(0, MAX_ELEMENT_CHARS);
  if (!raw.trim()) return null;
  let out = "";
  let last = 0;
  for (const m of raw.matchAll(CDATA_SECTION)) {
    out += decodeXmlEntities(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return out + decodeXmlEntities(raw.slice(last));
}
