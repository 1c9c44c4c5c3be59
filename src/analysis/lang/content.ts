import { type PreparedText, type TextWords, textWords } from "../text.js";

/**
 * What of a post is language: URLs, @handles and $cashtags are names, not words, and
 * a `#CamelCaseTag` is words run together. A tweet made of three handles and four words is judged on
 * the four words (and its length is theirs), so handles neither outvote nor pad the text.
 *
 * Every regex here is a single pass with no nested repetition (linear time on hostile text).
 */
const NAMES = /(?:https?:\/\/|www\.)\S+|[@$][\p{L}\p{N}_]+/gu;
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
/** A lower-case letter followed by an upper-case one, inside a hashtag: where its words meet. */
const CAMEL = /(\p{Ll})(?=\p{Lu})/gu;
/** Characters that mark a post as carrying names or tags (a quick test before any rewriting). */
const MARKERS = /[@#$]|https?:|www\./;

/** The post's words without names, hashtags split into words; the prepared text itself when it has none. */
export function languageContent(t: PreparedText): TextWords {
  if (!MARKERS.test(t.raw)) return t;
  const text = t.raw
    .replace(NAMES, " ")
    .replace(HASHTAG, (_, tag: string) => ` ${tag.replace(CAMEL, "$1 ").replace(/_/g, " ")} `);
  return textWords(text, t.raw.length);
}
