import { SENTIMENT_LABELS, type SentimentLabel } from "../../src/core/analysis.js";

/** Precision, recall and F1 of one label. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}

/** Per-label P/R/F1 and their macro-F1 for sentiment predictions. */
export function sentimentScores(
  gold: SentimentLabel[],
  pred: SentimentLabel[],
): { perLabel: Record<SentimentLabel, Prf>; macroF1: number; accuracy: number } {
  const perLabel = {} as Record<SentimentLabel, Prf>;
  for (const label of SENTIMENT_LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i];
      if (g === label && p === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    perLabel[label] = prf(tp, fp, fn);
  }
  const macroF1 = SENTIMENT_LABELS.reduce((s, l) => s + perLabel[l].f1, 0) / SENTIMENT_LABELS.length;
  const accuracy = gold.length ? gold.filter((g, i) => g === pred[i]).length / gold.length : 0;
  return { perLabel, macroF1, accuracy };
}

/** Micro-averaged P/R/F1 over sets of labels (topics), pooling every item's labels. */
export function setScores(gold: string[][], pred: string[][]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = new Set(pred[i]);
    const gs = new Set(g);
    for (const x of p)
      if (gs.has(x)) tp++;
      else fp++;
    for (const x of gs) if (!p.has(x)) fn++;
  });
  return prf(tp, fp, fn);
}

/** P/R/F1 of a binary flag (insult). */
export function binaryScores(gold: boolean[], pred: boolean[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (g && pred[i]) tp++;
    else if (pred[i]) fp++;
    else if (g) fn++;
  });
  return prf(tp, fp, fn);
}

/** Share of items whose predicted set equals the gold set exactly. */
export function exactMatch(gold: string[][], pred: string[][]): number {
  if (!gold.length) return 0;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  return gold.filter((g, i) => same(g, pred[i] ?? [])).length / gold.length;
}

/** A number as a fixed 3-decimal string. */
export const f3 = (x: number): string => x.toFixed(3);
