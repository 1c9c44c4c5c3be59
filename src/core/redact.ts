import type { PiiSpan } from "./analysis.js";

/** Replaces each personal-data span with `[email]`, `[phone]`, … (spans may overlap or be unsorted). */
export function redact(text: string, spans: PiiSpan[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const s of sorted) {
    if (s.end <= pos) continue;
    out += text.slice(pos, Math.max(pos, s.start)) + `[${s.kind}]`;
    pos = s.end;
  }
  return out + text.slice(pos);
}
