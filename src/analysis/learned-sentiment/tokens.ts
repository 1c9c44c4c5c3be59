/**
 * The learned sentiment model's view of a text: one hand-written, linear scan (no regex runs on the
 * text) into normalised tokens. Handles become `<user>`, links `<url>`, digit runs `<num>`, emoticons
 * and emoji their own tokens, letters repeated 3+ times are cut to two (`soooo` → `soo`, with an
 * `<elong>` flag), words in capitals add a `<caps>` flag, and the brand (see BrandMatcher) becomes
 * `<brand>`. Words after a negator, up to three and within the clause, are marked `¬`.
 */

/** Token kinds: a word, a handle (`@x`), a hashtag body, or a symbol (url, emoji, emoticon, !, ?). */
export const WORD = 1;
export const HANDLE = 2;
export const HASHTAG = 3;
export const SYMBOL = 4;

/** A scanned text: tokens (lower-cased words, or symbols) with kinds and clause numbers, and flags. */
export interface ScannedText {
  tokens: string[];
  kinds: number[];
  clause: number[];
  /** Whole-text flags: `<caps>`, `<elong>`. */
  flags: string[];
}

/** Negators of en, es and ru (the token stream is language-agnostic). */
const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "nobody",
  "nothing",
  "neither",
  "nor",
  "cannot",
  "cant",
  "dont",
  "didnt",
  "doesnt",
  "isnt",
  "wasnt",
  "wont",
  "aint",
  "nunca",
  "jamás",
  "jamas",
  "ni",
  "sin",
  "nada",
  "nadie",
  "tampoco",
  "не",
  "нет",
  "ни",
  "без",
  "никогда",
  "ничего",
  "никто",
]);

/** How many words after a negator are marked negated. */
const NEGATION_SPAN = 3;
/** Longer words are cut (char n-grams of a 2,000-letter "word" help nobody). */
const MAX_WORD = 40;
/** At most this many tokens are read. */
export const MAX_TOKENS = 400;

const EMOTICONS: ReadonlyArray<[string, string]> = [
  [":-)", "<smile>"],
  [":)", "<smile>"],
  ["=)", "<smile>"],
  [":]", "<smile>"],
  [":-d", "<laugh>"],
  [":d", "<laugh>"],
  ["xd", "<laugh>"],
  [";-)", "<wink>"],
  [";)", "<wink>"],
  [":-(", "<sad>"],
  [":(", "<sad>"],
  [":'(", "<sad>"],
  [":/", "<sad>"],
  [":-p", "<tongue>"],
  [":p", "<tongue>"],
  ["<3", "<heart>"],
];

/** Letter (or combining mark) per UTF-16 unit: ASCII and Latin/Greek/Cyrillic by range, else by property. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xc0 && c <= 0x52f) return c !== 0xd7 && c !== 0xf7;
  if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) return false;
  // variation selectors are marks, but of an emoji (❤️), not of a word
  if (c >= 0xfe00 && c <= 0xfe0f) return false;
  return LETTER.test(String.fromCharCode(c));
}
const LETTER = /[\p{L}\p{M}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Emoji and pictographs: astral symbols and the BMP's dingbat/symbol blocks. */
function isPictograph(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || cp === 0x2764;
}

/** Skin tones, variation selectors and joiners: parts of an emoji, not tokens. */
function isEmojiPart(cp: number): boolean {
  return (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0xfe0f || cp === 0xfe0e || cp === 0x200d;
}

/** Letters repeated 3+ times cut to two; reports whether it cut. */
function squeeze(word: string): [string, boolean] {
  let out = "";
  let cut = false;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    run = i > 0 && word[i - 1] === ch ? run + 1 : 1;
    if (run <= 2) out += ch;
    else cut = true;
  }
  return cut ? [out, true] : [word, false];
}

function isCapsWord(orig: string, lower: string): boolean {
  if (orig.length < 3 || orig === lower) return false;
  return orig.toUpperCase() === orig;
}

/** A written word as a token: lower-cased, squeezed, with its flags. */
interface WordInfo {
  token: string;
  kind: number;
  caps: boolean;
  elong: boolean;
}

const WORDS = new Map<string, WordInfo>();

/** Accented Latin vowels folded to their base letter (tweets drop accents at will: "esta" / "está"); ñ stays. */
const FOLD: Record<string, string> = {
  á: "a",
  à: "a",
  â: "a",
  ä: "a",
  é: "e",
  è: "e",
  ê: "e",
  ë: "e",
  í: "i",
  ì: "i",
  î: "i",
  ï: "i",
  ó: "o",
  ò: "o",
  ô: "o",
  ö: "o",
  ú: "u",
  ù: "u",
  û: "u",
  ü: "u",
};

function foldAccents(word: string): string {
  let out = "";
  let changed = false;
  for (const ch of word) {
    const f = FOLD[ch];
    if (f) changed = true;
    out += f ?? ch;
  }
  return changed ? out : word;
}

/**
 * Spanish laughter ("jaja", "jajaja", "ajajaj", "jejeje", "jiji", squeezed first): only j and vowels,
 * at least two j's and four letters. One pass over the word.
 */
function isJLaugh(word: string): boolean {
  if (word.length < 4) return false;
  let js = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === "j") js++;
    else if (ch !== "a" && ch !== "e" && ch !== "i" && ch !== "o") return false;
  }
  return js >= 2;
}

/** A word as written → its token, memoised (bounded): most words repeat across texts. */
function wordOf(orig: string): WordInfo {
  let w = WORDS.get(orig);
  if (w) return w;
  const lower = orig.toLowerCase().replace(/’/g, "'");
  const [squeezed, elong] = squeeze(lower);
  const word = foldAccents(squeezed);
  // "xd" and "jajaja" are laughter, not words
  const laugh = word === "xd" || word === "xdd" || isJLaugh(word);
  w = { token: laugh ? "<laugh>" : word, kind: laugh ? SYMBOL : WORD, caps: isCapsWord(orig, lower), elong };
  if (WORDS.size >= 100_000) WORDS.clear();
  WORDS.set(orig, w);
  return w;
}

/** Scans a text into tokens (see the module comment). Linear in the text's length. */
export function scanText(text: string): ScannedText {
  const tokens: string[] = [];
  const kinds: number[] = [];
  const clause: number[] = [];
  let caps = false;
  let elong = false;
  let clauseNo = 0;
  const n = text.length;
  const push = (tok: string, kind: number) => {
    tokens.push(tok);
    kinds.push(kind);
    clause.push(clauseNo);
  };
  let i = 0;
  while (i < n && tokens.length < MAX_TOKENS) {
    const c = text.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) {
      const start = i;
      let letters = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetter(d)) letters++;
        else if (!isDigit(d)) {
          // an inner apostrophe stays in the word (don't, l'hotel)
          if ((d === 39 || d === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
            i++;
            continue;
          }
          break;
        }
        i++;
      }
      // a link without a scheme
      if (i - start === 3 && text.charCodeAt(i) === 46 && text.slice(start, i).toLowerCase() === "www") {
        while (i < n && text.charCodeAt(i) > 32) i++;
        push("<url>", SYMBOL);
        continue;
      }
      const orig = text.slice(start, Math.min(i, start + MAX_WORD));
      // a link with a scheme
      if ((orig === "http" || orig === "https") && text.charCodeAt(i) === 58) {
        while (i < n && text.charCodeAt(i) > 32) i++;
        push("<url>", SYMBOL);
        continue;
      }
      if (letters === 0) {
        push("<num>", WORD);
        continue;
      }
      const w = wordOf(orig);
      if (w.caps) caps = true;
      if (w.elong) elong = true;
      push(w.token, w.kind);
      continue;
    }
    if (
      (c === 64 || c === 35) &&
      i + 1 < n &&
      (isLetter(text.charCodeAt(i + 1)) || isDigit(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 95)
    ) {
      const start = ++i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetter(d) || isDigit(d) || d === 95) i++;
        else break;
      }
      const body = text.slice(start, Math.min(i, start + MAX_WORD)).toLowerCase();
      if (c === 64) push(body, HANDLE);
      else push(squeeze(body)[0], HASHTAG);
      continue;
    }
    if (c === 33 || c === 63) {
      push(c === 33 ? "!" : "?", SYMBOL);
      while (i < n && (text.charCodeAt(i) === 33 || text.charCodeAt(i) === 63)) i++;
      clauseNo++;
      continue;
    }
    // )) and (( are Russian smiles and frowns
    if ((c === 41 || c === 40) && text.charCodeAt(i + 1) === c) {
      while (i < n && text.charCodeAt(i) === c) i++;
      push(c === 41 ? "<smile>" : "<sad>", SYMBOL);
      continue;
    }
    const emoticon = emoticonAt(text, i);
    if (emoticon) {
      push(emoticon[1], SYMBOL);
      i += emoticon[0].length;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    if (isPictograph(cp) && !isEmojiPart(cp)) {
      push(String.fromCodePoint(cp), SYMBOL);
    } else if (
      !isEmojiPart(cp) &&
      (c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2026 || c === 8212 || c === 8211)
    ) {
      clauseNo++;
    }
    i += width;
  }
  const flags: string[] = [];
  if (caps) flags.push("<caps>");
  if (elong) flags.push("<elong>");
  return { tokens, kinds, clause, flags };
}

function emoticonAt(text: string, i: number): [string, string] | null {
  const c = text.charCodeAt(i);
  // every emoticon starts with : ; = < (the letter one, xd, is read as a word)
  if (c !== 58 && c !== 59 && c !== 61 && c !== 60) return null;
  for (const e of EMOTICONS) {
    const s = e[0];
    let k = 0;
    while (k < s.length && text[i + k]?.toLowerCase() === s[k]) k++;
    if (k === s.length) {
      // ":p" or ":d" inside a word ("http:data") is not a face
      if (isLetter(text.charCodeAt(i + k))) continue;
      return e;
    }
  }
  return null;
}

/** Whether a token negates what follows. */
export function isNegator(tok: string): boolean {
  return NEGATORS.has(tok) || tok.endsWith("n't");
}

export { NEGATION_SPAN };
