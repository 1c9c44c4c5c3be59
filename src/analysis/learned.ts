import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { BASE_TOPICS, type SentimentLabel } from "../core/analysis.js";
import { PACKAGE_ROOT } from "../core/paths.js";
import { type FeatureVisitor, type RuleFindings, type TokenInfo, visitFeatures } from "./learned-features.js";
import type { SentimentModel } from "./sentiment/model.js";
import type { SentimentResult } from "./sentiment/score.js";
import type { PreparedText } from "./text.js";

/**
 * The learned layer: per language, linear models over what the rules found (the sentiment rules'
 * score and parts, the topic keywords hit, the insult lists' verdict) and the words of the text
 * (folded words, word stems, word pairs, words under a negation). Three heads share the features:
 * sentiment (softmax over negative / neutral / positive), one sigmoid per built-in topic, and one for
 * insults. Trained offline by `npm run train` (test/eval/train.ts) on data/train and the tuning part
 * of the corpus; the weights live in models/analysis-<lang>.json, read once at start, no network.
 */
export const SENTIMENT_CLASSES = [
  "negative",
  "neutral",
  "positive",
] as const satisfies readonly SentimentLabel[];
/** Topics with a learned head (praise follows the sentiment, see the analyser). */
export const LEARNED_TOPICS = BASE_TOPICS.filter((t) => t !== "praise");
/** The model's outputs, in weight order. */
export const OUTPUTS = [
  ...SENTIMENT_CLASSES.map((c) => `sentiment:${c}`),
  ...LEARNED_TOPICS.map((t) => `topic:${t}`),
  "insult",
];
const TOPIC_AT = SENTIMENT_CLASSES.length;
const INSULT_AT = TOPIC_AT + LEARNED_TOPICS.length;

/** Languages with a learned model (the others are read by the rules alone). */
export const LEARNED_LANGUAGES: readonly string[] = ["en", "es", "ru"];

/** Where the learned models live (in the package, beside playbooks/ and samples/). */
export const MODELS_DIR = join(PACKAGE_ROOT, "models");

/** A model file's fields but its weights (those are checked while they are packed, see load). */
export const LearnedModelHeaderSchema = z
  .object({
    lang: z.string().length(2),
    version: z.literal(3),
    outputs: z
      .array(z.string())
      .refine((o) => o.join() === OUTPUTS.join(), "outputs differ from this version's"),
    /** Length of the word-stem features (`p:` + the first N letters of longer words). */
    stemLength: z.number().int().min(3).max(12),
    /** Added to the negative class's probability when choosing the label: > 0 favours recall. */
    negativeBias: z.number(),
    /** Probability from which a topic, or an insult, is reported. */
    topicThreshold: z.number().min(0).max(1),
    insultThreshold: z.number().min(0).max(1),
    trainedOn: z.record(z.string(), z.number()),
  })
  .strict();
/**
 * A model file: the header, the feature names, and their weights as one flat array (feature i's
 * weights for the OUTPUTS are `weights[i * OUTPUTS.length …]`), which parses into few objects.
 */
export type LearnedModelFile = z.infer<typeof LearnedModelHeaderSchema> & {
  features: string[];
  weights: number[];
};

/** The learned layer's verdicts for one text. */
export interface LearnedVerdict {
  sentiment: SentimentResult;
  /** Built-in topics (not praise), in taxonomy order. */
  topics: string[];
  insult: boolean;
}

const K = OUTPUTS.length;

/**
 * A loaded model. The weights are kept by feature kind (signals, words, negated words, stems, word
 * pairs as prev → word) so predicting allocates no feature-name strings.
 */
export class LearnedAnalysis {
  /** Every feature's weights, OUTPUTS.length floats each; the maps below hold offsets into it. */
  private readonly table: Float32Array;
  private readonly signals = new Map<string, number>();
  private readonly words = new Map<string, number>();
  private readonly negated = new Map<string, number>();
  private readonly stems = new Map<string, number>();
  private readonly pairs = new Map<string, Map<string, number>>();
  private readonly file: Omit<LearnedModelFile, "weights" | "features">;
  private readonly wordCache = new Map<string, WordEntry>();

  constructor(file: LearnedModelFile) {
    const { features, weights, ...rest } = file;
    this.file = rest;
    this.table = Float32Array.from(weights);
    features.forEach((name, i) => {
      const offset = i * K;
      const body = name.slice(2);
      if (name.startsWith("w:¬")) this.negated.set(name.slice(3), offset);
      else if (name.startsWith("w:")) this.words.set(body, offset);
      else if (name.startsWith("p:")) this.stems.set(body, offset);
      else if (name.startsWith("b:")) {
        const space = body.indexOf(" ");
        const prev = body.slice(0, space);
        let next = this.pairs.get(prev);
        if (!next) {
          next = new Map();
          this.pairs.set(prev, next);
        }
        next.set(body.slice(space + 1), offset);
      } else this.signals.set(name, offset);
    });
  }

  /**
   * Reads models/analysis-<lang>.json; null when there is none (the rules alone are used). A broken
   * file throws, naming the file and the field.
   */
  static load(lang: string, dir = MODELS_DIR): LearnedAnalysis | null {
    const path = join(dir, `analysis-${lang}.json`);
    if (!existsSync(path)) return null;
    const json: unknown = JSON.parse(readFileSync(path, "utf8"));
    const fail = (field: string, message: string): never => {
      throw new Error(`${path}: ${field}: ${message}`);
    };
    if (typeof json !== "object" || json === null) return fail("(file)", "expected an object");
    const { features, weights, ...header } = json as Record<string, unknown>;
    const parsed = LearnedModelHeaderSchema.safeParse(header);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail(issue?.path.join(".") || "(file)", issue?.message ?? "invalid");
    }
    if (!Array.isArray(features) || !features.every((f) => typeof f === "string"))
      return fail("features", "expected an array of feature names");
    if (!Array.isArray(weights) || weights.length !== features.length * K)
      return fail("weights", `expected ${K} numbers per feature (${features.length * K})`);
    const bad = weights.findIndex((x) => typeof x !== "number" || !Number.isFinite(x));
    if (bad >= 0) fail(`weights.${bad}`, "expected a finite number");
    return new LearnedAnalysis({ ...parsed.data, features, weights });
  }

  /** The raw outputs (logits) for a text, in OUTPUTS order. */
  logits(t: PreparedText, rules: RuleFindings, m: SentimentModel): Float64Array {
    const sum = new LogitSum(this);
    visitFeatures(t, rules, m, sum);
    return sum.z;
  }

  /** What a word brings (offsets of its word, negated word and stem weights), memoised per word. */
  wordEntry(word: string): WordEntry {
    let e = this.wordCache.get(word);
    if (e) return e;
    const { stemLength } = this.file;
    e = {
      plain: this.words.get(word) ?? -1,
      negated: this.negated.get(word) ?? -1,
      stem: word.length > stemLength ? (this.stems.get(word.slice(0, stemLength)) ?? -1) : -1,
      next: this.pairs.get(word),
    };
    if (this.wordCache.size >= 20_000) this.wordCache.clear();
    this.wordCache.set(word, e);
    return e;
  }

  /** Offset of a signal feature's weights (`bias`, `s:…`), or −1. */
  signalOffset(name: string): number {
    return this.signals.get(name) ?? -1;
  }

  /** Pairs that start a clause (`b:^ word`). */
  get clauseStart(): Map<string, number> | undefined {
    return this.pairs.get("^");
  }

  /** Adds `value` times the weights at `offset` (−1: none) into `z`. */
  addInto(z: Float64Array, offset: number, value: number): void {
    if (offset < 0) return;
    const table = this.table;
    for (let k = 0; k < K; k++) z[k]! += table[offset + k]! * value;
  }

  /**
   * Sentiment, topics and insult for a text, from one pass over its features. A review's star rating
   * (1–5), which the training texts don't carry, shifts the sentiment logits by (rating − 3) × 1.5
   * toward positive and away from negative.
   */
  predict(t: PreparedText, rules: RuleFindings, m: SentimentModel, rating?: number | null): LearnedVerdict {
    const z = this.logits(t, rules, m);
    if (rating != null && rating >= 1 && rating <= 5) {
      z[0]! -= (rating - 3) * RATING_WEIGHT;
      z[2]! += (rating - 3) * RATING_WEIGHT;
    }
    const topics: string[] = [];
    LEARNED_TOPICS.forEach((topic, k) => {
      if (sigmoid(z[TOPIC_AT + k]!) >= this.file.topicThreshold) topics.push(topic);
    });
    return {
      sentiment: sentimentOf(softmax3(z), this.file.negativeBias),
      topics,
      insult: sigmoid(z[INSULT_AT]!) >= this.file.insultThreshold,
    };
  }
}

/** Logit shift per star away from 3 (a 1-star review: negative +3, positive −3). */
const RATING_WEIGHT = 1.5;

/** What one word brings to the outputs (weight offsets, −1 for none), and the pairs it can start. */
interface WordEntry {
  plain: number;
  negated: number;
  stem: number;
  next: Map<string, number> | undefined;
}

/** Adds each visited feature's weights into the outputs (a class, so the calls stay monomorphic). */
class LogitSum implements FeatureVisitor {
  readonly z = new Float64Array(K);
  private last: WordEntry | undefined;

  constructor(private readonly model: LearnedAnalysis) {}

  signal(name: string, value: number): void {
    this.model.addInto(this.z, this.model.signalOffset(name), value);
  }

  word(word: string, negated: boolean, prev: string, token: TokenInfo): void {
    // The token's own memo slot saves a map read per word (a token always reads as the same word).
    let e: WordEntry;
    if (token.memoOf === this.model) e = token.memo as WordEntry;
    else {
      e = this.model.wordEntry(word);
      token.memoOf = this.model;
      token.memo = e;
    }
    this.model.addInto(this.z, negated ? e.negated : e.plain, 1);
    this.model.addInto(this.z, e.stem, 1);
    const next = prev === "^" ? this.model.clauseStart : this.last?.next;
    this.model.addInto(this.z, next?.get(word) ?? -1, 1);
    this.last = e;
  }
}

/** The label for class probabilities, with the negative class's margin, and the score P(pos) − P(neg). */
export function sentimentOf(p: readonly number[], negativeBias: number): SentimentResult {
  const neg = p[0]! + negativeBias;
  const label: SentimentLabel =
    neg >= p[1]! && neg >= p[2]! ? "negative" : p[2]! > p[1]! ? "positive" : "neutral";
  let score = Math.round((p[2]! - p[0]!) * 1000) / 1000;
  // Keep the sign of the score with the label (the margin can make a narrow call negative).
  if (label === "negative" && score >= 0) score = -0.001;
  return { label, score };
}

/** Softmax over the first three outputs (the sentiment classes). */
export function softmax3(z: ArrayLike<number>): [number, number, number] {
  const max = Math.max(z[0]!, z[1]!, z[2]!);
  const e0 = Math.exp(z[0]! - max);
  const e1 = Math.exp(z[1]! - max);
  const e2 = Math.exp(z[2]! - max);
  const sum = e0 + e1 + e2;
  return [e0 / sum, e1 / sum, e2 / sum];
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
