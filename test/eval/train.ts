// `npm run train`: fits the learned layer (src/analysis/learned.ts) per language on data/train/train.jsonl
// and the corpus's tuning part (never the held-out part), and writes models/analysis-<lang>.json.
// `--validate` instead runs a grouped cross-validation (one fold per writer's file in data/train, plus
// the fresh tuning mentions; the old template corpus is always fitted, never scored, since the rules
// were written on it) over a grid of λ and thresholds, to choose them honestly.
// It prints each topic's and each writer's scores at the shipped settings; `--dump TOPIC` lists that
// topic's cross-validated misses with their writer and gold topics, to read label conventions.
// Options: --lang en,es,ru  --grid 0.00001,0.0001  --epochs N  --dump TOPIC; ORM_CV_WITHOUT=-j adds a
// sentiment line for every writer but those whose set ends so (to compare with a run before they came).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LexiconAnalyzer } from "../../src/analysis/analyzer.js";
import {
  LEARNED_LANGUAGES,
  LEARNED_TOPICS,
  type LearnedModelFile,
  MODELS_DIR,
  OUTPUTS,
  SENTIMENT_CLASSES,
  sentimentOf,
  sigmoid,
  softmax3,
} from "../../src/analysis/learned.js";
import { namedFeatures } from "../../src/analysis/learned-features.js";
import { AnalysisConfigSchema } from "../../src/config/sections/analysis.js";
import type { SentimentLabel } from "../../src/core/analysis.js";
import { PACKAGE_ROOT } from "../../src/core/paths.js";
import { type CorpusItem, loadCorpus } from "./corpus.js";
import { binaryScores, f3, type Prf, sentimentScores, setScores } from "./metrics.js";

/** Chosen by `--validate` (see the README's analysis section for the figures). */
const SETTINGS = {
  stemLength: 5,
  /** L2 per head: sentiment, topics, insult. */
  l2: { sentiment: 0.00001, topics: 0.001, insult: 0.001 },
  /**
   * Per language, the cross-validation's best macro-F1, ties going to recall (Spanish: 0.919 at both
   * 0.1 and 0.3, recall 0.936 → 0.948). English: 0.3 with 1,500 mentions, 0.1 with 2,400; with the
   * status reports (en-j) a tie again, the other writers' 0.903 / 0.910 at 0.1, 0.901 / 0.921 at 0.3.
   */
  negativeBias: { en: 0.3, es: 0.3, ru: 0.1 } as Record<string, number>,
  topicThreshold: 0.25,
  insultThreshold: 0.25,
};
/** Word features seen in fewer training texts are dropped (rule findings are always kept). */
const MIN_COUNT = 2;
const K = OUTPUTS.length;
const TOPIC_AT = SENTIMENT_CLASSES.length;
const INSULT_AT = K - 1;

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const langs = opt("lang")?.split(",") ?? [...LEARNED_LANGUAGES];
const validate = args.includes("--validate");
const epochs = Number(opt("epochs") ?? 300);
const L2_GRID = (opt("grid") ?? "0.00001,0.0001,0.001").split(",").map(Number);

const analyzer = new LexiconAnalyzer({
  languages: ["en", "es", "ru", "pt", "fr", "de", "it"],
  analysis: AnalysisConfigSchema.parse({ sentimentModel: "rules" }),
});

interface Row {
  text: string;
  features: Map<string, number>;
  /** Targets in OUTPUTS order: one-hot sentiment, then 0/1 per topic, then insult. */
  y: Float64Array;
  sentiment: SentimentLabel;
  topics: string[];
  insult: boolean;
  /** Gold praise (it follows the sentiment, it has no head). */
  praise: boolean;
  rules: { sentiment: SentimentLabel; topics: string[]; insult: boolean };
}

/** The rules' view of one item as named features and targets; null outside the modelled languages. */
function rowOf(item: CorpusItem): Row | null {
  const x = analyzer.explain(item.text);
  if (!x) return null;
  const topics = (item.topics ?? []).filter((t) => (LEARNED_TOPICS as string[]).includes(t));
  const y = new Float64Array(K);
  y[SENTIMENT_CLASSES.indexOf(item.sentiment)] = 1;
  LEARNED_TOPICS.forEach((t, k) => {
    if (topics.includes(t)) y[TOPIC_AT + k] = 1;
  });
  if (item.insult) y[INSULT_AT] = 1;
  return {
    text: item.text,
    features: namedFeatures(x.t, x, x.model, SETTINGS.stemLength),
    y,
    sentiment: item.sentiment,
    topics,
    insult: item.insult,
    praise: (item.topics ?? []).includes("praise"),
    rules: {
      sentiment: x.signals.label,
      topics: x.topics.filter((t) => (LEARNED_TOPICS as string[]).includes(t)),
      insult: x.insult,
    },
  };
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

/**
 * Fits every head at once with full-batch Adam: softmax cross-entropy on the sentiment outputs, logistic
 * loss on each topic and the insult output, L2 per output (`l2[k]`) on every weight but the bias. The
 * heads share features but not weights, so each is fitted as if alone.
 */
function fitHeads(rows: Row[], l2: Float64Array): Fitted {
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
  const w = new Float64Array(index.size * K);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const g = new Float64Array(w.length);
  const biasAt = index.get("bias")!;
  const z = new Float64Array(K);
  const d = new Float64Array(K);
  const lr = 0.05;
  for (let step = 1; step <= epochs; step++) {
    g.fill(0);
    for (let n = 0; n < rows.length; n++) {
      const { idx, val } = X[n]!;
      const y = rows[n]!.y;
      z.fill(0);
      for (let j = 0; j < idx.length; j++) {
        const base = idx[j]! * K;
        for (let c = 0; c < K; c++) z[c]! += w[base + c]! * val[j]!;
      }
      const p = softmax3(z);
      for (let c = 0; c < K; c++) {
        const prob = c < TOPIC_AT ? p[c]! : sigmoid(z[c]!);
        d[c] = (prob - y[c]!) / rows.length;
      }
      for (let j = 0; j < idx.length; j++) {
        const base = idx[j]! * K;
        for (let c = 0; c < K; c++) g[base + c]! += d[c]! * val[j]!;
      }
    }
    for (let k = 0; k < w.length; k++) {
      const c = k % K;
      const grad = g[k]! + (Math.floor(k / K) === biasAt ? 0 : l2[c]! * w[k]!);
      m[k] = 0.9 * m[k]! + 0.1 * grad;
      v[k] = 0.999 * v[k]! + 0.001 * grad * grad;
      const mh = m[k]! / (1 - 0.9 ** step);
      const vh = v[k]! / (1 - 0.999 ** step);
      w[k]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { index, w };
}

function logits(model: Fitted, row: Row): Float64Array {
  const z = new Float64Array(K);
  for (const [f, val] of row.features) {
    const k = model.index.get(f);
    if (k === undefined) continue;
    for (let c = 0; c < K; c++) z[c]! += model.w[k * K + c]! * val;
  }
  return z;
}

function l2Vector(l2: { sentiment: number; topics: number; insult: number }): Float64Array {
  return Float64Array.from(OUTPUTS, (_, c) =>
    c < TOPIC_AT ? l2.sentiment : c < INSULT_AT ? l2.topics : l2.insult,
  );
}

function topicsAt(z: Float64Array, threshold: number): string[] {
  return LEARNED_TOPICS.filter((_, k) => sigmoid(z[TOPIC_AT + k]!) >= threshold);
}

const sentimentFigures = (rows: Row[], pred: SentimentLabel[]) => {
  const s = sentimentScores(
    rows.map((r) => r.sentiment),
    pred,
  );
  return `macro-F1 ${f3(s.macroF1)} neg-recall ${f3(s.perLabel.negative.recall)}`;
};
const topicFigure = (rows: Row[], pred: string[][]) =>
  f3(
    setScores(
      rows.map((r) => r.topics),
      pred,
    ).f1,
  );
const insultFigure = (rows: Row[], pred: boolean[]) => {
  const s = binaryScores(
    rows.map((r) => r.insult),
    pred,
  );
  return `F1 ${f3(s.f1)} (P ${f3(s.precision)} R ${f3(s.recall)})`;
};

const corpus = loadCorpus().filter((i) => i.split === "tune" && oneVariant(i));
const train = loadCorpus(join(PACKAGE_ROOT, "data", "train", "train.jsonl"));
const out = (s: string) => process.stdout.write(`${s}\n`);

function crossValidate(lang: string): void {
  const groupOf = (i: CorpusItem) =>
    i.split === "train" ? i.id.replace(/-\d+$/, "") : i.id.includes("-f") ? "fresh" : "";
  const items = [...train, ...corpus].filter((i) => i.lang === lang);
  const groups = [...new Set(items.map(groupOf))].filter(Boolean);
  const rowsBy = new Map(items.map((i) => [i, rowOf(i)]));
  const pick = (f: (i: CorpusItem) => boolean) => items.filter(f).flatMap((i) => rowsBy.get(i) ?? []);
  const scored: Row[] = [];
  const groupsOf: string[] = [];
  const zBy = new Map<number, Float64Array[]>();
  for (const g of groups) {
    const fitRows = pick((i) => groupOf(i) !== g);
    const rows = pick((i) => groupOf(i) === g);
    scored.push(...rows);
    groupsOf.push(...rows.map(() => g));
    for (const l2 of L2_GRID) {
      const model = fitHeads(fitRows, l2Vector({ sentiment: l2, topics: l2, insult: l2 }));
      zBy.set(l2, [...(zBy.get(l2) ?? []), ...rows.map((r) => logits(model, r))]);
    }
  }
  out(`${lang}: ${groups.length} folds (${groups.join(", ")}), ${scored.length} mentions scored`);
  out(
    `  rules alone: sentiment ${sentimentFigures(
      scored,
      scored.map((r) => r.rules.sentiment),
    )}; topic F1 ${topicFigure(
      scored,
      scored.map((r) => r.rules.topics),
    )}; insult ${insultFigure(
      scored,
      scored.map((r) => r.rules.insult),
    )}`,
  );
  for (const l2 of L2_GRID) {
    const zs = zBy.get(l2)!;
    for (const bias of [0, 0.05, 0.1, 0.15, 0.2, 0.3])
      out(
        `  λ ${String(l2).padEnd(7)} sentiment, margin ${String(bias).padEnd(4)} ${sentimentFigures(
          scored,
          zs.map((z) => sentimentOf(softmax3(z), bias).label),
        )}`,
      );
    for (const th of [0.2, 0.25, 0.3, 0.4])
      out(
        `  λ ${String(l2).padEnd(7)} topics at ${th}: F1 ${topicFigure(
          scored,
          zs.map((z) => topicsAt(z, th)),
        )}; insult at ${th}: ${insultFigure(
          scored,
          zs.map((z) => sigmoid(z[INSULT_AT]!) >= th),
        )}`,
      );
  }
  const shipped = zBy.get(SETTINGS.l2.topics);
  if (shipped) topicBreakdown(lang, scored, groupsOf, shipped);
  const sentimentZ = zBy.get(SETTINGS.l2.sentiment);
  if (sentimentZ) {
    const bias = SETTINGS.negativeBias[lang] ?? 0.1;
    out(`  sentiment by writer (λ ${SETTINGS.l2.sentiment}, margin ${bias}), learned / rules alone:`);
    const without = process.env.ORM_CV_WITHOUT; // a suffix of writers left out of this sum, e.g. -j
    const sets = [...new Set(groupsOf)].map((g) => [g, (h: string) => h === g] as const);
    if (without) sets.push([`all but *${without}`, (h: string) => !h.endsWith(without)]);
    for (const [name, has] of sets) {
      const at = scored.flatMap((_, i) => (has(groupsOf[i]!) ? [i] : []));
      const rows = at.map((i) => scored[i]!);
      out(
        `    ${name.padEnd(17)} n ${String(at.length).padStart(4)}  ${sentimentFigures(
          rows,
          at.map((i) => sentimentOf(softmax3(sentimentZ[i]!), bias).label),
        )}  /  ${sentimentFigures(
          rows,
          rows.map((r) => r.rules.sentiment),
        )}`,
      );
    }
  }
  const dump = opt("dump");
  if (shipped && dump)
    scored.forEach((r, i) => {
      const p = topicsAt(shipped[i]!, SETTINGS.topicThreshold).includes(dump);
      const g = r.topics.includes(dump);
      if (p !== g)
        out(`  ${g ? "missed" : "extra "} ${dump}: ${groupsOf[i]} [${r.topics.join(",")}] ${r.text}`);
    });
}

/** Per topic, and per writer, the cross-validated topic scores at the shipped λ and threshold. */
function topicBreakdown(lang: string, scored: Row[], groupsOf: string[], zs: Float64Array[]): void {
  const pred = zs.map((z) => topicsAt(z, SETTINGS.topicThreshold));
  const show = (name: string, s: Prf, tail: string) =>
    out(
      `    ${name.padEnd(17)} n ${String(s.support).padStart(4)}  P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)}${tail}`,
    );
  const line = (name: string, gold: string[][], p: string[][], rules: string[][]) =>
    show(name, setScores(gold, p), `   rules F1 ${f3(setScores(gold, rules).f1)}`);
  out(`  topics by topic (λ ${SETTINGS.l2.topics}, threshold ${SETTINGS.topicThreshold}):`);
  for (const t of LEARNED_TOPICS) {
    const only = (xs: string[][]) => xs.map((x) => x.filter((y) => y === t));
    line(t, only(scored.map((r) => r.topics)), only(pred), only(scored.map((r) => r.rules.topics)));
  }
  const bias = SETTINGS.negativeBias[lang] ?? 0.1;
  // As the analyser keeps it: praise on every positive mention.
  const withPraise = (i: number) =>
    sentimentOf(softmax3(zs[i]!), bias).label === "positive" ? [...pred[i]!, "praise"] : pred[i]!;
  const all = setScores(
    scored.map((r) => (r.praise ? [...r.topics, "praise"] : r.topics)),
    scored.map((_, i) => withPraise(i)),
  );
  const pp = setScores(
    scored.map((r) => (r.praise ? ["praise"] : [])),
    scored.map((_, i) => withPraise(i).filter((y) => y === "praise")),
  );
  show("praise", pp, "   (follows the sentiment)");
  show("all, with praise", all, "  (as npm run eval counts)");
  out("  topics by writer:");
  for (const g of [...new Set(groupsOf)]) {
    const at = scored.flatMap((_, i) => (groupsOf[i] === g ? [i] : []));
    line(
      g,
      at.map((i) => scored[i]!.topics),
      at.map((i) => pred[i]!),
      at.map((i) => scored[i]!.rules.topics),
    );
  }
}

function trainAndWrite(lang: string): void {
  const items = [...train, ...corpus].filter((i) => i.lang === lang);
  const rows = items.flatMap((i) => rowOf(i) ?? []);
  const model = fitHeads(rows, l2Vector(SETTINGS.l2));
  const features: string[] = [];
  const weights: number[] = [];
  for (const [f, k] of model.index) {
    const w = Array.from({ length: K }, (_, c) => Math.round(model.w[k * K + c]! * 1e3) / 1e3);
    if (Math.max(...w.map(Math.abs)) < 0.005) continue;
    features.push(f);
    weights.push(...w);
  }
  const file: LearnedModelFile = {
    lang,
    version: 3,
    outputs: OUTPUTS,
    stemLength: SETTINGS.stemLength,
    negativeBias: SETTINGS.negativeBias[lang] ?? 0.1,
    topicThreshold: SETTINGS.topicThreshold,
    insultThreshold: SETTINGS.insultThreshold,
    trainedOn: {
      dataTrain: train.filter((i) => i.lang === lang).length,
      corpusTune: corpus.filter((i) => i.lang === lang).length,
      epochs,
    },
    features,
    weights,
  };
  mkdirSync(MODELS_DIR, { recursive: true });
  writeFileSync(join(MODELS_DIR, `analysis-${lang}.json`), `${JSON.stringify(file)}\n`);
  out(`${lang}: fitted on ${rows.length} mentions, ${features.length} features kept`);
}

for (const lang of langs) {
  if (validate) crossValidate(lang);
  else trainAndWrite(lang);
}
