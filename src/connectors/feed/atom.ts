import type { Mention } from "../../core/mention.js";
import { parseFeedDate } from "./dates.js";
import { type ParseContext, toMention } from "./item.js";
import { resolveBase, resolveUrl } from "./links.js";
import { htmlToText, plainText } from "./text.js";
import { attr, child, childList, markupOf, textOf, type XNode } from "./xml-node.js";

/** Plain text of an Atom text construct (`type` text, html or xhtml). */
function constructText(node: XNode | undefined): string | null {
  const markup = markupOf(node);
  if (!markup) return null;
  const type = (attr(node, "type") ?? "text").toLowerCase();
  const isMarkup =
    type === "html" || type === "xhtml" || type.includes("html") || /<\/?[a-z][^<>]*>/i.test(markup);
  const out = isMarkup ? htmlToText(markup) : plainText(markup);
  return out || null;
}

/** The entry's permalink: `rel="alternate"` (or no rel) preferring text/html, resolved against its xml:base. */
function entryLink(entry: XNode, base: string | null): string | null {
  const links = childList(entry, "link");
  let best: XNode | undefined;
  for (const l of links) {
    const rel = attr(l, "rel") ?? "alternate";
    if (rel !== "alternate") continue;
    const type = attr(l, "type");
    if (!best || (type?.includes("html") && !(attr(best, "type") ?? "").includes("html"))) best = l;
  }
  best ??= links.find((l) => attr(l, "href"));
  if (!best) return null;
  const href = attr(best, "href") ?? textOf(best);
  return resolveUrl(href, resolveBase(attr(best, "xml:base"), base));
}

function authorName(node: XNode): string | null {
  for (const a of childList(node, "author")) {
    const name = textOf(child(a, "name")) ?? (typeof a === "string" ? textOf(a) : null);
    if (name) return name;
  }
  return null;
}

function readEntry(entry: XNode, base: string | null, feedAuthor: string | null, ctx: ParseContext): Mention {
  const entryBase = resolveBase(attr(entry, "xml:base"), base);
  const content = child(entry, "content");
  // Out-of-line content (`src=`) carries no text; fall back to the summary.
  const body =
    (content && !attr(content, "src") ? constructText(content) : null) ??
    constructText(child(entry, "summary"));
  const date =
    parseFeedDate(textOf(child(entry, "published"))) ??
    parseFeedDate(textOf(child(entry, "issued"))) ??
    parseFeedDate(textOf(child(entry, "created"))) ??
    parseFeedDate(textOf(child(entry, "updated"))) ??
    parseFeedDate(textOf(child(entry, "modified")));
  return toMention(
    {
      guid: textOf(child(entry, "id")),
      link: entryLink(entry, entryBase),
      title: constructText(child(entry, "title")),
      text: body ?? "",
      author: authorName(entry) ?? authorName(child(entry, "source") ?? "") ?? feedAuthor,
      publishedAt: date,
    },
    ctx,
  );
}

/** Reads an Atom 1.0 (or 0.3) `<feed>` root into a title and mentions; feed-level author and xml:base apply to entries. */
export function readAtom(
  root: XNode,
  ctx: ParseContext,
  maxItems: number,
): { title: string | null; mentions: Mention[] } {
  const base = resolveBase(attr(root, "xml:base"), ctx.baseUrl);
  const feedAuthor = authorName(root);
  return {
    title: constructText(child(root, "title")),
    mentions: childList(root, "entry")
      .slice(0, maxItems)
      .map((e) => readEntry(e, base, feedAuthor, ctx)),
  };
}
