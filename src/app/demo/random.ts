/** A seeded PRNG (mulberry32): the demo's history is the same on every machine and every run. */
export function rng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A gamma(shape, 1) draw (Marsaglia–Tsang), for overdispersed counts. */
export function gamma(rand: () => number, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const u1 = rand();
    const u2 = rand();
    const x = Math.sqrt(-2 * Math.log(u1 || 1e-12)) * Math.cos(2 * Math.PI * u2);
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(rand() || 1e-12) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A Poisson draw with this mean (Knuth; fine for the small means of hourly mentions). */
export function poisson(rand: () => number, mean: number): number {
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

/** One element of `list`, uniformly. */
export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** An index in [0, n) with a Zipf-like skew: a few are picked often, most rarely (repeat authors). */
export function skewedIndex(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * rand() ** 2.2));
}

/** A log-normal draw around `median` (spread `sigma` in natural-log units), rounded. */
export function logNormal(rand: () => number, median: number, sigma: number): number {
  const z = Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
  return Math.round(median * Math.exp(sigma * z));
}
