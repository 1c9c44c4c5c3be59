import type { PreparedText, TextWords } from "../text.js";
import { languageContent } from "./content.js";
import { LETTER_HINTS, STOPWORDS, SUFFIX_HINTS, TWEET_WORDS } from "./profiles.js";

/** Texts shorter than this (in characters, ignoring URLs and spaces at the ends) are `und`. */
export const MIN_CHARS = 20;
const MIN_SCORE = 1.5;
const MIN_MARGIN = 0.5;

/** A language detector restricted to the configured languages. */
export class LanguageDetector {
  /** Stop word → [language index, weight] pairs (indexes into `latin`). */
  private readonly words = new Map<string, [number, number][]>();
  private readonly index = new Map<string, number>();
  private readonly votes = new Map<string, [number, number][] | null>();
  private readonly latin: string[];
  private readonly hasRu: boolean;

  constructor(languages: readonly string[]) {
    this.latin = languages.filter((l) => l !== "ru" && l in STOPWORDS);
    this.hasRu = languages.includes("ru");
    const owners = new Map<string, string[]>();
    for (const lang of this.latin) {
      for (const w of `${STOPWORDS[lang]} ${TWEET_WORDS[lang] ?? ""}`.split(/\s+/)) {
        if (!w) continue;
        const list = owners.get(w) ?? [];
        if (!list.includes(lang)) list.push(lang);
        owners.set(w, list);
      }
    }
    for (const [i, l] of this.latin.entries()) this.index.set(l, i);
    for (const [w, langs] of owners)
      this.words.set(
        w,
        langs.map((l) => [this.index.get(l)!, 1 / langs.length]),
      );
  }

  /** ISO 639-1 code of the text's language, or `und` when too short or unsure. */
  detect(t: PreparedText): string {
    return this.classify(t).lang;
  }

  /**
   * The language (`und` when too short or unsure) and the best guess behind it: the candidate with
   * the most evidence, even when too little to be sure (null when there is none at all). The analyser
   * reports `lang` but may read a short text with the guess's model.
   */
  classify(text: PreparedText): { lang: string; guess: string | null } {
    // Judged on the words: URLs, @handles and cashtags removed, hashtags split (see languageContent).
    const t = languageContent(text);
    const letters = t.latinLetters + t.cyrillicLetters + t.otherLetters;
    if (letters === 0) return UNSURE;
    if (t.cyrillicLetters >= letters * 0.3) {
      const ru = this.hasRu && !isUkrainian(t.raw) ? "ru" : null;
      const long = letters >= MIN_CHARS * 0.6 && effectiveLength(t.raw) >= MIN_CHARS;
      return { lang: long && ru ? ru : "und", guess: ru };
    }
    if (t.latinLetters < letters * 0.5 || this.latin.length === 0) return UNSURE;
    const { best, sure } = this.scoreLatin(t);
    const long = letters >= MIN_CHARS * 0.6 && effectiveLength(t.raw) >= MIN_CHARS;
    return { lang: long && sure && best ? best : "und", guess: best };
  }

  /** A token's votes (stop word and ending), memoised: a token seen before costs one map read. */
  private tokenVotes(tok: string): [number, number][] | null {
    const cached = this.votes.get(tok);
    if (cached !== undefined) return cached;
    const votes: [number, number][] = [...(this.words.get(tok) ?? [])];
    const suffixes = SUFFIXES_BY_LAST.get(tok[tok.length - 1]!) ?? [];
    for (const [suffix, lang, w] of suffixes) {
      const i = this.index.get(lang);
      if (i !== undefined && tok.length > suffix.length + 2 && tok.endsWith(suffix)) votes.push([i, w]);
    }
    const result = votes.length ? votes : null;
    if (this.votes.size >= 50_000) this.votes.clear();
    this.votes.set(tok, result);
    return result;
  }

  private scoreLatin(t: TextWords): { best: string | null; sure: boolean } {
    const scores = new Float64Array(this.latin.length);
    const add = (lang: string, w: number) => {
      const i = this.index.get(lang);
      if (i !== undefined) scores[i]! += w;
    };
    for (const tok of t.tokens) {
      const votes = this.tokenVotes(tok);
      if (votes) for (let k = 0; k < votes.length; k++) scores[votes[k]![0]]! += votes[k]![1];
    }
    const lower = t.joined;
    for (let i = 0; i < lower.length; i++) {
      if (lower.charCodeAt(i) < 0xa0) continue;
      const hint = LETTER_HINTS[lower[i]!];
      if (hint) for (const lang in hint) add(lang, hint[lang]!);
    }
    if (t.raw.includes("¿") || t.raw.includes("¡")) add("es", 2);
    let best = -1;
    let bestScore = 0;
    let second = 0;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i]!;
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = i;
      } else if (s > second) second = s;
    }
    if (best < 0) return { best: null, sure: false };
    return { best: this.latin[best]!, sure: bestScore >= MIN_SCORE && bestScore - second >= MIN_MARGIN };
  }
}

const UNSURE = { lang: "und", guess: null };

const SUFFIXES_BY_LAST = new Map<string, [string, string, number][]>();
for (const hint of SUFFIX_HINTS) {
  const last = hint[0][hint[0].length - 1]!;
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), hint]);
}

const URL_RE = /https?:\/\/\S+|www\.\S+/g;

function effectiveLength(raw: string): number {
  return raw.replace(URL_RE, "").trim().length;
}

function isUkrainian(raw: string): boolean {
  return /[іїєґІЇЄҐ]/.test(raw) && !/[ыэъЫЭЪ]/.test(raw);
}
