import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { SentimentLabel } from "../../core/analysis.js";
import { PACKAGE_ROOT } from "../../paths.js";
import { foldSpelling } from "../lexicon/stem-map.js";
import type { PreparedText } from "../text.js";
import type { SentimentModel } from "./model.js";
import type { SentimentResult, SentimentSignals } from "./score.js";

/**
 * The learned layer: a multinomial logistic regression per language over what the rules found (their
 * score and parts) and the words of the text (folded words, word stems, word pairs, words under a
 * negation). Trained offline by `npm run train` (test/eval/train.ts) on data/train and the tuning part
 * of the corpus; its weights live in models/sentiment-<lang>.json, read once at start, no network.
 */
export const LEARNED_CLASSES = [
  "negative",
  "neutral",
  "positive",
] as const satisfies readonly SentimentLabel[];

/** Where the learned models live (in the package, beside playbooks/ and samples/). */
export const MODELS_DIR = join(PACKAGE_ROOT, "models");

export const LearnedModelFileSchema = z
  .object({
    lang: z.string().length(2),
    version: z.literal(1),
    /** Length of the word-stem features (`p:` + the first N letters of longer words). */
    stemLength: z.number().int().min(3).max(12),
    /** Added to the negative class's probability margin: > 0 trades precision for recall. */
    negativeBias: z.number(),
    trainedOn: z.record(z.string(), z.number()),
    weights: z.record(z.string(), z.tuple([z.number(), z.number(), z.number()])),
  })
  .strict();
export type LearnedModelFile = z.infer<typeof LearnedModelFileSchema>;

/** A loaded model: the weights in one map, three classes per feature. */
export class LearnedSentiment {
  private readonly weights = new Map<string, Float64Array>();
  readonly stemLength: number;
  readonly negativeBias: number;

  constructor(file: LearnedModelFile) {
    this.stemLength = file.stemLength;
    this.negativeBias = file.negativeBias;
    for (const [name, w] of Object.entries(file.weights)) this.weights.set(name, Float64Array.from(w));
  }

  /** Reads models/sentiment-<lang>.json; null when there is none (the rules alone are used). */
  static load(lang: string, dir = MODELS_DIR): LearnedSentiment | null {
    const path = join(dir, `sentiment-${lang}.json`);
    if (!existsSync(path)) return null;
    const parsed = LearnedModelFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}: ${issue?.path.join(".") || "(file)"}: ${issue?.message}`);
    }
    return new LearnedSentiment(parsed.data);
  }

  /** Class probabilities [negative, neutral, positive]. */
  probabilities(t: PreparedText, s: SentimentSignals, m: SentimentModel): [number, number, number] {
    const z = [0, 0, 0];
    textFeatures(t, s, m, this.stemLength, (name, value) => {
      const w = this.weights.get(name);
      if (w === undefined) return;
      z[0]! += w[0]! * value;
      z[1]! += w[1]! * value;
      z[2]! += w[2]! * value;
    });
    return softmax(z);
  }

  /** Label (most probable class, the negative one helped by `negativeBias`) and score P(pos) − P(neg). */
  predict(t: PreparedText, s: SentimentSignals, m: SentimentModel): SentimentResult {
    const p = this.probabilities(t, s, m);
    return labelOf(p, this.negativeBias);
  }
}

/** The label for class probabilities, with the negative class's margin, and the score P(pos) − P(neg). */
export function labelOf(p: readonly number[], negativeBias: number): SentimentResult {
  const neg = p[0]! + negativeBias;
  const label: SentimentLabel =
    neg >= p[1]! && neg >= p[2]! ? "negative" : p[2]! > p[1]! ? "positive" : "neutral";
  let score = Math.round((p[2]! - p[0]!) * 1000) / 1000;
  // Keep the sign of the score with the label (the margin can make a narrow call negative).
  if (label === "negative" && score > 0) score = -0.001;
  return { label, score };
}

function softmax(z: number[]): [number, number, number] {
  const max = Math.max(z[0]!, z[1]!, z[2]!);
  const e0 = Math.exp(z[0]! - max);
  const e1 = Math.exp(z[1]! - max);
  const e2 = Math.exp(z[2]! - max);
  const sum = e0 + e1 + e2;
  return [e0 / sum, e1 / sum, e2 / sum];
}

/** Squashes an unbounded rule sum into (-1, 1) so one feature can't dominate. */
function squash(x: number): number {
  return x / (Math.abs(x) + 2);
}

const DIGITS = /^\d+$/;

/**
 * Calls `emit` with every feature of a text (the same function feeds training and prediction): the
 * rules' signals, then for each word `w:word` (or `w:¬word` after a negator in the same clause),
 * `p:stem` for words longer than `stemLength`, and `b:prev word` for adjacent words.
 */
export function textFeatures(
  t: PreparedText,
  s: SentimentSignals,
  m: SentimentModel,
  stemLength: number,
  emit: (name: string, value: number) => void,
): void {
  emit("bias", 1);
  emit("s:score", s.score);
  emit(`s:label:${s.label}`, 1);
  emit("s:pos", squash(s.lexPos));
  emit("s:neg", squash(s.lexNeg));
  emit("s:phrases", squash(s.phrases));
  emit("s:emoji", squash(s.emoji));
  if (s.sarcastic) emit("s:sarcasm", 1);
  if (s.lean < 0) emit("s:lean", 1);
  if (s.question) emit("s:question", 1);
  const { tokens, clause } = t;
  let negatedUntil = -1;
  let prev = "^";
  const n = Math.min(tokens.length, 400);
  for (let i = 0; i < n; i++) {
    const raw = tokens[i]!;
    const word = DIGITS.test(raw) ? "<num>" : foldSpelling(raw);
    if (i > 0 && clause[i] !== clause[i - 1]) {
      negatedUntil = -1;
      prev = "^";
    }
    const negated = i <= negatedUntil;
    emit(negated ? `w:¬${word}` : `w:${word}`, 1);
    if (word.length > stemLength) emit(`p:${word.slice(0, stemLength)}`, 1);
    emit(`b:${prev} ${word}`, 1);
    prev = word;
    if (m.negators.get(raw) || raw.endsWith("n't")) negatedUntil = i + 3;
  }
}
