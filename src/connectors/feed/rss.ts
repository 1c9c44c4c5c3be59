import type { Mention } from "../../core/mention.js";
import { parseFeedDate } from "./dates.js";
import { type ParseContext, toMention } from "./item.js";
import { resolveBase, resolveUrl } from "./links.js";
import { htmlToText } from "./text.js";
import { attr, child, childList, markupOf, textOf, type XNode } from "./xml-node.js";

function firstText(node: XNode, names: string[]): string | null {
  for (const n of names) {
    for (const c of childList(node, n)) {
      const t = textOf(c);
      if (t) return t;
    }
  }
  return null;
}

function firstMarkup(node: XNode, names: string[]): string | null {
  for (const n of names) {
    const m = markupOf(child(node, n));
    if (m?.trim()) return m;
  }
  return null;
}

/** The item's permalink: `<link>`, else a guid that is a permalink and an http(s) URL, else an alternate atom:link. */
function itemLink(item: XNode, guidNode: XNode | undefined, base: string | null): string | null {
  const link = resolveUrl(firstText(item, ["link"]), base);
  if (link) return link;
  const guid = textOf(guidNode);
  const permalink = attr(guidNode, "isPermaLink");
  // An explicit permalink may be relative; a default one counts only when it is an absolute URL.
  if (guid && permalink === "true") return resolveUrl(guid, base);
  if (guid && permalink !== "false" && /^https?:\/\//i.test(guid)) return resolveUrl(guid, null);
  for (const l of childList(item, "atom:link"))
    if ((attr(l, "rel") ?? "alternate") === "alternate") return resolveUrl(attr(l, "href"), base);
  return null;
}

function readItem(item: XNode, base: string | null, ctx: ParseContext): Mention {
  const itemBase = resolveBase(attr(item, "xml:base"), base);
  const guidNode = child(item, "guid");
  const titleMarkup = firstMarkup(item, ["title", "dc:title"]);
  const body = firstMarkup(item, [
    "content:encoded",
    "description",
    "dc:description",
    "summary",
    "content",
    "itunes:summary",
  ]);
  return toMention(
    {
      guid: textOf(guidNode) ?? attr(item, "rdf:about"),
      link: itemLink(item, guidNode, itemBase),
      title: titleMarkup ? htmlToText(titleMarkup) || null : null,
      text: body ? htmlToText(body) : "",
      author: firstText(item, ["author", "dc:creator", "dc:author", "itunes:author", "dc:contributor"]),
      publishedAt: parseFeedDate(
        firstText(item, ["pubDate", "dc:date", "dcterms:issued", "dcterms:created", "a10:updated"]),
      ),
    },
    ctx,
  );
}

/** Reads an RSS 0.9x/2.0 (`<rss>`) or RSS 0.9/1.0 RDF (`<rdf:RDF>`) document root into a title and mentions. */
export function readRss(
  root: XNode,
  ctx: ParseContext,
  maxItems: number,
): { title: string | null; mentions: Mention[]; ttlMinutes: number | null } {
  const channel = child(root, "channel") ?? root;
  const ttl = Number(firstText(channel, ["ttl"]) ?? Number.NaN);
  const base = resolveBase(attr(root, "xml:base") ?? attr(channel, "xml:base"), ctx.baseUrl);
  const fallbackBase = base ?? resolveUrl(firstText(channel, ["link"]), null);
  // RSS 2.0 keeps items in the channel; RDF keeps them beside it.
  const items = [...childList(channel, "item"), ...(channel === root ? [] : childList(root, "item"))];
  const titleMarkup = firstMarkup(channel, ["title"]);
  return {
    title: titleMarkup ? htmlToText(titleMarkup) || null : null,
    mentions: items.slice(0, maxItems).map((it) => readItem(it, fallbackBase, ctx)),
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
  };
}
