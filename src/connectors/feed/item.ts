import { createHash } from "node:crypto";
import type { Mention } from "../../core/mention.js";
import { defaultMentionId } from "../../core/mention-id.js";
import { unwrapRedirect } from "./links.js";
import { collapseWhitespace, truncateText } from "./text.js";

/** Longest text kept on a mention; full articles are cut at a word boundary. */
export const MAX_TEXT_CHARS = 20_000;
/** Longest title and author kept (longer ones are cut, never refused). */
const MAX_TITLE_CHARS = 1000;
const MAX_AUTHOR_CHARS = 200;

/** What every format's item reader extracts before it becomes a mention. */
export interface ItemFields {
  guid: string | null;
  /** Absolute URL, already resolved against the item's base. */
  link: string | null;
  title: string | null;
  text: string;
  author: string | null;
  publishedAt: string | null;
}

/** Per-parse settings shared by the format readers. */
export interface ParseContext {
  sourceId: string;
  baseUrl: string | null;
}

/**
 * A mention id from a feed's guid: kept as is when it is globally scoped (a URI such as `tag:` or
 * `https:`), else prefixed with the source so two feeds' `<guid>1</guid>` don't collide; hashed when long.
 */
export function guidToId(sourceId: string, guid: string): string {
  const id = /^[a-z][a-z0-9+.-]*:\S/i.test(guid) ? guid : `${sourceId}:${guid}`;
  if (id.length <= 200) return id;
  return `${sourceId}:h:${createHash("sha256").update(guid).digest("base64url").slice(0, 32)}`;
}

/** `local@domain` with no whitespace and an `@` inside it. */
function isBareEmail(s: string): boolean {
  const at = s.indexOf("@");
  return at > 0 && at < s.length - 1 && !/\s/.test(s);
}

/**
 * An author as people read it: `jane@example.com (Jane Doe)` → `Jane Doe`, `Jane (jane@x)` → `Jane`,
 * `Jane <jane@x>` → `Jane`. String scans only (no backtracking regex over outside text).
 */
export function cleanAuthor(raw: string | null): string | null {
  if (!raw) return null;
  const s = collapseWhitespace(raw);
  if (s.endsWith(")")) {
    const open = s.indexOf("(");
    if (open > 0 && isBareEmail(s.slice(0, open).trimEnd())) return s.slice(open + 1, -1).trim() || null;
    const last = s.lastIndexOf("(");
    if (last > 0 && isBareEmail(s.slice(last + 1, -1))) return s.slice(0, last).trim() || null;
  }
  if (s.endsWith(">")) {
    const lt = s.lastIndexOf("<");
    const inside = s.slice(lt + 1, -1);
    if (lt > 0 && isBareEmail(inside) && !inside.includes(">"))
      return s.slice(0, lt).trim().replace(/^"|"$/g, "").trim() || null;
  }
  return s || null;
}

function authorOf(raw: string | null): string | null {
  const a = cleanAuthor(raw && raw.length > 4 * MAX_AUTHOR_CHARS ? raw.slice(0, 4 * MAX_AUTHOR_CHARS) : raw);
  return a === null ? null : truncateText(a, MAX_AUTHOR_CHARS);
}

/** Turns extracted fields into a contract mention: every key present, URL unwrapped, stable id. */
export function toMention(f: ItemFields, ctx: ParseContext): Mention {
  const url = f.link ? unwrapRedirect(f.link) : null;
  const text = truncateText(f.text, MAX_TEXT_CHARS);
  const id = f.guid
    ? guidToId(ctx.sourceId, f.guid)
    : defaultMentionId(ctx.sourceId, url, text || (f.title ?? ""));
  return {
    id,
    source: ctx.sourceId,
    url,
    title: f.title === null ? null : truncateText(f.title, MAX_TITLE_CHARS),
    text,
    author: authorOf(f.author),
    publishedAt: f.publishedAt,
    reach: null,
    rating: null,
    engagement: null,
  };
}
