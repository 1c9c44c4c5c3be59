import { z } from "zod";
import type { Mention } from "../../core/mention.js";
import { parseFeedDate } from "./dates.js";
import { FeedError } from "./feed-error.js";
import { type ParseContext, toMention } from "./item.js";
import { resolveUrl } from "./links.js";
import { collapseWhitespace, htmlToText } from "./text.js";

const AuthorSchema = z.looseObject({ name: z.string().nullish(), url: z.string().nullish() });

/** A JSON Feed 1.0/1.1 item (https://jsonfeed.org/version/1.1), loosely: unknown keys are ignored. */
export const JsonFeedItemSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  url: z.string().nullish(),
  external_url: z.string().nullish(),
  title: z.string().nullish(),
  content_html: z.string().nullish(),
  content_text: z.string().nullish(),
  summary: z.string().nullish(),
  date_published: z.string().nullish(),
  date_modified: z.string().nullish(),
  author: AuthorSchema.nullish(),
  authors: z.array(AuthorSchema).nullish(),
});

/** A JSON Feed document; `items` are checked one by one so one bad item doesn't sink the feed. */
export const JsonFeedSchema = z.looseObject({
  // Real feeds write "1.1" as often as the spec's URL; the items array is what makes it a feed.
  version: z.string().nullish(),
  title: z.string().nullish(),
  home_page_url: z.string().nullish(),
  feed_url: z.string().nullish(),
  author: AuthorSchema.nullish(),
  authors: z.array(AuthorSchema).nullish(),
  items: z.array(z.unknown()),
});

type JsonAuthor = z.infer<typeof AuthorSchema>;

function firstAuthor(
  authors: JsonAuthor[] | null | undefined,
  author: JsonAuthor | null | undefined,
): string | null {
  // JSON Feed 1.1: `authors` wins over the legacy `author`.
  const name = authors?.find((a) => a.name?.trim())?.name ?? author?.name;
  return name?.trim() || null;
}

/** Deeper than any JSON Feed: a document nested past this is refused before JSON.parse builds it. */
const MAX_JSON_DEPTH = 64;

/** True when brackets outside strings nest deeper than `max` (one pass, no allocation). */
function nestingOver(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** Parses JSON Feed text into a title and mentions; throws FeedError when it is not a JSON Feed. */
export function readJsonFeed(
  text: string,
  ctx: ParseContext,
  maxItems: number,
): { title: string | null; mentions: Mention[] } {
  let data: unknown;
  if (nestingOver(text, MAX_JSON_DEPTH))
    throw new FeedError(`not a feed: JSON nested deeper than ${MAX_JSON_DEPTH}`);
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FeedError(`not a feed: invalid JSON (${(err as Error).message})`, { cause: err });
  }
  const feed = JsonFeedSchema.safeParse(data);
  if (!feed.success) {
    const issue = feed.error.issues[0]!;
    throw new FeedError(
      `not a feed: JSON without a JSON Feed shape (${issue.path.join(".") || "root"}: ${issue.message})`,
    );
  }
  const base =
    resolveUrl(feed.data.feed_url, null) ?? resolveUrl(feed.data.home_page_url, null) ?? ctx.baseUrl;
  const feedAuthor = firstAuthor(feed.data.authors, feed.data.author);
  const mentions: Mention[] = [];
  for (const raw of feed.data.items.slice(0, maxItems)) {
    const it = JsonFeedItemSchema.safeParse(raw);
    if (!it.success) continue;
    const i = it.data;
    const body = i.content_html
      ? htmlToText(i.content_html)
      : collapseWhitespace(i.content_text ?? i.summary ?? "");
    mentions.push(
      toMention(
        {
          guid: i.id === null || i.id === undefined || i.id === "" ? null : String(i.id),
          link: resolveUrl(i.url, base) ?? resolveUrl(i.external_url, base),
          title: i.title ? htmlToText(i.title) || null : null,
          text: body,
          author: firstAuthor(i.authors, i.author) ?? feedAuthor,
          publishedAt: parseFeedDate(i.date_published) ?? parseFeedDate(i.date_modified),
        },
        ctx,
      ),
    );
  }
  return { title: feed.data.title?.trim() || null, mentions };
}
