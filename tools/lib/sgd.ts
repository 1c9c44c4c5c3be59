import type { Encoded, FitSettings } from "./fit.js";
import { seededRandom, shuffle } from "./random.js";

/**
 * Multinomial logistic regression by SGD (shuffled each epoch with `seed`; learning rate decaying
 * linearly to 0, as fastText does), weighted softmax loss, optional L2 (`s.l2`, applied lazily through
 * one shared multiplier) and per-bucket feature scales. Returns float weights, 3 per bucket, for the
 * scaled features.
 */
export function sgd(data: Encoded, s: FitSettings, seed: number, scale: Float32Array | null): Float32Array {
  const w = new Float32Array((1 << s.bits) * 3);
  const order = Array.from(data.buckets.keys());
  const random = seededRandom(seed);
  const total = s.epochs * order.length;
  const sc = (b: number) => (scale ? scale[b]! : 1);
  // the true weights are decay × w (L2 shrinks every weight each step without touching them all)
  let decay = 1;
  let step = 0;
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffle(order, random);
    for (const n of order) {
      const b = data.buckets[n]!;
      const v = 1 / Math.sqrt(b.length);
      let z0 = 0;
      let z1 = 0;
      let z2 = 0;
      for (let i = 0; i < b.length; i++) {
        const at = b[i]! * 3;
        const x = sc(b[i]!);
        z0 += w[at]! * x;
        z1 += w[at + 1]! * x;
        z2 += w[at + 2]! * x;
      }
      const k = v * decay;
      z0 *= k;
      z1 *= k;
      z2 *= k;
      const max = Math.max(z0, z1, z2);
      const e0 = Math.exp(z0 - max);
      const e1 = Math.exp(z1 - max);
      const e2 = Math.exp(z2 - max);
      const sum = e0 + e1 + e2;
      const y = data.labels[n]!;
      const rate = s.learningRate * (1 - step / total);
      if (s.l2 > 0) {
        decay *= 1 - rate * s.l2;
        if (decay < 1e-6) {
          for (let i = 0; i < w.length; i++) w[i]! *= decay;
          decay = 1;
        }
      }
      const lr = (rate * data.weights[n]! * v) / decay;
      const g0 = (e0 / sum - (y === 0 ? 1 : 0)) * lr;
      const g1 = (e1 / sum - (y === 1 ? 1 : 0)) * lr;
      const g2 = (e2 / sum - (y === 2 ? 1 : 0)) * lr;
      for (let i = 0; i < b.length; i++) {
        const at = b[i]! * 3;
        const x = sc(b[i]!);
        w[at]! -= g0 * x;
        w[at + 1]! -= g1 * x;
        w[at + 2]! -= g2 * x;
      }
      step++;
    }
  }
  if (decay !== 1) for (let i = 0; i < w.length; i++) w[i]! *= decay;
  return w;
}
