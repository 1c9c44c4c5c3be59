import type { PiiSpan } from "./analysis.js";

/** Replaces each personal-data span with `[email]`, `[phone]`, … (spans may overlap or be unsorted). */
export function redact(text: string, spans: PiiSpan[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const s of sorted) {
    if (s.end <= pos) continue;
    out += `${text.slice(pos, Math.max(pos, s.start))}[${s.kind}]`;
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** What redacting a stored mention needs. */
export interface Redactable {
  title: string | null;
  text: string;
  author?: string | null;
  url?: string | null;
  analysis: {
    piiSpans: PiiSpan[];
    titlePiiSpans?: PiiSpan[];
    authorPiiSpans?: PiiSpan[];
    urlPiiSpans?: PiiSpan[];
  };
}

/**
 * What an author or link stored before they were checked may hold: an address, or a long run of digits
 * (a phone written as a handle). Such a legacy field is withheld whole rather than posted unchecked.
 */
const LEGACY_SUSPECT = /@|(?:\d[\s().-]{0,2}){7}/;

/**
 * A mention's title as the bot may post it, personal data replaced; null without a title. A mention
 * stored before titles were read has no title spans: when it had no text its spans are the title's
 * (the title was what got analysed), otherwise its title is shown as it came.
 */
export function postedTitle(m: Redactable): string | null {
  if (!m.title) return null;
  return redact(m.title, m.analysis.titlePiiSpans ?? (m.text ? [] : m.analysis.piiSpans));
}

/** A mention's text as the bot may post it, personal data replaced; its title when it has no text. */
export function postedText(m: Redactable): string {
  return m.text ? redact(m.text, m.analysis.piiSpans) : (postedTitle(m) ?? "");
}

/**
 * A mention's author as the bot may post or log it, personal data replaced (`[email]`); null when
 * anonymous. An author stored before authors were checked is shown only when it cannot hold any.
 */
export function postedAuthor(m: Redactable): string | null {
  if (!m.author) return null;
  const spans = m.analysis.authorPiiSpans;
  if (spans) return redact(m.author, spans);
  return LEGACY_SUSPECT.test(m.author) ? "[author]" : m.author;
}

/**
 * A mention's link as the bot may post it: the URL when it holds no personal data, otherwise null (a
 * link with `[email]` in it leads nowhere; the card says the link was withheld). Null without a URL.
 */
export function postedUrl(m: Redactable): string | null {
  if (!m.url) return null;
  const spans = m.analysis.urlPiiSpans;
  if (spans) return spans.length ? null : m.url;
  return LEGACY_SUSPECT.test(m.url.replace(/^[a-z]+:\/\/[^/]*/i, "")) ? null : m.url;
}
