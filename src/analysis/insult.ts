import { StemMap } from "./lexicon/stem-map.js";
import { type InsultLists, shippedRules } from "./rules/load.js";
import { type PreparedText, prepareText } from "./text.js";

interface Lexicon {
  /** Insult words: ALONE (name-calling) or AIMED (needs a cue). */
  words: StemMap<number>;
  cues: Set<string>;
  fillers: Set<string>;
  softeners: Set<string>;
  /** The aimed phrases of these languages in one pattern. */
  phrases: RegExp;
  /** Uses of a listed word that call nobody anything ("играть в дурака"), global; null when none. */
  notAimed: RegExp | null;
}

/** Up to this many tokens, a text's language is unsure (see `detectIn`). */
const SHORT_TEXT = 16;
const ALONE = 1;
const AIMED = 2;

/** How many tokens before an insult word may carry its cue or softener ("you absolute bunch of clowns"). */
const CUE_WINDOW = 3;

const words = (spec: string) => new Set(spec.trim().split(/\s+/));

/** One lexicon from the specs of one language (or of all, for an unknown language). */
function lexicon(specs: InsultLists[]): Lexicon {
  const join = (key: "alone" | "aimed" | "cues" | "fillers" | "softeners") =>
    specs.map((s) => s[key]).join(" ");
  const notAimed = specs.flatMap((s) => s.notAimed.map((x) => `(?:${x})`));
  const insultWords = new StemMap<number>();
  for (const w of join("aimed").trim().split(/\s+/)) insultWords.set(w, AIMED);
  for (const w of join("alone").trim().split(/\s+/)) insultWords.set(w, ALONE);
  return {
    words: insultWords,
    cues: words(join("cues")),
    fillers: words(join("fillers")),
    softeners: words(join("softeners")),
    phrases: new RegExp(specs.map((s) => `(?:${s.phrases.source})`).join("|"), "u"),
    notAimed: notAimed.length ? new RegExp(notAimed.join("|"), "gu") : null,
  };
}

/** Latin letters written for Cyrillic ones (mixed words like "муdак", "cyka", "xyйня"): by shape and by sound. */
const LATIN_TO_CYRILLIC_SHAPE: Record<string, string> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
  u: "и",
};
const LATIN_TO_CYRILLIC_SOUND: Record<string, string> = {
  a: "а",
  b: "б",
  c: "с",
  d: "д",
  e: "е",
  f: "ф",
  g: "г",
  h: "х",
  i: "и",
  j: "й",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  v: "в",
  x: "х",
  y: "у",
  z: "з",
};
/** Cyrillic letters that look Latin (a Latin word typed with a stray "о" or "і"). */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  і: "i",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
};
/** Digits and signs written for letters ("id10t", "a$$hole", "6лядь"), by the script of the word. */
const LEET_LATIN: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};
const LEET_CYRILLIC: Record<string, string> = { "0": "о", "3": "з", "4": "ч", "6": "б", "@": "а" };

/** A word mixing Latin and Cyrillic letters ("муdак"). */
const MIXED_SCRIPT = /[a-z][а-яё]|[а-яё][a-z]/i;

const CHUNK = /[\p{L}\p{M}0-9*@$!']+/gu;
const HAS_CYRILLIC = /[а-яё]/i;
const HAS_LATIN = /[a-z]/i;

/**
 * Cheap test for a text that may hide an insult: a sign inside a word ("f*ck", "id10t", "a$$hole"),
 * a digit or sign starting one ("6лядь", "@sshole"; not "2nd", "24h"), or a word mixing scripts ("муdак").
 */
const SIGN_IN_WORD =
  /[a-zA-ZÀ-ÿЀ-ӿ][*@$!0-9]+[a-zA-ZÀ-ÿЀ-ӿ]|(?:^|[^a-zA-ZÀ-ÿЀ-ӿ0-9])[*@$0-9][a-zA-ZÀ-ÿЀ-ӿ]{3}/;

function mayHideInsult(t: PreparedText): boolean {
  if (t.latinLetters > 0 && t.cyrillicLetters > 0 && MIXED_SCRIPT.test(t.raw)) return true;
  return SIGN_IN_WORD.test(t.raw);
}

function mapLetters(word: string, table: Record<string, string>): string {
  let out = "";
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}

/** The shipped languages' insult lists (data/rules, `insults:`), the historical order first. */
function insultLists(): Array<readonly [string, InsultLists]> {
  const order = ["en", "es", "ru", "pt", "fr", "de", "it"];
  const langs = [...shippedRules().keys()].sort(
    (a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b),
  );
  return langs.flatMap((lang) => {
    const lists = shippedRules().get(lang)?.insults;
    return lists ? [[lang, lists] as const] : [];
  });
}

function rank(order: string[], lang: string): number {
  const i = order.indexOf(lang);
  return i < 0 ? order.length : i;
}

/**
 * Detects insults aimed at a person or the brand. Name-calling ("idiots", "уроды", "imbéciles") is
 * aimed unless softened; insult nouns count only when aimed — a cue before them ("you clowns", "sois
 * unos payasos", "вы клоуны"), an @handle ("@delta frauds") or said to someone on their own ("Thanks
 * for nothing, amateurs.") — and profanity only when aimed at a person or the brand ("fuck you", "que
 * os jodan", "идите нахер"). Plain swearing about a thing ("this fucking parcel") is not an insult, nor
 * a comparison or the writer's own name ("treated like idiots", "нас держат за идиотов"), nor a use
 * that calls nobody anything ("играть в дурака"). The lists are data: data/rules/<lang>.yaml, `insults:`.
 */
export class InsultDetector {
  private readonly lexicons = new Map<string, Lexicon>();
  /** All configured languages in one lexicon, for a text whose language is unknown. */
  private readonly merged: Lexicon | null;
  /** Every name-calling and profane word, for reading "f*ck" or "бл*дь" back. */
  private readonly starTargets: string[];
  private readonly longestStarTarget: number;

  constructor(languages: readonly string[]) {
    const all = insultLists();
    // The starred words of every language are read back, whatever the configured languages.
    const stars = new Set<string>(all.flatMap(([, lists]) => lists.starred));
    const specs = all.filter(([lang]) => languages.includes(lang));
    for (const [lang, spec] of specs) {
      this.lexicons.set(lang, lexicon([spec]));
      for (const w of `${spec.alone} ${spec.aimed}`.trim().split(/\s+/)) if (!w.endsWith("*")) stars.add(w);
    }
    this.merged = specs.length ? lexicon(specs.map(([, spec]) => spec)) : null;
    this.starTargets = [...stars];
    this.longestStarTarget = Math.max(...this.starTargets.map((w) => w.length));
  }

  /** True when the text calls someone names or aims profanity at a person or the brand. */
  detect(t: PreparedText, lang: string): boolean {
    if (!this.merged) return false;
    if (this.detectIn(t, lang)) return true;
    if (!mayHideInsult(t)) return false;
    const plain = this.deobfuscate(t.raw);
    return plain !== null && this.detectIn(prepareText(plain, t.raw.length + 64), lang);
  }

  private detectIn(t: PreparedText, lang: string): boolean {
    const lex = this.lexicons.get(lang) ?? this.merged!;
    let spared: Set<number> | null = null;
    let handles: Set<string> | null = null;
    for (let i = 0; i < t.tokens.length; i++) {
      const tok = t.tokens[i]!;
      const kind = lex.words.get(tok);
      if (kind === undefined) continue;
      spared ??= sparedTokens(t, lex.notAimed);
      if (spared.has(i)) continue;
      handles ??= handleEnds(t.raw);
      const aim = aimBefore(t, i, lex, handles);
      if (aim === "cue" || (kind === ALONE && aim === null && t.tokens[i + 1] !== "proof")) return true;
      if (kind === AIMED && aim === null && vocative(t, i, lex)) return true;
    }
    // A short text is often misdetected: its aimed phrases are checked in every language.
    return (t.tokens.length <= SHORT_TEXT ? this.merged! : lex).phrases.test(t.joined);
  }

  /** The text with symbols, digits and look-alike letters inside words read back as letters, or null if nothing changed. */
  private deobfuscate(raw: string): string | null {
    let changed = false;
    const out = raw.toLowerCase().replace(CHUNK, (chunk) => {
      const plain = this.readChunk(chunk);
      if (plain !== chunk) changed = true;
      return plain;
    });
    return changed ? out : null;
  }

  private readChunk(chunk: string): string {
    const cyr = HAS_CYRILLIC.test(chunk);
    const lat = HAS_LATIN.test(chunk);
    if (!cyr && !lat) return chunk;
    let w = chunk.replace(/^[!']+|[!']+$/g, "");
    if (w.includes("*")) {
      const found = this.starWord(w);
      if (found) return found;
      w = w.replace(/\*/g, "");
    }
    if (/[0-9@$!]/.test(w)) w = mapLetters(w, cyr && !lat ? LEET_CYRILLIC : LEET_LATIN);
    if (!(cyr && lat)) return w;
    const latin = (w.match(/[a-z]/g) ?? []).length;
    const cyrillic = (w.match(/[а-яё]/g) ?? []).length;
    if (cyrillic < latin) return mapLetters(w, CYRILLIC_TO_LATIN);
    const sound = mapLetters(w, LATIN_TO_CYRILLIC_SOUND);
    return this.starTargets.includes(sound) ? sound : mapLetters(w, LATIN_TO_CYRILLIC_SHAPE);
  }

  /** Reads "f*ck", "a**hole", "бл*дь" as the profane or name-calling word its stars hide. */
  private starWord(chunk: string): string | null {
    const body = chunk.replace(/^\*+|\*+$/g, "");
    const letters = body.replace(/[^\p{L}]/gu, "").length;
    if (!body.includes("*") || body.replace(/\*/g, "").length < 2) return null;
    // Longer than any target even with one letter per run of stars: no regex to build (hostile input).
    if (letters + body.split(/\*+/).length - 1 > this.longestStarTarget) return null;
    const pattern = new RegExp(
      `^${body
        .split(/(\*+)/)
        .map((part) =>
          part.startsWith("*")
            ? `\\p{L}{1,${Math.min(part.length + 1, this.longestStarTarget)}}`
            : part.replace(/[^\p{L}]/gu, ""),
        )
        .join("")}$`,
      "u",
    );
    return this.starTargets.find((w) => pattern.test(w)) ?? null;
  }
}

/**
 * What stands shortly before insult word `i` in its clause, over filler words only: "cue" (aimed:
 * "you clowns", "sois unos payasos"), "soft" (comparison or self-talk: "like idiots", "I'm an idiot"),
 * or null. The nearest wins; any other word ends the look-back ("una pregunta estúpida").
 */
function aimBefore(t: PreparedText, i: number, lex: Lexicon, handles: Set<string>): "cue" | "soft" | null {
  const clause = t.clause[i];
  for (let j = i - 1; j >= 0 && j >= i - CUE_WINDOW; j--) {
    if (t.clause[j] !== clause) return null;
    const tok = t.tokens[j]!;
    if (lex.softeners.has(tok)) return "soft";
    if (lex.cues.has(tok) || handles.has(tok)) return "cue";
    if (!lex.fillers.has(tok)) return null;
  }
  return null;
}

/**
 * An insult noun said to someone on its own: the last word of its clause with only fillers before
 * it ("Thanks for nothing, amateurs.", "Gracias por nada, payasos", "Спасибо, жадины!"), not a word
 * inside a sentence about a thing ("clown costume", "disfraz de payaso").
 */
function vocative(t: PreparedText, i: number, lex: Lexicon): boolean {
  const clause = t.clause[i];
  if (i + 1 < t.tokens.length && t.clause[i + 1] === clause) return false;
  for (let j = i - 1; j >= 0 && t.clause[j] === clause; j--) if (!lex.fillers.has(t.tokens[j]!)) return false;
  return true;
}

/** Token indexes inside a use that calls nobody anything (`notAimed`, e.g. "играть в дурака"). */
function sparedTokens(t: PreparedText, notAimed: RegExp | null): Set<number> {
  const spared = new Set<number>();
  if (!notAimed) return spared;
  // `joined` is ` tok0 tok1 … `: token k starts at starts[k].
  const starts: number[] = [];
  for (let k = 0, at = 1; k < t.tokens.length; at += t.tokens[k]!.length + 1, k++) starts.push(at);
  notAimed.lastIndex = 0;
  // Matches come left to right and do not overlap: one pointer walks the tokens once.
  let k = 0;
  for (const m of t.joined.matchAll(notAimed)) {
    const end = m.index + m[0].length;
    while (k < starts.length && starts[k]! + t.tokens[k]!.length <= m.index) k++;
    for (; k < starts.length && starts[k]! < end; k++) spared.add(k);
  }
  return spared;
}

const HANDLE = /@([\p{L}\p{N}_]+)/gu;

/** The last word of each @handle in the text ("@united_airlines" → "airlines"): an insult right after one is aimed. */
function handleEnds(raw: string): Set<string> {
  const ends = new Set<string>();
  if (!raw.includes("@")) return ends;
  for (const m of raw.matchAll(HANDLE)) {
    const words = m[1]!
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    if (words.length) ends.add(words[words.length - 1]!);
  }
  return ends;
}
