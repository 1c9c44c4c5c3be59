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
  analysis: { piiSpans: PiiSpan[]; titlePiiSpans?: PiiSpan[] };
}

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
