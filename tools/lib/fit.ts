import { LexiconAnalyzer } from "../../src/analysis/analyzer.js";
import { BrandMatcher } from "../../src/analysis/learned-sentiment/brand.js";
import { Featurizer } from "../../src/analysis/learned-sentiment/features.js";
import { prepareForModel } from "../../src/analysis/learned-sentiment/prepare.js";
import { ruleFlags } from "../../src/analysis/learned-sentiment/rule-flags.js";
import { AnalysisConfigSchema } from "../../src/config/sections/analysis.js";
import { SENTIMENT_LABELS } from "../../src/core/analysis.js";
import type { Row } from "./datasets.js";
import { seededRandom, shuffle } from "./random.js";
import { targetNames } from "./targets.js";

/** Training settings (see models/README.md for how they were chosen). */
export interface FitSettings {
  bits: number;
  epochs: number;
  learningRate: number;
  seed: number;
  /** Share of rows with a target whose target is replaced by `<brand>` (the rest stay as written). */
  brandShare: number;
  /** Weight of review files against tweet files. */
  reviewWeight: number;
  /** Class weights per file are capped to this (a rare class must not swamp the rest). */
  maxClassWeight: number;
  /** Weight of each team correction (source "corrections"). */
  correctionsWeight: number;
  /** Weight of each template mention we wrote (file "own_templates", with `--with-templates`). */
  templatesWeight: number;
  /** Extra weight per dataset file (the files closest to what the bar is judged on). */
  fileWeights: Record<string, number>;
  /** Whether the rules' findings are features (rule-flags.ts). */
  ruleFeatures: boolean;
}

export const DEFAULT_SETTINGS: FitSettings = {
  bits: 19,
  epochs: 10,
  learningRate: 0.5,
  seed: 13,
  brandShare: 0.5,
  reviewWeight: 0.3,
  maxClassWeight: 4,
  correctionsWeight: 5,
  ruleFeatures: true,
  templatesWeight: 2,
  fileWeights: {},
};

let rules: LexiconAnalyzer | undefined;
const flagCache = new Map<string, string[]>();
/** The rules' findings on a text as flags, as the analyser computes them at run time. */
export function ruleFlagsOf(text: string): string[] {
  let flags = flagCache.get(text);
  if (flags) return flags;
  rules ??= new LexiconAnalyzer({
    languages: ["en", "es", "ru"],
    analysis: AnalysisConfigSchema.parse({ sentimentModel: "rules" }),
  });
  const x = rules.explain(text);
  flags = x ? ruleFlags(x.signals, x.insult) : [];
  flagCache.set(text, flags);
  return flags;
}

/** Rows as bucket lists, with labels (0, 1, 2) and sample weights. */
export interface Encoded {
  buckets: Int32Array[];
  labels: Uint8Array;
  weights: Float32Array;
}

const brandCache = new Map<string, BrandMatcher>();
function brandOf(target: string | undefined): BrandMatcher | null {
  const names = targetNames(target);
  if (!names.length) return null;
  const key = names.join("\u0000");
  let m = brandCache.get(key);
  if (!m) {
    m = new BrandMatcher(names);
    brandCache.set(key, m);
  }
  return m;
}

/**
 * Encodes rows for fitting or scoring. `replaceBrand`: "some" replaces the target in a seeded share of
 * rows (training: the model learns both forms), "all" in every row, "none" in none.
 */
export function encodeRows(
  rows: readonly Row[],
  s: FitSettings,
  replaceBrand: "some" | "all" | "none",
  withWeights: boolean,
): Encoded {
  const featurizer = new Featurizer(s.bits);
  const random = seededRandom(s.seed * 7919);
  const weights = withWeights ? sampleWeights(rows, s) : new Float32Array(rows.length).fill(1);
  const buckets = rows.map((r) => {
    const pick = replaceBrand === "all" || (replaceBrand === "some" && random() < s.brandShare);
    const scanned = prepareForModel(r.text, pick ? brandOf(r.target) : null);
    if (s.ruleFeatures) scanned.flags.push(...ruleFlagsOf(r.text));
    return featurizer.buckets(scanned).slice();
  });
  const labels = Uint8Array.from(rows.map((r) => SENTIMENT_LABELS.indexOf(r.label)));
  return { buckets, labels, weights };
}

/**
 * Per row: its class's weight in its file (classes balanced within each file, capped), times its
 * domain's weight (tweets 1, reviews `reviewWeight`), times `correctionsWeight` for corrections.
 */
export function sampleWeights(rows: readonly Row[], s: FitSettings): Float32Array {
  const counts = new Map<string, number>();
  const totals = new Map<string, number>();
  const classes = new Map<string, Set<string>>();
  for (const r of rows) {
    counts.set(`${r.file}/${r.label}`, (counts.get(`${r.file}/${r.label}`) ?? 0) + 1);
    totals.set(r.file, (totals.get(r.file) ?? 0) + 1);
    const c = classes.get(r.file) ?? new Set();
    c.add(r.label);
    classes.set(r.file, c);
  }
  return Float32Array.from(
    rows.map((r) => {
      const balanced =
        totals.get(r.file)! / (classes.get(r.file)!.size * counts.get(`${r.file}/${r.label}`)!);
      const domain = r.domain === "review" ? s.reviewWeight : 1;
      const team =
        r.file === "corrections" ? s.correctionsWeight : r.file === "own_templates" ? s.templatesWeight : 1;
      return Math.min(balanced, s.maxClassWeight) * domain * team * (s.fileWeights[r.file] ?? 1);
    }),
  );
}

/**
 * Multinomial logistic regression by SGD (shuffled each epoch, seeded; learning rate decaying
 * linearly to 0, as fastText does), weighted softmax loss. Returns float weights, 3 per bucket.
 */
export function fitWeights(data: Encoded, s: FitSettings): Float32Array {
  const w = new Float32Array((1 << s.bits) * 3);
  const order = Array.from(data.buckets.keys());
  const random = seededRandom(s.seed);
  const total = s.epochs * order.length;
  let step = 0;
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffle(order, random);
    for (const n of order) {
      const b = data.buckets[n]!;
      const v = 1 / Math.sqrt(b.length);
      let z0 = 0;
      let z1 = 0;
      let z2 = 0;
      for (let i = 0; i < b.length; i++) {
        const at = b[i]! * 3;
        z0 += w[at]!;
        z1 += w[at + 1]!;
        z2 += w[at + 2]!;
      }
      z0 *= v;
      z1 *= v;
      z2 *= v;
      const max = Math.max(z0, z1, z2);
      const e0 = Math.exp(z0 - max);
      const e1 = Math.exp(z1 - max);
      const e2 = Math.exp(z2 - max);
      const sum = e0 + e1 + e2;
      const y = data.labels[n]!;
      const lr = s.learningRate * (1 - step / total) * data.weights[n]! * v;
      const g0 = (e0 / sum - (y === 0 ? 1 : 0)) * lr;
      const g1 = (e1 / sum - (y === 1 ? 1 : 0)) * lr;
      const g2 = (e2 / sum - (y === 2 ? 1 : 0)) * lr;
      for (let i = 0; i < b.length; i++) {
        const at = b[i]! * 3;
        w[at]! -= g0;
        w[at + 1]! -= g1;
        w[at + 2]! -= g2;
      }
      step++;
    }
  }
  return w;
}

/** Raw logits of encoded rows under float weights. */
export function logits(w: Float32Array, data: Encoded): Float64Array[] {
  return data.buckets.map((b) => {
    const z = new Float64Array(3);
    for (let i = 0; i < b.length; i++) {
      const at = b[i]! * 3;
      z[0]! += w[at]!;
      z[1]! += w[at + 1]!;
      z[2]! += w[at + 2]!;
    }
    const v = 1 / Math.sqrt(b.length);
    z[0]! *= v;
    z[1]! *= v;
    z[2]! *= v;
    return z;
  });
}
