import { statSync } from "node:fs";
import { NaturalSentimentBaseline } from "../analysis/baseline/natural-sentiment.js";
import { createAnalyzer } from "../analysis/index.js";
import { SentimentClassifier, sentimentModelPath } from "../analysis/learned-sentiment/classifier.js";
import { AnalysisConfigSchema } from "../config/sections/analysis.js";
import { type BenchFigure, type BenchSuite, round, withBaseline } from "./figure.js";

const SENTENCES = [
  "I ordered from Acme two weeks ago and the package still hasn't arrived.",
  "Support never answers, worst customer service ever.",
  "Honestly the blender is not bad at all, much better than I expected!",
  "The app keeps crashing at checkout, tried three times and gave up.",
  "Refund came through in two days, no questions asked. Great service.",
  "Please call me back on +1 415 555 0132 about order #48213, thanks.",
  "They charged my card twice and nobody replies to my emails at all.",
];

/** Deterministic English texts of exactly `chars` characters, cut from varied review sentences. */
export function benchTexts(count: number, chars = 280): string[] {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = "";
    for (let j = i; t.length < chars; j += 3) t += `${SENTENCES[j % SENTENCES.length]} `;
    texts.push(t.slice(0, chars));
  }
  return texts;
}

/**
 * Rates per second of several functions over the same texts, measured in interleaved slices (each
 * function in turn, `sliceMs` at a time, until each has had `minMs`), so a noisy, shared machine slows
 * them alike and their ratios hold.
 */
function interleavedRates(fns: Array<(text: string) => unknown>, texts: string[], minMs: number): number[] {
  for (const fn of fns) for (let i = 0; i < 3; i++) for (const t of texts) fn(t);
  const counts = fns.map(() => 0);
  const times = fns.map(() => 0);
  const sliceMs = Math.min(200, minMs / 4);
  while (times.some((ms) => ms < minMs)) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      let elapsed = 0;
      do {
        for (const t of texts) fn(t);
        counts[k]! += texts.length;
        elapsed = performance.now() - start;
      } while (elapsed < sliceMs);
      times[k]! += elapsed;
    });
  }
  return counts.map((n, k) => (n / times[k]!) * 1000);
}

/**
 * Full analyses per second (language, sentiment, topics, insults, PII, reach, priority) on 280-character
 * English texts, beside natural's stock SentimentAnalyzer (sentiment only) on the same texts, and the
 * same analysis with the rules alone (`analysis.sentimentModel: rules`, no learned layer).
 */
export const analysisBench: BenchSuite = async ({ quick }) => {
  const make = (sentimentModel: "learned" | "rules") =>
    createAnalyzer({
      languages: ["en", "es", "ru"],
      analysis: AnalysisConfigSchema.parse({ sentimentModel }),
    });
  const analyzer = make("learned");
  const rules = make("rules");
  const natural = NaturalSentimentBaseline.for("en")!;
  const texts = benchTexts(200);
  const [ours, base, rulesOnly] = interleavedRates(
    [
      (t) => analyzer.analyze(t, { reach: 1200 }),
      (t) => natural.score(t),
      (t) => rules.analyze(t, { reach: 1200 }),
    ],
    texts,
    quick ? 200 : 2000,
  );
  return [
    withBaseline("analyze", ours!, "per_s", "natural SentimentAnalyzer", base!),
    withBaseline("analyze (rules alone)", rulesOnly!, "per_s", "natural SentimentAnalyzer", base!),
    ...modelFigures(),
  ];
};

/** Each sentiment model's file size (budget 15 MB) and load time (budget 300 ms, best of 3 loads). */
function modelFigures(): BenchFigure[] {
  return ["en", "es", "ru"].flatMap((lang) => {
    const path = sentimentModelPath(lang);
    const ms = Math.min(...[0, 1, 2].map(() => SentimentClassifier.load(path).loadMs));
    return [
      { name: `sentiment model ${lang} size`, value: round(statSync(path).size / 1e6), unit: "MB" },
      { name: `sentiment model ${lang} load`, value: round(ms), unit: "ms" },
    ];
  });
}
