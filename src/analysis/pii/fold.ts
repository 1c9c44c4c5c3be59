/**
 * Folding for detection: full-width digits and letters, no-break and thin spaces, typographic dashes
 * and invisible joiners are mapped to plain ASCII (NFKC plus a few dashes) so one set of patterns
 * reads `６１２ ３４５ ６７８`, `612 345 678` and `612‑345‑678` alike. Spans found in the folded text map
 * back to the original's offsets, so redaction cuts the original exactly.
 */

/** Characters worth folding: spaces, punctuation and invisibles of U+2000–U+206F, full-width forms, math digits. */
const FOLDABLE = /[\u00a0\u1680\u2000-\u206f\u2212\u3000\uff01-\uff5e]|\ud835[\udfce-\udfff]/;
const FOLDABLE_G = new RegExp(FOLDABLE.source, "g");
/** Zero-width characters: dropped, so `6\u200b12` reads as `612`. */
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff]$/;
/** Dashes NFKC keeps as they are: hyphen, non-breaking hyphen, figure dash, en and em dash, minus. */
const DASH = /^[\u2010-\u2015\u2212]$/;

/** A text folded for detection, and the way back to the original's offsets. */
export interface Folded {
  readonly text: string;
  /** [start, end) in the folded text → [start, end) in the original. */
  toOriginal(start: number, end: number): [number, number];
}

const identity = (text: string): Folded => ({ text, toOriginal: (s, e) => [s, e] });

function foldChar(ch: string): string {
  if (INVISIBLE.test(ch)) return "";
  if (DASH.test(ch)) return "-";
  return ch.normalize("NFKC");
}

/**
 * Folds `text` for detection. Linear: one pass, one regex search per foldable character; a text
 * without foldable characters is returned as it is.
 */
export function foldForDetection(text: string): Folded {
  if (!FOLDABLE.test(text)) return identity(text);
  let out = "";
  // For each folded code unit, where its source character starts and ends in the original.
  const from: number[] = [];
  const to: number[] = [];
  let pos = 0;
  const copy = (upTo: number) => {
    out += text.slice(pos, upTo);
    for (let i = pos; i < upTo; i++) {
      from.push(i);
      to.push(i + 1);
    }
  };
  FOLDABLE_G.lastIndex = 0;
  for (let m = FOLDABLE_G.exec(text); m !== null; m = FOLDABLE_G.exec(text)) {
    copy(m.index);
    const end = m.index + m[0].length;
    const folded = foldChar(m[0]);
    out += folded;
    for (let i = 0; i < folded.length; i++) {
      from.push(m.index);
      to.push(end);
    }
    pos = end;
  }
  copy(text.length);
  return {
    text: out,
    toOriginal: (s, e) => [
      from[s] ?? text.length,
      e > s ? (to[e - 1] ?? text.length) : (from[s] ?? text.length),
    ],
  };
}
