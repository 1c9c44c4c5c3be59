import { BASE_TOPICS, type SentimentLabel } from "../core/analysis.js";
import { foldSpelling } from "./lexicon/stem-map.js";
import type { SentimentModel } from "./sentiment/model.js";
import type { SentimentSignals } from "./sentiment/score.js";
import type { PreparedText } from "./text.js";

/**
 * The learned layer's features (see learned.ts): what the rules found, and the words of the text, as
 * one walk that feeds both training (named features) and prediction (weight lookups).
 */

/** What the rules found, as the learned layer's inputs beside the words. */
export interface RuleFindings {
  signals: SentimentSignals;
  /** Topics the keyword lists found. */
  topics: readonly string[];
  /** The insult lists' verdict. */
  insult: boolean;
}

/** Squashes an unbounded rule sum into (-1, 1) so one feature can't dominate. */
function squash(x: number): number {
  return x / (Math.abs(x) + 2);
}

/** Receives the features of one text (see visitFeatures). */
export interface FeatureVisitor {
  signal(name: string, value: number): void;
  /**
   * One word: folded (digits as `<num>`), whether a negation covers it, and the word before it in
   * its clause (`^` at a clause start). It brings `w:word` (or `w:¬word`), `p:` + its first
   * stemLength letters when longer, and `b:prev word`.
   */
  word(word: string, negated: boolean, prev: string, token: TokenInfo): void;
}

/**
 * What a written token reads as (memoised per sentiment model): its folded word and whether it
 * negates; `memo` is a slot a visitor may keep its own per-word answer in (see LogitSum), `memoOf` says whose.
 */
export interface TokenInfo {
  word: string;
  negator: boolean;
  memoOf: unknown;
  memo: unknown;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

const MAX_WORDS = 400;
const SIGNAL_LABEL: Record<SentimentLabel, string> = {
  negative: "s:label:negative",
  neutral: "s:label:neutral",
  positive: "s:label:positive",
};
const SIGNAL_TOPIC = new Map(BASE_TOPICS.map((t) => [t, `s:topic:${t}`]));

/**
 * Visits every feature of a text (the same walk feeds training and prediction): the rules' findings,
 * then each word folded (digits as `<num>`; marked negated within three words after a negator in the
 * same clause), its first `stemLength` letters when longer, and the pair it makes with the word before
 * (`^` at a clause start).
 */
export function visitFeatures(
  t: PreparedText,
  rules: RuleFindings,
  m: SentimentModel,
  v: FeatureVisitor,
): void {
  const s = rules.signals;
  v.signal("bias", 1);
  v.signal("s:score", s.score);
  v.signal(SIGNAL_LABEL[s.label], 1);
  v.signal("s:pos", squash(s.lexPos));
  v.signal("s:neg", squash(s.lexNeg));
  v.signal("s:phrases", squash(s.phrases));
  v.signal("s:emoji", squash(s.emoji));
  if (s.sarcastic) v.signal("s:sarcasm", 1);
  if (s.lean < 0) v.signal("s:lean", 1);
  if (s.done) v.signal("s:done", 1);
  if (s.question) v.signal("s:question", 1);
  for (const topic of rules.topics) {
    const name = SIGNAL_TOPIC.get(topic as (typeof BASE_TOPICS)[number]);
    if (name) v.signal(name, 1);
  }
  if (rules.insult) v.signal("s:insult", 1);
  const { tokens, clause } = t;
  let negatedUntil = -1;
  let prev = "^";
  const n = Math.min(tokens.length, MAX_WORDS);
  const seen = tokenInfo(m);
  for (let i = 0; i < n; i++) {
    const raw = tokens[i]!;
    let info = seen.get(raw);
    if (info === undefined) {
      info = {
        word: isDigits(raw) ? "<num>" : foldSpelling(raw),
        negator: !!m.negators.get(raw) || raw.endsWith("n't"),
        memoOf: null,
        memo: null,
      };
      if (seen.size >= 50_000) seen.clear();
      seen.set(raw, info);
    }
    if (i > 0 && clause[i] !== clause[i - 1]) {
      negatedUntil = -1;
      prev = "^";
    }
    v.word(info.word, i <= negatedUntil, prev, info);
    prev = info.word;
    if (info.negator) negatedUntil = i + 3;
  }
}

/** Per language model: each token's folded word and whether it negates, memoised. */
const TOKEN_INFO = new WeakMap<SentimentModel, Map<string, TokenInfo>>();
function tokenInfo(m: SentimentModel): Map<string, TokenInfo> {
  let map = TOKEN_INFO.get(m);
  if (!map) {
    map = new Map();
    TOKEN_INFO.set(m, map);
  }
  return map;
}

/** The features of a text as named values (`w:word`, `w:¬word`, `p:stem`, `b:prev word`, `s:…`), for training. */
export function namedFeatures(
  t: PreparedText,
  rules: RuleFindings,
  m: SentimentModel,
  stemLength: number,
): Map<string, number> {
  const out = new Map<string, number>();
  const add = (name: string, value = 1) => out.set(name, (out.get(name) ?? 0) + value);
  visitFeatures(t, rules, m, {
    signal: add,
    word: (word, negated, prev) => {
      add(negated ? `w:¬${word}` : `w:${word}`);
      if (word.length > stemLength) add(`p:${word.slice(0, stemLength)}`);
      add(`b:${prev} ${word}`);
    },
  });
  return out;
}
