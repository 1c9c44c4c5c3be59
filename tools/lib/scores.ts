import { SENTIMENT_LABELS, type SentimentLabel } from "../../src/core/analysis.js";
import { sentimentScores } from "../../test/eval/metrics.js";

/** The figures the evaluation reports for one set. */
export interface SetScores {
  n: number;
  macroF1: number;
  /** Mean F1 of positive and negative (the SentiRuEval measure). */
  f1PosNeg: number;
  negPrecision: number;
  negRecall: number;
  /** Predicted negatives / true negatives (NaN without true negatives). */
  negRatio: number;
  /** confusion[gold][pred], in SENTIMENT_LABELS order. */
  confusion: number[][];
}

export function scoreSet(gold: readonly SentimentLabel[], pred: readonly SentimentLabel[]): SetScores {
  const s = sentimentScores([...gold], [...pred]);
  const confusion = SENTIMENT_LABELS.map(() => [0, 0, 0]);
  gold.forEach((g, i) => {
    confusion[SENTIMENT_LABELS.indexOf(g)]![SENTIMENT_LABELS.indexOf(pred[i]!)]!++;
  });
  const trueNeg = gold.filter((g) => g === "negative").length;
  const predNeg = pred.filter((p) => p === "negative").length;
  return {
    n: gold.length,
    macroF1: s.macroF1,
    f1PosNeg: (s.perLabel.positive.f1 + s.perLabel.negative.f1) / 2,
    negPrecision: s.perLabel.negative.precision,
    negRecall: s.perLabel.negative.recall,
    negRatio: trueNeg ? predNeg / trueNeg : Number.NaN,
    confusion,
  };
}

/** Label index of the largest of three numbers (ties to the lower index but neutral first). */
export function argmax3(p: ArrayLike<number>): number {
  if (p[1]! >= p[0]! && p[1]! >= p[2]!) return 1;
  return p[0]! >= p[2]! ? 0 : 2;
}
