/** A text prepared once for every analysis step: capped, lower-cased, tokenised. */
export interface PreparedText {
  /** The analysed text (capped, control characters blanked), original case. */
  raw: string;
  /** Lower-cased word tokens (letters, inner apostrophes normalised to `'`), or digit runs. */
  tokens: string[];
  /** Tokens written in CAPITALS in the original (3+ letters), by index. */
  caps: boolean[];
  /** Clause number of each token: it grows at . ! ? ; : , and dashes, which stop negation. */
  clause: number[];
  /** ` tok1 tok2 … ` — tokens joined by single spaces with a space at each end, for phrase patterns. */
  joined: string;
  /** Letters by script, for language detection. */
  latinLetters: number;
  cyrillicLetters: number;
  otherLetters: number;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+/gu;
const CLAUSE_BREAK = /[.!?;:,—–()«»"“”]|\s-\s/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/** Cuts the text to `maxChars` (never inside a surrogate pair) and blanks control characters. */
export function capText(text: string, maxChars: number): string {
  let t = typeof text === "string" ? text : "";
  if (t.length > maxChars) {
    let end = maxChars;
    const code = t.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    t = t.slice(0, end);
  }
  return t.replace(CONTROL, " ");
}

/** Tokenises once; every later step reads these arrays instead of re-scanning the text. */
export function prepareText(text: string, maxChars: number): PreparedText {
  const raw = capText(text, maxChars);
  const tokens: string[] = [];
  const caps: boolean[] = [];
  const clause: number[] = [];
  let clauseNo = 0;
  let lastEnd = 0;
  let latin = 0;
  let cyrillic = 0;
  let other = 0;
  for (const m of raw.matchAll(TOKEN)) {
    const orig = m[0];
    const lower = orig.toLowerCase().replace("’", "'");
    if (m.index > lastEnd && CLAUSE_BREAK.test(raw.slice(lastEnd, m.index))) clauseNo++;
    lastEnd = m.index + orig.length;
    tokens.push(lower);
    clause.push(clauseNo);
    caps.push(orig.length >= 3 && orig !== lower && orig === orig.toUpperCase());
    for (let i = 0; i < orig.length; i++) {
      const c = orig.charCodeAt(i);
      if (c < 0x30 || (c >= 0x30 && c <= 0x39)) continue;
      if (c < 0x250) latin++;
      else if (c >= 0x400 && c <= 0x52f) cyrillic++;
      else if (c < 0x300 || c > 0x36f) other++;
    }
  }
  return {
    raw,
    tokens,
    caps,
    clause,
    joined: ` ${tokens.join(" ")} `,
    latinLetters: latin,
    cyrillicLetters: cyrillic,
    otherLetters: other,
  };
}
