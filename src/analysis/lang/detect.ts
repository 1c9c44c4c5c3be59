import type { PreparedText } from "../text.js";
import { LETTER_HINTS, STOPWORDS, SUFFIX_HINTS } from "./profiles.js";

/** Languages the detector knows. */
export const DETECTABLE = ["en", "es", "pt", "fr", "de", "it", "ru"] as const;

/** Texts shorter than this (in characters, ignoring URLs and spaces at the ends) are `und`. */
export const MIN_CHARS = 20;
const MIN_SCORE = 1.5;
const MIN_MARGIN = 0.5;

/** A language detector restricted to the configured languages. */
export class LanguageDetector {
  private readonly words = new Map<string, [string, number][]>();
  private readonly latin: string[];
  private readonly hasRu: boolean;

  constructor(languages: readonly string[]) {
    this.latin = languages.filter((l) => l !== "ru" && l in STOPWORDS);
    this.hasRu = languages.includes("ru");
    const owners = new Map<string, string[]>();
    for (const lang of this.latin) {
      for (const w of STOPWORDS[lang]!.split(/\s+/)) {
        if (!w) continue;
        const list = owners.get(w) ?? [];
        if (!list.includes(lang)) list.push(lang);
        owners.set(w, list);
      }
    }
    for (const [w, langs] of owners)
      this.words.set(
        w,
        langs.map((l) => [l, 1 / langs.length]),
      );
  }

  /** ISO 639-1 code of the text's language, or `und` when too short or unsure. */
  detect(t: PreparedText): string {
    const letters = t.latinLetters + t.cyrillicLetters + t.otherLetters;
    if (letters < MIN_CHARS * 0.6 || effectiveLength(t.raw) < MIN_CHARS) return "und";
    if (t.cyrillicLetters >= letters * 0.3) return this.hasRu && !isUkrainian(t.raw) ? "ru" : "und";
    if (t.latinLetters < letters * 0.5 || this.latin.length === 0) return "und";
    return this.scoreLatin(t);
  }

  private scoreLatin(t: PreparedText): string {
    const scores = new Map<string, number>();
    const add = (lang: string, w: number) => scores.set(lang, (scores.get(lang) ?? 0) + w);
    for (const tok of t.tokens) {
      const hits = this.words.get(tok);
      if (hits) for (const [lang, w] of hits) add(lang, w);
      for (const [suffix, lang, w] of SUFFIX_HINTS)
        if (tok.length > suffix.length + 2 && tok.endsWith(suffix)) add(lang, w);
    }
    const lower = t.joined;
    for (let i = 0; i < lower.length; i++) {
      const hint = LETTER_HINTS[lower[i]!];
      if (hint) for (const lang in hint) add(lang, hint[lang]!);
    }
    if (t.raw.includes("¿") || t.raw.includes("¡")) add("es", 2);
    let best = "und";
    let bestScore = 0;
    let second = 0;
    for (const lang of this.latin) {
      const s = scores.get(lang) ?? 0;
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = lang;
      } else if (s > second) second = s;
    }
    return bestScore >= MIN_SCORE && bestScore - second >= MIN_MARGIN ? best : "und";
  }
}

const URL_RE = /https?:\/\/\S+|www\.\S+/g;

function effectiveLength(raw: string): number {
  return raw.replace(URL_RE, "").trim().length;
}

function isUkrainian(raw: string): boolean {
  return /[іїєґІЇЄҐ]/.test(raw) && !/[ыэъЫЭЪ]/.test(raw);
}
