import type { AnalysisConfig } from "../config/sections/analysis.js";
import { StemMap } from "./lexicon/stem-map.js";
import type { PreparedText } from "./text.js";
import { TOPIC_KEYWORDS } from "./topic-keywords.js";

interface TopicIndex {
  words: StemMap<string[]>;
  /** Phrases by their first word: ` phrase ` and its topic. */
  phrases: Map<string, [string, string][]>;
}

function addKeyword(index: TopicIndex, keyword: string, topic: string): void {
  const k = keyword.trim().toLowerCase();
  if (!k) return;
  if (k.includes(" ")) {
    const first = k.split(" ")[0]!;
    index.phrases.set(first, [...(index.phrases.get(first) ?? []), [` ${k} `, topic]]);
    return;
  }
  const existing = index.words.entry(k);
  if (existing && !existing.includes(topic)) {
    existing.push(topic);
  } else if (!existing) index.words.set(k, [topic]);
}

/** Finds the built-in and configured topics of a text, per language, in one pass over its tokens. */
export class TopicMatcher {
  private readonly byLang = new Map<string, TopicIndex>();

  constructor(languages: readonly string[], custom: AnalysisConfig["topics"]) {
    const langs = [...new Set([...languages, "any"])];
    for (const lang of langs) this.byLang.set(lang, { words: new StemMap(), phrases: new Map() });
    for (const [topic, perLang] of Object.entries(TOPIC_KEYWORDS)) {
      for (const [lang, spec] of Object.entries(perLang)) {
        const index = this.byLang.get(lang);
        if (!index) continue;
        const [words = "", ...phrases] = spec.split("|");
        for (const k of words.split(/\s+/)) addKeyword(index, k, topic);
        for (const k of phrases) addKeyword(index, k, topic);
      }
    }
    for (const t of custom) {
      for (const [lang, keywords] of Object.entries(t.keywords)) {
        const targets = lang === "any" ? langs : [lang];
        for (const l of targets) {
          const index = this.byLang.get(l);
          if (index) for (const k of keywords) addKeyword(index, k, t.id);
        }
      }
    }
  }

  /** Topic ids found in the text (`und` uses every configured language); the caller keeps praise only when positive. */
  match(t: PreparedText, lang: string): string[] {
    const found = new Set<string>();
    const own = this.byLang.get(lang);
    const indexes = lang === "und" || !own ? [...this.byLang.values()] : [own, this.byLang.get("any")!];
    for (const index of indexes) {
      const hasPhrases = index.phrases.size > 0;
      for (const tok of t.tokens) {
        const topics = index.words.get(tok);
        if (topics) for (const topic of topics) found.add(topic);
        const phrases = hasPhrases ? index.phrases.get(tok) : undefined;
        if (phrases) for (const [phrase, topic] of phrases) if (t.joined.includes(phrase)) found.add(topic);
      }
    }
    return [...found];
  }
}
