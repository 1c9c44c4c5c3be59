import type { FullAnalysis, PiiSpan } from "../core/analysis.js";
import type { AnalyzeContext, Analyzer } from "../ports/analyzer.js";

/** Between title and text when they are read as one: a paragraph break, so no clause runs across. */
const SEPARATOR = "\n\n";

/**
 * Analyses a mention: its title and text read as one text (a news headline often names the topic
 * its snippet only hints at), with the personal-data spans split back into the text's (`piiSpans`)
 * and the title's (`titlePiiSpans`), each with offsets into its own field, so both can be redacted;
 * the author and the link are checked for personal data on their own (`authorPiiSpans`, `urlPiiSpans`).
 */
export function analyzeMention(
  analyzer: Analyzer,
  m: { title?: string | null; text: string; author?: string | null; url?: string | null },
  ctx: AnalyzeContext,
): FullAnalysis {
  const a = analyzeTitleAndText(analyzer, m, ctx);
  // Author and link are checked on their own: an author `juan.perez@gmail.com` is posted as `[email]`.
  if (m.author) a.authorPiiSpans = analyzer.personalData(m.author);
  if (m.url) a.urlPiiSpans = linkPii(m.url, analyzer.personalData(m.url));
  return a;
}

/**
 * The personal data a link carries: addresses, and phones written with their `+` (`?tel=+34…`). Other
 * digit runs in a link are ids (a 19-digit status id can pass a card's Luhn check; `/hotel/123…` is no phone).
 */
function linkPii(url: string, spans: PiiSpan[]): PiiSpan[] {
  return spans.filter(
    (s) => s.kind === "email" || (s.kind === "phone" && /^(?:\+|%2B)/i.test(url.slice(s.start))),
  );
}

function analyzeTitleAndText(
  analyzer: Analyzer,
  m: { title?: string | null; text: string },
  ctx: AnalyzeContext,
): FullAnalysis {
  const title = m.title ?? "";
  if (!title) return analyzer.analyze(m.text, ctx);
  const a = analyzer.analyze(m.text ? `${title}${SEPARATOR}${m.text}` : title, ctx);
  const cut = m.text ? title.length + SEPARATOR.length : Number.POSITIVE_INFINITY;
  const inTitle: PiiSpan[] = [];
  const inText: PiiSpan[] = [];
  for (const s of a.piiSpans) {
    if (s.start < title.length)
      inTitle.push({ kind: s.kind, start: s.start, end: Math.min(s.end, title.length) });
    if (s.end > cut) inText.push({ kind: s.kind, start: Math.max(0, s.start - cut), end: s.end - cut });
  }
  // The analysis is this call's own object: set the fields rather than copy it (the ingest hot path).
  a.piiSpans = inText;
  a.titlePiiSpans = inTitle;
  return a;
}
