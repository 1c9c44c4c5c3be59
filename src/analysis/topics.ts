import type { AnalysisConfig } from "../config/sections/analysis.js";
import { foldSpelling, StemMap } from "./lexicon/stem-map.js";
import { rulesFor } from "./rules/load.js";
import type { PreparedText } from "./text.js";

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

/** A veto of a topic: `hard` (`!!word`) cancels every keyword of it, else only the weak ones. */
interface Veto {
  topic: string;
  hard: boolean;
}

/** What one word (or stem) of the text brings: the keyword hits of its longest key, and every veto it matches. */
interface Entry {
  hits: Hit[];
  vetoes: Veto[];
}

/** One phrase: ` phrase ` (or ` phrase-stem` for a phrase ending in `*`), spelling folded, and a hit or a veto. */
interface Phrase {
  key: string;
  hit: Hit | null;
  veto: Veto | null;
}

/** The phrases starting with one word, by their second word (`open`: the second word is a stem). */
interface PhraseNode {
  bySecond: Map<string, Phrase[]>;
  open: Phrase[];
}

interface TopicIndex {
  /** Words and stems as written, before `seal` turns them into `words`. */
  keys: Map<string, Entry>;
  words: StemMap<Entry>;
  /** Phrases by their first word (spelling folded). */
  phrases: Map<string, PhraseNode>;
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
  if (k.startsWith("!") && k.length > 1) {
    const hard = k.startsWith("!!") && k.length > 2;
    const veto: Veto = { topic, hard };
    add(index, k.slice(hard ? 2 : 1), null, veto);
    return;
  }
  let weak = false;
  let negatable = false;
  while (k.length > 1 && (k[0] === "?" || k[0] === "~")) {
    if (k[0] === "?") weak = true;
    else negatable = true;
    k = k.slice(1);
  }
  add(index, k, { topic, weak, negatable }, null);
}

function add(index: TopicIndex, k: string, hit: Hit | null, veto: Veto | null): void {
  if (k.includes(" ")) {
    const folded = foldSpelling(k);
    const [first, second] = folded.split(" ") as [string, string];
    const node: PhraseNode = index.phrases.get(first) ?? { bySecond: new Map(), open: [] };
    index.phrases.set(first, node);
    const phrase: Phrase = { key: phraseKey(folded), hit, veto };
    if (second.endsWith("*")) node.open.push(phrase);
    else node.bySecond.set(second, [...(node.bySecond.get(second) ?? []), phrase]);
    return;
  }
  const entry = index.keys.get(k) ?? { hits: [], vetoes: [] };
  index.keys.set(k, entry);
  if (hit && !entry.hits.some((h) => h.topic === hit.topic)) entry.hits.push(hit);
  if (veto) entry.vetoes.push(veto);
}

/**
 * Builds the word map so one lookup answers for a token: a key keeps the hits of the longest keyword
 * key that covers it (its own, else a shorter stem's) and gathers the vetoes of every key that covers it.
 */
function seal(index: TopicIndex): void {
  const stems = [...index.keys].filter(([k]) => k.endsWith("*"));
  for (const [key, entry] of index.keys) {
    const body = key.endsWith("*") ? key.slice(0, -1) : key;
    let best: Hit[] = entry.hits;
    let bestLength = entry.hits.length ? Number.POSITIVE_INFINITY : -1;
    const vetoes = [...entry.vetoes];
    for (const [stem, other] of stems) {
      const stemBody = stem.slice(0, -1);
      if (stem === key || !body.startsWith(stemBody)) continue;
      vetoes.push(...other.vetoes);
      if (other.hits.length && stemBody.length > bestLength) {
        best = other.hits;
        bestLength = stemBody.length;
      }
    }
    index.words.set(key, { hits: best, vetoes });
  }
  index.keys.clear();
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
        keys: new Map(),
        words: new StemMap(),
        phrases: new Map(),
      });
    // The built-in keywords (data/rules/<lang>.yaml, see topic-keywords.ts for the markers).
    for (const [lang, index] of this.byLang)
      for (const { topic, words, phrases } of rulesFor(lang)?.topics ?? []) {
        for (const k of words) addKeyword(index, k, topic);
        for (const k of phrases) addKeyword(index, k, topic);
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
    for (const index of this.byLang.values()) seal(index);
  }

  /** Takes the phrases among `phrases` that stand at offset `at` of `joined`. */
  private phrasesAt(
    phrases: Phrase[],
    joined: string,
    at: number,
    found: Set<string>,
    weak: Set<string>,
    vetoed: Set<string>,
    hardVetoed: Set<string>,
  ): void {
    for (const p of phrases) {
      if (!joined.startsWith(p.key, at)) continue;
      if (p.hit) (p.hit.weak ? weak : found).add(p.hit.topic);
      if (p.veto) (p.veto.hard ? hardVetoed : vetoed).add(p.veto.topic);
    }
  }

  /** Topic ids found in the text (`und` uses every configured language); the caller keeps praise only when positive. */
  match(t: PreparedText, lang: string): string[] {
    const found = new Set<string>();
    const weak = new Set<string>();
    const vetoed = new Set<string>();
    const hardVetoed = new Set<string>();
    const own = this.byLang.get(lang);
    const indexes = lang === "und" || !own ? [...this.byLang.values()] : [own, this.byLang.get("any")!];
    const { tokens } = t;
    // Phrases are matched with spelling folded (`atencion al cliente`); folding keeps every offset.
    // `t.folded` is foldSpelling(t.joined), the very string when nothing folds (see prepareText).
    const joined = t.folded;
    const folded = joined !== t.joined;
    // The tokens as phrases see them: folded (`joined` is ` tok tok … `, so split gives "" at each end).
    const phraseTokens = folded ? joined.split(" ").slice(1, -1) : tokens;
    for (const index of indexes) {
      const hasPhrases = index.phrases.size > 0;
      if (!hasPhrases && index.words.size === 0) continue;
      // `at`: where the space before token i stands in `joined`, so a phrase is checked in place.
      for (let i = 0, at = 0; i < tokens.length; at += tokens[i]!.length + 1, i++) {
        const tok = tokens[i]!;
        const entry = index.words.get(tok);
        if (entry) {
          for (const hit of entry.hits)
            if (!hit.negatable || !negated(t, i)) (hit.weak ? weak : found).add(hit.topic);
          for (const v of entry.vetoes) (v.hard ? hardVetoed : vetoed).add(v.topic);
        }
        const node = hasPhrases ? index.phrases.get(phraseTokens[i]!) : undefined;
        if (!node || i + 1 === tokens.length) continue;
        const second = node.bySecond.get(phraseTokens[i + 1]!);
        if (second) this.phrasesAt(second, joined, at, found, weak, vetoed, hardVetoed);
        if (node.open.length) this.phrasesAt(node.open, joined, at, found, weak, vetoed, hardVetoed);
      }
    }
    for (const topic of weak) if (!vetoed.has(topic)) found.add(topic);
    for (const topic of hardVetoed) found.delete(topic);
    return [...found];
  }
}
