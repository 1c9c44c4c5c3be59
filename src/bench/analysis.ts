import { NaturalSentimentBaseline } from "../analysis/baseline/natural-sentiment.js";
import { createAnalyzer } from "../analysis/index.js";
import { AnalysisConfigSchema } from "../config/sections/analysis.js";
import { type BenchFigure, type BenchSuite, withBaseline } from "./figure.js";

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

function perSecond(fn: (text: string) => unknown, texts: string[], minMs: number): number {
  for (const t of texts.slice(0, 50)) fn(t);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) fn(t);
    n += texts.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (n / elapsed) * 1000;
}

/**
 * Full analyses per second (language, sentiment, topics, insults, PII, reach, priority) on 280-character
 * English texts, beside natural's stock SentimentAnalyzer (sentiment only) on the same texts.
 */
export const analysisBench: BenchSuite = async ({ quick }) => {
  const analyzer = createAnalyzer({
    languages: ["en", "es", "ru"],
    analysis: AnalysisConfigSchema.parse({}),
  });
  const natural = NaturalSentimentBaseline.for("en")!;
  const texts = benchTexts(200);
  const minMs = quick ? 200 : 2000;
  const ours = perSecond((t) => analyzer.analyze(t, { reach: 1200 }), texts, minMs);
  const base = perSecond((t) => natural.score(t), texts, minMs);
  const figures: BenchFigure[] = [withBaseline("analyze", ours, "per_s", "natural SentimentAnalyzer", base)];
  return figures;
};
