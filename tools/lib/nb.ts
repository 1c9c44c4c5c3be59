import type { Encoded } from "./fit.js";

/**
 * NB-SVM style feature scales (Wang & Manning 2012, one class against the rest for three classes):
 * per bucket, r_c = log((p_c / |p_c|) / (q_c / |q_c|)) with p_c the weighted count of class-c rows
 * holding the bucket, q_c the rest's, both smoothed by 1; the scale is (1 − mix) + mix × max_c |r_c|.
 */
export function nbScales(data: Encoded, bits: number, mix: number): Float32Array {
  const size = 1 << bits;
  const counts = new Float64Array(size * 3);
  const seen = new Int32Array(size).fill(-1);
  data.buckets.forEach((b, n) => {
    const y = data.labels[n]!;
    const wt = data.weights[n]!;
    for (let i = 0; i < b.length; i++) {
      const f = b[i]!;
      if (seen[f] === n) continue; // binarised: once per row
      seen[f] = n;
      counts[f * 3 + y]! += wt;
    }
  });
  const totals = [0, 0, 0];
  for (let f = 0; f < size; f++) for (let c = 0; c < 3; c++) totals[c]! += counts[f * 3 + c]! + 1;
  const all = totals[0]! + totals[1]! + totals[2]!;
  const scale = new Float32Array(size);
  for (let f = 0; f < size; f++) {
    const row = counts[f * 3]! + counts[f * 3 + 1]! + counts[f * 3 + 2]! + 3;
    let best = 0;
    for (let c = 0; c < 3; c++) {
      const p = (counts[f * 3 + c]! + 1) / totals[c]!;
      const q = (row - counts[f * 3 + c]! - 1) / (all - totals[c]!);
      best = Math.max(best, Math.abs(Math.log(p / q)));
    }
    scale[f] = 1 - mix + mix * best;
  }
  return scale;
}
