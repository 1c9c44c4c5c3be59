import type { FullAnalysis, PiiSpan } from "../core/analysis.js";
import type { AnalyzeContext, Analyzer } from "../ports/analyzer.js";

/** Between title and text when they are read as one: a paragraph break, so no clause runs across. */
const SEPARATOR = "\n\n";

/**
 * Analyses a mention: its title and text read as one text (a news headline often names the topic
 * its snippet only hints at), with the personal-data spans split back into the text's (`piiSpans`)
 * and the title's (`titlePiiSpans`), each with offsets into its own field, so both can be redacted.
 */
export function analyzeMention(
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
