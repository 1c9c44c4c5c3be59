import { XMLParser } from "fast-xml-parser";
import type { Mention } from "../../core/mention.js";
import { readAtom } from "./atom.js";
import { decodeFeedBytes } from "./encoding.js";
import { FeedError } from "./feed-error.js";
import type { ParseContext } from "./item.js";
import { readJsonFeed } from "./json-feed.js";
import { readRss } from "./rss.js";
import type { XNode } from "./xml-node.js";

/** A parsed feed: its format, title and the mentions it carries (contract shape, every key present). */
export interface ParsedFeed {
  format: "rss" | "rdf" | "atom" | "json";
  title: string | null;
  mentions: Mention[];
  /** RSS `<ttl>`: minutes the publisher asks readers to wait between polls, when given. */
  ttlMinutes?: number | null;
}

export interface ParseFeedOptions {
  /** The mentions' `source`. */
  sourceId: string;
  /** The feed's own URL: relative links resolve against it. */
  baseUrl?: string;
  /** The HTTP Content-Type, for its charset. */
  contentType?: string;
  /** Items kept (the first ones in document order); default 1000. */
  maxItems?: number;
}

/**
 * fast-xml-parser set up for hostile input: no entity processing at all (the five XML entities and
 * numeric references are decoded by us, so DOCTYPE entities never expand), rich-text elements kept raw.
 */
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: "#cdata",
  maxNestedTags: 200,
  stopNodes: [
    "*.title",
    "*.description",
    "*.content",
    "*.summary",
    "*.content:encoded",
    "*.subtitle",
    "*.dc:description",
  ],
});

const HTML_OPENING = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/** True when the document opens like HTML once leading comments are skipped (indexOf, never a regex over them). */
function looksLikeHtml(text: string): boolean {
  let i = 0;
  while (text.startsWith("<!--", i)) {
    const end = text.indexOf("-->", i + 4);
    if (end < 0) return false;
    i = end + 3;
    while (i < text.length && text.charCodeAt(i) <= 32) i++;
  }
  return HTML_OPENING.test(text.slice(i, i + 32));
}

/** Cuts a truncated document after its last complete item and closes what stays open. */
function recoverTruncated(text: string): string | null {
  const end = Math.max(text.lastIndexOf("</item>") + 7, text.lastIndexOf("</entry>") + 8);
  if (end < 8) return null;
  const head = text.slice(0, end);
  const root = /<((?:[\w-]+:)?(?:rss|RDF|feed))[\s>]/.exec(head)?.[1];
  if (!root) return null;
  const channel = root === "rss" && head.includes("<channel") ? "</channel>" : "";
  return `${head}${channel}</${root}>`;
}

/**
 * Index just past the DOCTYPE's closing `>` (quoted literals, the internal subset `[...]` and comments in it
 * skipped, each with one indexOf), or -1 when it never closes. One pass: linear in the document.
 */
function doctypeEnd(text: string, from: number): number {
  let inSubset = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = text.indexOf(c, i + 1);
      if (i < 0) return -1;
    } else if (inSubset && c === "<" && text.startsWith("<!--", i)) {
      i = text.indexOf("-->", i + 4);
      if (i < 0) return -1;
      i += 2;
    } else if (c === "[") inSubset = true;
    else if (c === "]") inSubset = false;
    else if (c === ">" && !inSubset) return i + 1;
  }
  return -1;
}

/** Drops the DOCTYPE (and any internal subset): its entities are never expanded nor fetched. */
function withoutDoctype(text: string): string {
  const at = text.slice(0, 64 * 1024).search(/<!DOCTYPE\s/i);
  if (at < 0) return text;
  const end = doctypeEnd(text, at + 9);
  if (end < 0) throw new FeedError("not a feed: the DOCTYPE never ends");
  return text.slice(0, at) + text.slice(end);
}

/** Index just past the `n`-th occurrence of `needle`, or -1 when there are fewer. */
function afterNth(text: string, needle: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const found = text.indexOf(needle, at);
    if (found < 0) return -1;
    at = found + needle.length;
  }
  return at;
}

/**
 * A document with more than `maxItems` items cut after the last kept one and closed, so a 10 MB feed of
 * tiny items is not parsed whole to keep its first thousand (one indexOf pass). Unchanged otherwise.
 */
function firstItems(text: string, maxItems: number): string {
  for (const close of ["</item>", "</entry>"]) {
    const end = afterNth(text, close, maxItems);
    if (end < 0 || text.indexOf(close, end) < 0) continue;
    return recoverTruncated(text.slice(0, end)) ?? text;
  }
  return text;
}

function parseXml(text: string): Record<string, unknown> {
  try {
    return xml.parse(text) as Record<string, unknown>;
  } catch (err) {
    const recovered = recoverTruncated(text);
    if (recovered) {
      try {
        return xml.parse(recovered) as Record<string, unknown>;
      } catch {
        // fall through to the original error
      }
    }
    throw new FeedError(`not a feed: malformed XML (${(err as Error).message.split("\n")[0]})`, {
      cause: err,
    });
  }
}

function rootOf(doc: Record<string, unknown>): [string, XNode] {
  for (const [k, v] of Object.entries(doc)) {
    if (k.startsWith("?") || k.startsWith("#") || k.startsWith("!")) continue;
    return [k, (v ?? "") as XNode];
  }
  throw new FeedError("not a feed: no root element");
}

/**
 * Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom and JSON Feed bytes or text into mentions. Bytes are decoded
 * from the BOM, the Content-Type charset or the XML prolog. Throws FeedError with a clear reason for anything
 * that is not a feed (`not a feed: HTML document`).
 */
export function parseFeed(body: Buffer | string, options: ParseFeedOptions): ParsedFeed {
  const raw = typeof body === "string" ? body : decodeFeedBytes(body, options.contentType).text;
  const text = raw.replace(/^[\s\ufeff]+/, "");
  const ctx: ParseContext = { sourceId: options.sourceId, baseUrl: options.baseUrl ?? null };
  const maxItems = options.maxItems ?? 1000;
  if (!text) throw new FeedError("not a feed: empty document");
  if (text[0] === "{" || text[0] === "[") return { format: "json", ...readJsonFeed(text, ctx, maxItems) };
  if (looksLikeHtml(text)) throw new FeedError("not a feed: HTML document");
  if (text[0] !== "<") throw new FeedError("not a feed: neither XML nor JSON");
  const [name, root] = rootOf(parseXml(firstItems(withoutDoctype(text), maxItems)));
  const local = name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
  if (local === "rss") return { format: "rss", ...readRss(root, ctx, maxItems) };
  if (local === "RDF") return { format: "rdf", ...readRss(root, ctx, maxItems) };
  if (local === "feed") return { format: "atom", ...readAtom(root, ctx, maxItems) };
  if (local.toLowerCase() === "html") throw new FeedError("not a feed: HTML document");
  throw new FeedError(`not a feed: unknown root element <${name}>`);
}
