import type { AnalysisConfig } from "../config/sections/analysis.js";
import { StemMap } from "./lexicon/stem-map.js";
import type { PreparedText } from "./text.js";
import { TOPIC_KEYWORDS } from "./topic-keywords.js";

/**
 * One keyword's topic. `weak`: counts only when no veto word of the topic is in the text
 * ("arrived" is shipping unless the text is about a refund or an email that arrived). `negatable`:
 * ignored right after a negator in the same clause ("nothing damaged", "sin rayar", "без царапин").
 */
interface Hit {
  topic: string;
  weak: boolean;
  negatable: boolean;
}

interface TopicIndex {
  words: StemMap<Hit[]>;
  /** Phrases by their first word: ` phrase ` (or ` phrase-stem` for a phrase ending in `*`) and its hit. */
  phrases: Map<string, [string, Hit][]>;
  /** Veto words (`!word`, `!stem*`, `!a phrase`) and the topics whose keywords they cancel. */
  vetoWords: StemMap<Veto[]>;
  vetoPhrases: Map<string, [string, Veto][]>;
  /** Topics with a hard veto in this language. */
  hardTopics: Set<string>;
}

/** A veto of a topic: `hard` (`!!word`) cancels every keyword of it, else only the weak ones. */
interface Veto {
  topic: string;
  hard: boolean;
}

/** Negators of every supported language: a negatable keyword right after one of them does not count. */
const NEGATORS = new Set(
  (
    "no not nothing never without zero isn't wasn't aren't weren't didn't doesn't don't hasn't haven't hadn't won't wouldn't none nor " +
    "sin nada ningún ninguna ninguno ni nunca cero jamás " +
    "не ни без ничего нет никаких никакой никакого ноль " +
    "não nao sem nenhum nenhuma nunca " +
    "pas sans aucun aucune rien jamais " +
    "nicht kein keine keinen keinem keiner ohne nichts nie " +
    "non senza nessun nessuna niente mai"
  ).split(" "),
);
const NEGATION_WINDOW = 3;

/** The phrase key as matched on `joined`: ` a b ` for a phrase, ` a b` (open end) for `a b*`. */
function phraseKey(k: string): string {
  return k.endsWith("*") ? ` ${k.slice(0, -1)}` : ` ${k} `;
}

function addKeyword(index: TopicIndex, keyword: string, topic: string): void {
  let k = keyword.trim().toLowerCase().split(/\s+/).join(" ");
  if (!k) return;
  if (k.startsWith("!!") && k.length > 2) {
    addVeto(index, k.slice(2), { topic, hard: true });
    return;
  }
  if (k.startsWith("!") && k.length > 1) {
    addVeto(index, k.slice(1), { topic, hard: false });
    return;
  }
  let weak = false;
  let negatable = false;
  while (k.length > 1 && (k[0] === "?" || k[0] === "~")) {
    if (k[0] === "?") weak = true;
    else negatable = true;
    k = k.slice(1);
  }
  const hit: Hit = { topic, weak, negatable };
  if (k.includes(" ")) {
    const first = k.split(" ")[0]!;
    index.phrases.set(first, [...(index.phrases.get(first) ?? []), [phraseKey(k), hit]]);
    return;
  }
  const existing = index.words.entry(k);
  if (!existing) index.words.set(k, [hit]);
  else if (!existing.some((h) => h.topic === topic)) existing.push(hit);
}

function addVeto(index: TopicIndex, k: string, veto: Veto): void {
  if (veto.hard) index.hardTopics.add(veto.topic);
  if (k.includes(" ")) {
    const first = k.split(" ")[0]!;
    index.vetoPhrases.set(first, [...(index.vetoPhrases.get(first) ?? []), [phraseKey(k), veto]]);
    return;
  }
  const existing = index.vetoWords.entry(k);
  if (!existing) index.vetoWords.set(k, [veto]);
  else existing.push(veto);
}

/** True when a negator stands within the few tokens before token `i`, in the same clause. */
function negated(t: PreparedText, i: number): boolean {
  const clause = t.clause[i];
  for (let j = i - 1; j >= 0 && j >= i - NEGATION_WINDOW; j--) {
    if (t.clause[j] !== clause) return false;
    if (NEGATORS.has(t.tokens[j]!)) return true;
  }
  return false;
}

/** Finds the built-in and configured topics of a text, per language, in one pass over its tokens. */
export class TopicMatcher {
  private readonly byLang = new Map<string, TopicIndex>();

  constructor(languages: readonly string[], custom: AnalysisConfig["topics"]) {
    const langs = [...new Set([...languages, "any"])];
    for (const lang of langs)
      this.byLang.set(lang, {
        words: new StemMap(),
        phrases: new Map(),
        vetoWords: new StemMap(),
        vetoPhrases: new Map(),
        hardTopics: new Set(),
      });
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
    const weak = new Set<string>();
    const own = this.byLang.get(lang);
    const indexes = lang === "und" || !own ? [...this.byLang.values()] : [own, this.byLang.get("any")!];
    const { tokens, joined } = t;
    for (const index of indexes) {
      const hasPhrases = index.phrases.size > 0;
      // `at`: where the space before token i stands in `joined`, so a phrase is checked in place.
      for (let i = 0, at = 0; i < tokens.length; at += tokens[i]!.length + 1, i++) {
        const tok = tokens[i]!;
        const hits = index.words.get(tok);
        if (hits)
          for (const hit of hits)
            if (!hit.negatable || !negated(t, i)) (hit.weak ? weak : found).add(hit.topic);
        const phrases = hasPhrases ? index.phrases.get(tok) : undefined;
        if (phrases)
          for (const [phrase, hit] of phrases)
            if (joined.startsWith(phrase, at)) (hit.weak ? weak : found).add(hit.topic);
      }
    }
    if (weak.size === 0 && !indexes.some((index) => [...index.hardTopics].some((x) => found.has(x))))
      return [...found];
    // Vetoes are looked up only when a weak or a hard-vetoed topic was found.
    const vetoed = new Set<string>();
    const hardVetoed = new Set<string>();
    for (const index of indexes) {
      if (index.vetoWords.size === 0 && index.vetoPhrases.size === 0) continue;
      for (let i = 0, at = 0; i < tokens.length; at += tokens[i]!.length + 1, i++) {
        const tok = tokens[i]!;
        const vetoes = index.vetoWords.get(tok);
        if (vetoes) for (const v of vetoes) (v.hard ? hardVetoed : vetoed).add(v.topic);
        const vetoPhrases = index.vetoPhrases.get(tok);
        if (vetoPhrases)
          for (const [phrase, v] of vetoPhrases)
            if (joined.startsWith(phrase, at)) (v.hard ? hardVetoed : vetoed).add(v.topic);
      }
    }
    for (const topic of weak) if (!vetoed.has(topic) && !hardVetoed.has(topic)) found.add(topic);
    for (const topic of hardVetoed) found.delete(topic);
    return [...found];
  }
}
