// `npm run eval`: the sentiment analysis on text nobody here wrote. Per language and per dataset file,
// on the dev split `npm run train` held out (15 % of each file, stratified, seeded), and with whole
// corpora held out (a model fitted here without them: domain shift), beside the baselines (the rules
// alone, natural's analyser, the majority class); then the brand mentions we wrote ourselves (the
// template corpus's held-out split), and language and topics on real posts. Markdown tables on stdout.
//
//   npm run eval -- [--data DIR] [--lang en,es,ru] [--out MODELS_DIR] [--corrections FILE]
//                   [--no-shift] [--with-templates]
import { NaturalSentimentBaseline } from "../src/analysis/baseline/natural-sentiment.js";
import { createAnalyzer } from "../src/analysis/index.js";
import { BrandMatcher } from "../src/analysis/learned-sentiment/brand.js";
import {
  calibrated,
  SentimentClassifier,
  sentimentModelPath,
} from "../src/analysis/learned-sentiment/classifier.js";
import { sentimentFromProbabilities } from "../src/analysis/learned-sentiment/verdict.js";
import { AnalysisConfigSchema } from "../src/config/sections/analysis.js";
import type { SentimentLabel } from "../src/core/analysis.js";
import { SENTIMENT_LABELS } from "../src/core/analysis.js";
import { evalLanguageAndTopics } from "../test/eval/rules-eval.js";
import { loadSplit, parseToolArgs } from "./lib/cli.js";
import type { Row } from "./lib/datasets.js";
import { encodeRows, logits, ruleFlagsOf } from "./lib/fit.js";
import { trainLanguage } from "./lib/pipeline.js";
import { argmax3, type SetScores, scoreSet } from "./lib/scores.js";
import { targetNames } from "./lib/targets.js";
import { templateRows } from "./lib/templates.js";

const opts = parseToolArgs(process.argv.slice(2));
const split = loadSplit(opts);
const out = (s = "") => process.stdout.write(`${s}\n`);
const f = (x: number) => (Number.isNaN(x) ? "–" : x.toFixed(3));
const ratio = (x: number) => (Number.isNaN(x) ? "–" : x.toFixed(2));

const ours = createAnalyzer({
  languages: ["en", "es", "ru"],
  analysis: AnalysisConfigSchema.parse({}),
  ...(opts.out ? { modelsDir: opts.out } : {}),
});
const rules = createAnalyzer({
  languages: ["en", "es", "ru"],
  analysis: AnalysisConfigSchema.parse({ sentimentModel: "rules" }),
});

/** The shipped model of a language read directly, with a row's target as the brand. */
const classifiers = new Map(
  opts.langs.map((l) => [l, SentimentClassifier.load(sentimentModelPath(l, opts.out))]),
);
function withTarget(r: Row): SentimentLabel {
  const names = targetNames(r.target);
  const p = classifiers
    .get(r.lang)!
    .probabilities(r.text, names.length ? new BrandMatcher(names) : null, ruleFlagsOf(r.text));
  return sentimentFromProbabilities(p).label;
}

function majority(file: string, lang: string): SentimentLabel {
  const counts = new Map<SentimentLabel, number>();
  for (const r of split.train)
    if (r.file === file && r.lang === lang) counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "neutral";
}

const HEADER =
  "| set | n | macro-F1 | F1 pos+neg | neg P | neg R | neg pred/true | rules macro-F1 / F1± | natural macro-F1 | majority macro-F1 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

function line(name: string, rows: Row[], pred: SentimentLabel[], lang: string): SetScores {
  const gold = rows.map((r) => r.label);
  const s = scoreSet(gold, pred);
  const r = scoreSet(
    gold,
    rows.map((x) => rules.analyze(x.text).sentiment.label),
  );
  const natural = NaturalSentimentBaseline.for(lang);
  const n = natural
    ? f(
        scoreSet(
          gold,
          rows.map((x) => natural.label(x.text)),
        ).macroF1,
      )
    : "–";
  const maj = f(
    scoreSet(
      gold,
      rows.map(() => majority(rows[0]!.file, lang)),
    ).macroF1,
  );
  out(
    `| ${name} | ${s.n} | **${f(s.macroF1)}** | **${f(s.f1PosNeg)}** | ${f(s.negPrecision)} | ${f(s.negRecall)} | ${ratio(s.negRatio)} | ${f(r.macroF1)} / ${f(r.f1PosNeg)} | ${n} | ${maj} |`,
  );
  return s;
}

function confusionLine(name: string, s: SetScores): string {
  const c = s.confusion.map((row) => row.join(" ")).join(" · ");
  return `| ${name} | ${c} |`;
}

const byFile = (rows: Row[], lang: string) => {
  const files = [...new Set(rows.filter((r) => r.lang === lang).map((r) => r.file))];
  return files.map((file) => [file, rows.filter((r) => r.lang === lang && r.file === file)] as const);
};

out(
  `# Sentiment evaluation (${new Date().toISOString().slice(0, 10)}; \`npm run eval\`, seed ${opts.settings.seed})`,
);
out("\nOurs = the full analyser (`orm-bot analyze` without a brand configured), on each file's dev split.");
out("Confusion: rows gold negative · neutral · positive, columns predicted in the same order.\n");
for (const lang of opts.langs) {
  out(`## ${lang}\n`);
  out(HEADER);
  const confusions: string[] = [];
  const all: Row[] = [];
  const allPred: SentimentLabel[] = [];
  for (const [file, rows] of byFile(split.dev, lang)) {
    const pred = rows.map((r) => ours.analyze(r.text).sentiment.label);
    confusions.push(confusionLine(file, line(file, rows, pred, lang)));
    all.push(...rows);
    allPred.push(...pred);
  }
  line(`all ${lang} dev`, all, allPred, lang);
  const targeted = byFile(split.dev, lang).filter(([, rows]) => rows.some((r) => r.target));
  if (targeted.length) {
    out("\nWith the row's target configured as the brand (`<brand>`), the model alone:\n");
    out(HEADER);
    for (const [file, rows] of targeted) line(`${file} (brand)`, rows, rows.map(withTarget), lang);
  }
  out("\n| confusion | neg→ · neu→ · pos→ |\n| --- | --- |");
  for (const c of confusions) out(c);
  out();
}

/** Own set: template mentions we wrote, held-out split. */
out("## Brand mentions we wrote ourselves (template corpus, held-out split)\n");
out(HEADER);
const own = templateRows("heldout");
for (const lang of opts.langs) {
  const rows = own.filter((r) => r.lang === lang);
  if (rows.length)
    line(
      `own ${lang}`,
      rows,
      rows.map((r) => ours.analyze(r.text).sentiment.label),
      lang,
    );
}

/** Predicted labels of rows under a model fitted here. */
function predictWith(t: ReturnType<typeof trainLanguage>, rows: Row[]): SentimentLabel[] {
  const enc = encodeRows(rows, opts.settings, "none", false);
  return logits(t.weights, enc).map(
    (z) => SENTIMENT_LABELS[argmax3(calibrated(z, t.calibration.temperature, t.calibration.bias))]!,
  );
}

out("## Language and topics on real posts (the rules; half of each file no word list was tuned on)\n");
out(await evalLanguageAndTopics(opts.data));
out();

if (opts.corrections) {
  out("\n## The team's corrections: their held-out part, without and with the rest of them\n");
  out(HEADER);
  for (const lang of opts.langs) {
    const held = split.dev.filter((r) => r.lang === lang && r.file === "corrections");
    if (!held.length) continue;
    const of = (rows: Row[], withCorrections: boolean) =>
      rows.filter((r) => r.lang === lang && (withCorrections || r.file !== "corrections"));
    const without = trainLanguage(
      lang,
      of(split.train, false),
      of(split.tune, false),
      opts.settingsFor(lang),
    );
    const withThem = trainLanguage(lang, of(split.train, true), of(split.tune, true), opts.settingsFor(lang));
    line(`${lang} corrections, model without them`, held, predictWith(without, held), lang);
    line(`${lang} corrections, model with the others`, held, predictWith(withThem, held), lang);
  }
}

const SHIFT: Record<string, string[]> = {
  en: ["apple_twitter_sentiment", "twitter_us_airline_sentiment"],
  es: ["intertass2017_es", "spanish_airline_tweets"],
  ru: ["sentirueval2016_banks", "sentirueval2016_telecom"],
};
if (!opts.flags.has("no-shift")) {
  out("\n## Domain shift: a whole corpus held out\n");
  out(
    "A model fitted here on the other files (train split; calibrated on their tune split), scored on every row of the held-out file.\n",
  );
  out(HEADER);
  for (const lang of opts.langs)
    for (const file of SHIFT[lang] ?? []) {
      const keep = (r: Row) => r.lang === lang && r.file !== file;
      const t = trainLanguage(
        lang,
        split.train.filter(keep),
        split.tune.filter(keep),
        opts.settingsFor(lang),
      );
      const rows = [...split.train, ...split.tune, ...split.dev].filter(
        (r) => r.lang === lang && r.file === file,
      );
      const pred = predictWith(t, rows);
      line(`${file} (unseen)`, rows, pred, lang);
    }
}
