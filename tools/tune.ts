// `node .tools-build/tools/tune.js [train options]`: fits each language in memory with the given
// settings (e.g. --bits 18, --epochs 10, --no-rules, --with-templates) and prints the model's dev
// figures per file and on the template set, without writing a model: to measure one choice at a time.

import { calibrated } from "../src/analysis/learned-sentiment/classifier.js";
import { SENTIMENT_LABELS } from "../src/core/analysis.js";
import { loadSplit, parseToolArgs } from "./lib/cli.js";
import type { Row } from "./lib/datasets.js";
import { encodeRows, logits } from "./lib/fit.js";
import { trainLanguage } from "./lib/pipeline.js";
import { argmax3, scoreSet } from "./lib/scores.js";
import { templateRows } from "./lib/templates.js";

const opts = parseToolArgs(process.argv.slice(2));
const split = loadSplit(opts);
const own = templateRows("heldout");
for (const lang of opts.langs) {
  const started = performance.now();
  const t = trainLanguage(
    lang,
    split.train.filter((r) => r.lang === lang),
    split.tune.filter((r) => r.lang === lang),
    opts.settingsFor(lang),
  );
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const report = (name: string, rows: Row[]) => {
    const enc = encodeRows(rows, opts.settings, "none", false);
    const pred = logits(t.weights, enc).map(
      (z) => SENTIMENT_LABELS[argmax3(calibrated(z, t.calibration.temperature, t.calibration.bias))]!,
    );
    const s = scoreSet(
      rows.map((r) => r.label),
      pred,
    );
    console.log(
      `  ${name.padEnd(30)} n=${String(s.n).padStart(5)}  macro-F1 ${s.macroF1.toFixed(3)}  F1± ${s.f1PosNeg.toFixed(3)}  neg ratio ${s.negRatio.toFixed(2)}`,
    );
  };
  console.log(`${lang} (fitted in ${secs} s; tune objective ${t.calibration.tune.objective.toFixed(3)})`);
  const dev = split.dev.filter((r) => r.lang === lang);
  for (const file of [...new Set(dev.map((r) => r.file))])
    report(
      file,
      dev.filter((r) => r.file === file),
    );
  report(`all ${lang} dev`, dev);
  report(
    "own templates",
    own.filter((r) => r.lang === lang),
  );
}
