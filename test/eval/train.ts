// `npm run train`: fits the learned sentiment layer (src/analysis/sentiment/learned.ts) per language on
// data/train/train.jsonl and the corpus's tuning part (never the held-out part), and writes
// models/sentiment-<lang>.json. `--validate` instead runs a grouped cross-validation (one fold per
// writer's file, plus the fresh tuning mentions) over a grid of λ (`--grid 0.0001,0.001`) and negative
// margins, to choose them honestly. Options: --lang en,es,ru  --l2 X  --bias X  --epochs N.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LexiconAnalyzer } from "../../src/analysis/analyzer.js";
import {
  LEARNED_CLASSES,
  type LearnedModelFile,
  labelOf,
  MODELS_DIR,
  namedFeatures,
} from "../../src/analysis/sentiment/learned.js";
import { AnalysisConfigSchema } from "../../src/config/sections/analysis.js";
import type { SentimentLabel } from "../../src/core/analysis.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { type CorpusItem, loadCorpus } from "./corpus.js";
import { f3, sentimentScores } from "./metrics.js";

const STEM_LENGTH = Number(process.argv[process.argv.indexOf("--stem") + 1] ?? 5) || 5;
/** Features seen in fewer training texts are dropped (rule signals are always kept). */
const MIN_COUNT = 2;

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const langs = (opt("lang") ?? "en,es,ru").split(",");
const validate = args.includes("--validate");
const epochs = Number(opt("epochs") ?? 300);
const DEFAULT_L2 = Number(opt("l2") ?? 0.003);
const DEFAULT_BIAS = Number(opt("bias") ?? 0.05);
const L2_GRID = (opt("grid") ?? "0.0001,0.0003,0.001,0.003").split(",").map(Number);

const analyzer = new LexiconAnalyzer({
  languages: ["en", "es", "ru", "pt", "fr", "de", "it"],
  analysis: AnalysisConfigSchema.parse({ sentimentModel: "rules" }),
});

interface Row {
  features: Map<string, number>;
  y: number;
  rules: SentimentLabel;
}

/** The rules' view of one item as named features; null when the text isn't in a modelled language. */
function rowOf(item: CorpusItem): Row | null {
  const x = analyzer.explain(item.text);
  if (!x) return null;
  const features = namedFeatures(x.t, x.signals, x.model, STEM_LENGTH);
  return { features, y: LEARNED_CLASSES.indexOf(item.sentiment), rules: x.signals.label };
}

/** Old template corpus rows come in 3 near-identical variants: keep one per template. */
function oneVariant(i: CorpusItem): boolean {
  const m = /^[a-z]{2}-\d+-(\d+)$/.exec(i.id);
  return !m || m[1] === "0";
}

interface Fitted {
  index: Map<string, number>;
  w: Float64Array;
}

/** Multinomial logistic regression, full-batch Adam, L2 on every weight but the bias. */
function fitRegression(rows: Row[], l2: number): Fitted {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.features.keys()) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= MIN_COUNT || !/^[wpb]:/.test(f)) index.set(f, index.size);
  const X = rows.map((r) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [f, v] of r.features) {
      const k = index.get(f);
      if (k !== undefined) {
        idx.push(k);
        val.push(v);
      }
    }
    return { idx, val };
  });
  const K = 3;
  const w = new Float64Array(index.size * K);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const g = new Float64Array(w.length);
  const biasAt = index.get("bias")!;
  const lr = 0.05;
  for (let step = 1; step <= epochs; step++) {
    g.fill(0);
    for (let n = 0; n < rows.length; n++) {
      const { idx, val } = X[n]!;
      const z = [0, 0, 0];
      for (let j = 0; j < idx.length; j++) for (let c = 0; c < K; c++) z[c]! += w[idx[j]! * K + c]! * val[j]!;
      const max = Math.max(...z);
      const e = z.map((x) => Math.exp(x - max));
      const s = e[0]! + e[1]! + e[2]!;
      for (let c = 0; c < K; c++) {
        const d = (e[c]! / s - (rows[n]!.y === c ? 1 : 0)) / rows.length;
        for (let j = 0; j < idx.length; j++) g[idx[j]! * K + c]! += d * val[j]!;
      }
    }
    for (let k = 0; k < w.length; k++) {
      const grad = g[k]! + (Math.floor(k / K) === biasAt ? 0 : l2 * w[k]!);
      m[k] = 0.9 * m[k]! + 0.1 * grad;
      v[k] = 0.999 * v[k]! + 0.001 * grad * grad;
      const mh = m[k]! / (1 - 0.9 ** step);
      const vh = v[k]! / (1 - 0.999 ** step);
      w[k]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { index, w };
}

function probabilities(model: Fitted, row: Row): number[] {
  const z = [0, 0, 0];
  for (const [f, val] of row.features) {
    const k = model.index.get(f);
    if (k === undefined) continue;
    for (let c = 0; c < 3; c++) z[c]! += model.w[k * 3 + c]! * val;
  }
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const s = e[0]! + e[1]! + e[2]!;
  return e.map((x) => x / s);
}

function scores(rows: Row[], pred: SentimentLabel[]) {
  const s = sentimentScores(
    rows.map((r) => LEARNED_CLASSES[r.y]!),
    pred,
  );
  return `macro-F1 ${f3(s.macroF1)} neg-recall ${f3(s.perLabel.negative.recall)}`;
}

const corpus = loadCorpus().filter((i) => i.split === "tune" && oneVariant(i));
const train = loadCorpus(join(PACKAGE_ROOT, "data", "train", "train.jsonl"));
const out = (s: string) => process.stdout.write(`${s}\n`);

for (const lang of langs) {
  const pick = (items: CorpusItem[]) => items.filter((i) => i.lang === lang).flatMap((i) => rowOf(i) ?? []);
  if (validate) {
    // Grouped cross-validation: each writer's file (and the fresh tuning mentions) is predicted by a
    // model fitted on everything else; the old template corpus is always fitted, never scored (the
    // rules were written on it).
    const groupOf = (i: CorpusItem) =>
      i.split === "train" ? i.id.replace(/-\d+$/, "") : i.id.includes("-f") ? "fresh" : "";
    const items = [...train, ...corpus].filter((i) => i.lang === lang);
    const groups = [...new Set(items.map(groupOf))].filter(Boolean);
    const valRows: Row[] = [];
    const probsBy = new Map<number, number[][]>();
    for (const g of groups) {
      const fitRows = pick(items.filter((i) => groupOf(i) !== g));
      const rows = pick(items.filter((i) => groupOf(i) === g));
      valRows.push(...rows);
      for (const l2 of L2_GRID) {
        const model = fitRegression(fitRows, l2);
        probsBy.set(l2, [...(probsBy.get(l2) ?? []), ...rows.map((r) => probabilities(model, r))]);
      }
    }
    out(`${lang}: ${groups.length} folds (${groups.join(", ")}), ${valRows.length} mentions scored`);
    out(
      `  rules alone            ${scores(
        valRows,
        valRows.map((r) => r.rules),
      )}`,
    );
    for (const l2 of L2_GRID)
      for (const bias of [0, 0.05, 0.1, 0.15])
        out(
          `  λ ${String(l2).padEnd(6)} margin ${String(bias).padEnd(4)} ${scores(
            valRows,
            probsBy.get(l2)!.map((p) => labelOf(p, bias).label),
          )}`,
        );
    continue;
  }
  const rows = pick([...train, ...corpus]);
  const model = fitRegression(rows, DEFAULT_L2);
  const weights: LearnedModelFile["weights"] = {};
  for (const [f, k] of model.index) {
    const w: [number, number, number] = [0, 1, 2].map((c) => Math.round(model.w[k * 3 + c]! * 1e4) / 1e4) as [
      number,
      number,
      number,
    ];
    if (Math.max(...w.map(Math.abs)) >= 0.002) weights[f] = w;
  }
  const file: LearnedModelFile = {
    lang,
    version: 1,
    stemLength: STEM_LENGTH,
    negativeBias: DEFAULT_BIAS,
    trainedOn: {
      dataTrain: train.filter((i) => i.lang === lang).length,
      corpusTune: corpus.filter((i) => i.lang === lang).length,
      l2: DEFAULT_L2,
      epochs,
    },
    weights,
  };
  mkdirSync(MODELS_DIR, { recursive: true });
  writeFileSync(join(MODELS_DIR, `sentiment-${lang}.json`), `${JSON.stringify(file)}\n`);
  const fitted = rows.map((r) => labelOf(probabilities(model, r), DEFAULT_BIAS).label);
  out(
    `${lang}: ${rows.length} mentions, ${Object.keys(weights).length} weights kept; on its own training data ${scores(rows, fitted)} (rules ${scores(
      rows,
      rows.map((r) => r.rules),
    )})`,
  );
}
