/** Outside text on its way to chat: cut on grapheme boundaries, bidirectional controls removed. */

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/** How far back a boundary is looked for: a longer grapheme (a zalgo pile) may be cut inside. */
const WINDOW = 256;

/**
 * The largest grapheme boundary at or before `index` (UTF-16 units): an emoji with its modifiers, a flag
 * or a letter with its combining marks is never split, nor a surrogate pair. Looks at a window only.
 */
export function graphemeBoundary(s: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= s.length) return s.length;
  const start = Math.max(0, index - WINDOW);
  const window = s.slice(start, Math.min(s.length, index + WINDOW));
  const seg = graphemes.segment(window).containing(index - start);
  return seg ? start + seg.index : index;
}

/** `s` cut to at most `max` UTF-16 units on a grapheme boundary, ending with "…" when cut. */
export function truncateGraphemes(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, graphemeBoundary(s, Math.max(0, max - 1)))}…`;
}

/** Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can reorder what a reader sees. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Outside text without bidirectional embedding, override and isolate controls (display spoofing). */
export function stripBidiControls(s: string): string {
  return s.replace(BIDI_CONTROLS, "");
}
