import { calibrated } from "../../src/analysis/learned-sentiment/classifier.js";
import { argmax3 } from "./scores.js";

/** One tune row: raw logits, gold label index, and its file. */
export interface TuneRow {
  z: Float64Array;
  y: number;
  file: string;
}

export interface Calibration {
  temperature: number;
  bias: [number, number, number];
  negativeThreshold: number;
  /** What the tune set scored at these settings. */
  tune: { objective: number; worstNegRatio: number };
}

/** Predicted negatives may be at most this many times the true ones on every tune file. */
export const MAX_NEG_RATIO = 1.2;

/**
 * Calibrates on the tune rows: first temperature and class biases for log-loss (gradient descent on
 * 1/T and the biases), so the probabilities mean what they say on data with the real class balance;
 * then the biases are shifted (grid, ±1 by 0.05) to the best mean macro-F1 over the tune files
 * (`objectiveFiles`), keeping predicted negatives ≤ MAX_NEG_RATIO × true ones in each.
 */
export function calibrate(rows: TuneRow[], objectiveFiles: readonly string[]): Calibration {
  let a = 1;
  const b = [0, 0, 0];
  for (let it = 0; it < 400; it++) {
    let ga = 0;
    const gb = [0, 0, 0];
    for (const r of rows) {
      const p = calibrated(r.z, 1 / a, b);
      for (let k = 0; k < 3; k++) {
        const d = p[k]! - (k === r.y ? 1 : 0);
        ga += d * r.z[k]!;
        gb[k]! += d;
      }
    }
    a -= (0.5 * ga) / rows.length;
    for (let k = 0; k < 3; k++) b[k]! -= (0.5 * gb[k]!) / rows.length;
    a = Math.max(0.05, a);
  }
  b[0]! -= b[1]!;
  b[2]! -= b[1]!;
  b[1] = 0;
  const files = [...new Set(rows.map((r) => r.file))];
  const fileOf = rows.map((r) => files.indexOf(r.file));
  const objective = files.map((f) => objectiveFiles.includes(f));
  let best = { score: -1, d0: 0, d2: 0, worst: 0 };
  for (let d0 = -1; d0 <= 1.0001; d0 += 0.05)
    for (let d2 = -1; d2 <= 1.0001; d2 += 0.05) {
      const bias = [b[0]! + d0, 0, b[2]! + d2];
      const conf = files.map(() => new Float64Array(9));
      rows.forEach((r, i) => {
        const p = calibrated(r.z, 1 / a, bias);
        conf[fileOf[i]!]![r.y * 3 + argmax3(p)]!++;
      });
      let worst = 0;
      let sum = 0;
      let count = 0;
      conf.forEach((c, f) => {
        const trueNeg = c[0]! + c[1]! + c[2]!;
        const predNeg = c[0]! + c[3]! + c[6]!;
        if (trueNeg >= 10) worst = Math.max(worst, predNeg / trueNeg);
        if (objective[f]) {
          sum += macroF1(c);
          count++;
        }
      });
      const score = count ? sum / count : 0;
      if (worst <= MAX_NEG_RATIO && score > best.score) best = { score, d0, d2, worst };
    }
  const bias: [number, number, number] = [b[0]! + best.d0, 0, b[2]! + best.d2];
  return {
    temperature: 1 / a,
    bias,
    negativeThreshold: bestNegativeThreshold(rows, 1 / a, bias),
    tune: { objective: best.score, worstNegRatio: best.worst },
  };
}

function macroF1(c: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < 3; k++) {
    const tp = c[k * 3 + k]!;
    const pred = c[k]! + c[3 + k]! + c[6 + k]!;
    const gold = c[k * 3]! + c[k * 3 + 1]! + c[k * 3 + 2]!;
    sum += pred + gold ? (2 * tp) / (pred + gold) : 0;
  }
  return sum / 3;
}

/**
 * The alert threshold on P(negative): the best F1 of "negative" as a yes/no call over the tune rows,
 * among thresholds that keep alerts ≤ MAX_NEG_RATIO × true negatives.
 */
function bestNegativeThreshold(rows: TuneRow[], temperature: number, bias: number[]): number {
  const p = rows.map((r) => calibrated(r.z, temperature, bias)[0]);
  const trueNeg = rows.filter((r) => r.y === 0).length;
  let best = { f1: -1, t: 0.5 };
  for (let t = 0.2; t <= 0.8001; t += 0.01) {
    let tp = 0;
    let predicted = 0;
    rows.forEach((r, i) => {
      if (p[i]! >= t) {
        predicted++;
        if (r.y === 0) tp++;
      }
    });
    const f1 = predicted + trueNeg ? (2 * tp) / (predicted + trueNeg) : 0;
    if (predicted <= MAX_NEG_RATIO * trueNeg && f1 > best.f1) best = { f1, t: Math.round(t * 100) / 100 };
  }
  return best.t;
}
