import { LexiconAnalyzer } from "../../src/analysis/analyzer.js";
import { BrandMatcher } from "../../src/analysis/learned-sentiment/brand.js";
import { Featurizer } from "../../src/analysis/learned-sentiment/features.js";
import { prepareForModel } from "../../src/analysis/learned-sentiment/prepare.js";
import { ruleFlags } from "../../src/analysis/learned-sentiment/rule-flags.js";
import { AnalysisConfigSchema } from "../../src/config/sections/analysis.js";
import { SENTIMENT_LABELS } from "../../src/core/analysis.js";
import type { Row } from "./datasets.js";
import { nbScales } from "./nb.js";
import { seededRandom } from "./random.js";
import { sgd } from "./sgd.js";
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
  /** Class balancing: within each file ("file") or over the language's rows as a whole ("global"). */
  classBalance: "file" | "global";
  /** L2 strength per step (weight decay, lazily applied); 0 is none. */
  l2: number;
  /** SGD runs averaged (shuffle seeds seed, seed+1, …): a linear model's average is one model. */
  seeds: number;
  /**
   * NB-SVM style scaling: each bucket's value times (1 − nb) + nb × its largest |log-count ratio|
   * (class against the rest); folded into the weights after fitting, so the model file is unchanged.
   */
  nb: number;
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
  classBalance: "file",
  l2: 0,
  seeds: 1,
  nb: 0,
};

/**
 * Settings of one language over DEFAULT_SETTINGS (measured on its dev splits; see models/README.md).
 * Spanish: NB scaling helped on InterTASS, TASS 2019 and the pooled dev over five split seeds.
 */
export const LANGUAGE_SETTINGS: Record<string, Partial<FitSettings>> = {
  es: { nb: 0.5 },
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
  const group = (r: Row) => (s.classBalance === "global" ? "" : r.file);
  for (const r of rows) {
    const g = group(r);
    counts.set(`${g}/${r.label}`, (counts.get(`${g}/${r.label}`) ?? 0) + 1);
    totals.set(g, (totals.get(g) ?? 0) + 1);
    const c = classes.get(g) ?? new Set();
    c.add(r.label);
    classes.set(g, c);
  }
  return Float32Array.from(
    rows.map((r) => {
      const g = group(r);
      const balanced = totals.get(g)! / (classes.get(g)!.size * counts.get(`${g}/${r.label}`)!);
      const domain = r.domain === "review" ? s.reviewWeight : 1;
      const team =
        r.file === "corrections" ? s.correctionsWeight : r.file === "own_templates" ? s.templatesWeight : 1;
      return Math.min(balanced, s.maxClassWeight) * domain * team * (s.fileWeights[r.file] ?? 1);
    }),
  );
}

/**
 * Fits the weights: `s.seeds` SGD runs (sgd.ts) averaged, each over the NB-scaled features (nb.ts)
 * when `s.nb` > 0; the scales are folded into the returned weights (w × scale), so scoring a text is
 * the plain sum of its buckets' weights as before.
 */
export function fitWeights(data: Encoded, s: FitSettings): Float32Array {
  const scale = s.nb > 0 ? nbScales(data, s.bits, s.nb) : null;
  const w = new Float32Array((1 << s.bits) * 3);
  for (let k = 0; k < s.seeds; k++) {
    const run = sgd(data, s, s.seed + k, scale);
    for (let i = 0; i < w.length; i++) w[i]! += run[i]! / s.seeds;
  }
  if (scale) for (let i = 0; i < w.length; i++) w[i]! *= scale[(i / 3) | 0]!;
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
