// `npm run train`: fits the learned sentiment model per language on the labelled datasets and writes
// models/sentiment-<lang>.bin (see models/README.md). Deterministic for a given data folder and seed.
//
//   npm run train -- [--data DIR] [--lang en,es,ru] [--corrections FILE] [--corrections-weight 5]
//                    [--out DIR] [--seed 13] [--bits 19] [--epochs 6]
//
// DIR defaults to ../shared/datasets (or ORM_DATASETS). Each file's rows are split, stratified and
// seeded, into train (75 %), tune (10 %, calibration) and dev (15 %, reported by `npm run eval`, never
// fitted on). Team corrections (`orm-bot corrections --out FILE`, same line format, source
// "corrections") are split the same way and weigh `--corrections-weight` each.
import { mkdirSync, writeFileSync } from "node:fs";
import { SENTIMENT_MODELS_DIR, sentimentModelPath } from "../src/analysis/learned-sentiment/classifier.js";
import { loadSplit, parseToolArgs } from "./lib/cli.js";
import { modelBytes, trainLanguage } from "./lib/pipeline.js";

const opts = parseToolArgs(process.argv.slice(2));
const out = opts.out ?? SENTIMENT_MODELS_DIR;
const split = loadSplit(opts);
mkdirSync(out, { recursive: true });
for (const lang of opts.langs) {
  const train = split.train.filter((r) => r.lang === lang);
  const tune = split.tune.filter((r) => r.lang === lang);
  if (!train.length) {
    console.error(`${lang}: no training rows, model not written`);
    continue;
  }
  const started = performance.now();
  const t = trainLanguage(lang, train, tune, opts.settingsFor(lang));
  const path = sentimentModelPath(lang, out);
  const bytes = modelBytes(t);
  writeFileSync(path, bytes);
  const c = t.calibration;
  console.log(
    `${lang}: ${train.length} rows fitted, ${tune.length} for calibration in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path} (${(bytes.length / 1e6).toFixed(1)} MB)\n` +
      `    temperature ${c.temperature.toFixed(2)}, biases ${c.bias.map((x) => x.toFixed(2)).join(" / ")}, alert threshold P(neg) ≥ ${c.negativeThreshold}, tune macro-F1 ${c.tune.objective.toFixed(3)}, worst neg ratio ${c.tune.worstNegRatio.toFixed(2)}`,
  );
}
