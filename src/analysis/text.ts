import { foldSpelling } from "./lexicon/stem-map.js";

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
  /** `joined` with accents and ё folded (see foldSpelling): what phrase patterns are matched on. */
  folded: string;
  /** Letters by script, for language detection. */
  latinLetters: number;
  cyrillicLetters: number;
  otherLetters: number;
}

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

/** Kind of a UTF-16 code unit: 1 letter (or combining mark), 2 digit, 0 anything else. */
function charKind(c: number): number {
  if (c < KIND_TABLE_SIZE) return KIND[c]!;
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  return OTHER_LETTER.test(String.fromCharCode(c)) ? 1 : 0;
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;
const BREAKS = new Set([...'．.!?;:,—–()«»"“”¡¿…'].map((ch) => ch.charCodeAt(0)));
/** BREAKS below U+0080 as a table (most of a text's separators are ASCII). */
const ASCII_BREAK = new Uint8Array(0x80);
for (const c of BREAKS) if (c < 0x80) ASCII_BREAK[c] = 1;

/** A clause break: punctuation in BREAKS, or a dash with a space on each side. */
function isBreak(raw: string, i: number, c: number): boolean {
  if (c < 0x80 ? ASCII_BREAK[c] === 1 : BREAKS.has(c)) return true;
  return c === 45 && raw.charCodeAt(i - 1) === 32 && raw.charCodeAt(i + 1) === 32;
}

/** charKind below U+0530 (ASCII, Latin, Cyrillic) as a table: the tokeniser's hot path. */
const KIND_TABLE_SIZE = 0x530;
const KIND = new Uint8Array(KIND_TABLE_SIZE);
for (let c = 0; c < KIND_TABLE_SIZE; c++) {
  if (c < 0x80) KIND[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
  else if (c >= 0xc0) KIND[c] = c === 0xd7 || c === 0xf7 ? 0 : 1;
  else KIND[c] = 0;
}

/** Letters by script, and how many are past Latin-1's capitals (only those can need foldSpelling). */
interface ScriptCounts {
  latin: number;
  cyrillic: number;
  other: number;
  high: number;
  /** Inner ’ apostrophes read so far (the token then needs its ’ written '). */
  curly: number;
}

/** Counts a letter by script. */
function countScript(c: number, counts: ScriptCounts): void {
  if (c >= 0xc0) counts.high++;
  if (c < 0x250) counts.latin++;
  else if (c >= 0x400 && c <= 0x52f) counts.cyrillic++;
  else if (c < 0x300 || c > 0x36f) counts.other++;
}

/** Tokenises once, by hand (no regex): every later step reads these arrays instead of re-scanning. */
export function prepareText(text: string, maxChars: number): PreparedText {
  return tokenise(text, maxChars, true);
}

/** What language detection reads of a text: its words and its letters by script. */
export type TextWords = Pick<
  PreparedText,
  "raw" | "tokens" | "joined" | "latinLetters" | "cyrillicLetters" | "otherLetters"
>;

/** The words of a text as prepareText reads them, without CAPS, clauses or folding (cheaper). */
export function textWords(text: string, maxChars: number): TextWords {
  return tokenise(text, maxChars, false);
}

/** prepareText's work; `details` false leaves `caps` and `clause` empty and `folded` unfolded. */
function tokenise(text: string, maxChars: number, details: boolean): PreparedText {
  const raw = capText(text, maxChars);
  const lowerAll = raw.toLowerCase();
  const sameLength = lowerAll.length === raw.length;
  const tokens: string[] = [];
  const caps: boolean[] = [];
  const clause: number[] = [];
  const counts: ScriptCounts = { latin: 0, cyrillic: 0, other: 0, high: 0, curly: 0 };
  let clauseNo = 0;
  let pendingBreak = false;
  const n = raw.length;
  let i = 0;
  while (i < n) {
    const c = raw.charCodeAt(i);
    const kind = charKind(c);
    if (kind === 0) {
      if (details && isBreak(raw, i, c)) pendingBreak = true;
      i++;
      continue;
    }
    const start = i;
    const curly = counts.curly;
    if (kind === 2) {
      while (i < n && charKind(raw.charCodeAt(i)) === 2) i++;
    } else {
      i = scanWord(raw, i, counts);
    }
    if (pendingBreak && tokens.length) clauseNo++;
    pendingBreak = false;
    let lower: string;
    let capital = false;
    if (sameLength) {
      lower = lowerAll.slice(start, i);
      if (counts.curly !== curly) lower = lower.replace(/’/g, "'");
      if (details && kind === 1) capital = isCapsAt(raw, lowerAll, start, i);
    } else {
      const orig = raw.slice(start, i);
      lower = orig.toLowerCase();
      if (counts.curly !== curly) lower = lower.replace(/’/g, "'");
      if (details && kind === 1) capital = isCaps(orig, lower);
    }
    tokens.push(lower);
    if (details) {
      caps.push(capital);
      clause.push(clauseNo);
    }
  }
  const joined = ` ${tokens.join(" ")} `;
  return {
    raw,
    tokens,
    caps,
    clause,
    joined,
    // The letters foldSpelling changes are lower-cased accented Latin and ё: none without a letter ≥ U+00C0.
    folded: details && counts.high ? foldSpelling(joined) : joined,
    latinLetters: counts.latin,
    cyrillicLetters: counts.cyrillic,
    otherLetters: counts.other,
  };
}

/** Scans a word from `i` (letters, with inner apostrophes), counting scripts; returns its end. */
function scanWord(raw: string, i: number, counts: ScriptCounts): number {
  const n = raw.length;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (charKind(c) === 1) {
      countScript(c, counts);
      i++;
    } else if ((c === 39 || c === 0x2019) && i + 1 < n && charKind(raw.charCodeAt(i + 1)) === 1) {
      if (c === 0x2019) counts.curly++;
      i++;
    } else break;
  }
  return i;
}

/**
 * isCaps on `raw[start, end)` and its lower-cased twin (same length), without slicing either; a `’`
 * counts as changed, as in the token (where it becomes `'`).
 */
function isCapsAt(raw: string, lower: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  for (let k = start; k < end; k++) {
    const c = raw.charCodeAt(k);
    if (c !== 0x2019 && c === lower.charCodeAt(k)) return false;
  }
  return true;
}

/** A word of 3+ letters, every one upper case. */
function isCaps(orig: string, lower: string): boolean {
  if (orig.length < 3 || orig.length !== lower.length) return false;
  for (let k = 0; k < orig.length; k++) if (orig.charCodeAt(k) === lower.charCodeAt(k)) return false;
  return true;
}
