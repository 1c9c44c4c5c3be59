import { describe, expect, it } from "vitest";
import { parseToolArgs } from "../../../tools/lib/cli.js";
import type { Row } from "../../../tools/lib/datasets.js";
import {
  DEFAULT_SETTINGS,
  type Encoded,
  fitWeights,
  LANGUAGE_SETTINGS,
  sampleWeights,
} from "../../../tools/lib/fit.js";
import { nbScales } from "../../../tools/lib/nb.js";

/** Bucket 1 only in negatives, bucket 2 in every row (uninformative), bucket 3 only in positives. */
function tiny(): Encoded {
  const buckets: Int32Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 30; i++) {
    buckets.push(Int32Array.of(1, 2), Int32Array.of(2), Int32Array.of(3, 2));
    labels.push(0, 1, 2);
  }
  return { buckets, labels: Uint8Array.from(labels), weights: new Float32Array(buckets.length).fill(1) };
}

const norm = (w: Float32Array) => Math.sqrt(w.reduce((s, x) => s + x * x, 0));

describe("fitting settings", () => {
  it("NB scaling weighs class-specific buckets above ones every class has; mix 0 leaves all at 1", () => {
    const scale = nbScales(tiny(), 4, 0.5);
    expect(scale[1]!).toBeGreaterThan(scale[2]!);
    expect(scale[3]!).toBeGreaterThan(scale[2]!);
    expect([...nbScales(tiny(), 4, 0)].every((x) => x === 1)).toBe(true);
  });

  it("NB-scaled fitting still learns the classes, deterministically", () => {
    const s = { ...DEFAULT_SETTINGS, bits: 4, nb: 0.5 };
    const w = fitWeights(tiny(), s);
    expect(w[1 * 3 + 0]!).toBeGreaterThan(w[1 * 3 + 2]!);
    expect(w[3 * 3 + 2]!).toBeGreaterThan(w[3 * 3 + 0]!);
    expect(fitWeights(tiny(), s)).toEqual(w);
  });

  it("L2 shrinks the weights; averaging seeds gives one model of the same shape", () => {
    const s = { ...DEFAULT_SETTINGS, bits: 4 };
    expect(norm(fitWeights(tiny(), { ...s, l2: 0.01 }))).toBeLessThan(norm(fitWeights(tiny(), s)));
    const averaged = fitWeights(tiny(), { ...s, seeds: 3 });
    expect(averaged).toHaveLength(16 * 3);
    expect(averaged).not.toEqual(fitWeights(tiny(), s));
  });

  it("balances classes within each file or over all rows", () => {
    const row = (file: string, label: Row["label"]): Row => ({
      text: "x",
      label,
      file,
      lang: "es",
      domain: "tweet",
      target: undefined,
      line: 1,
    });
    // file a: 1 negative, 1 positive; file b: 3 negatives, 1 positive
    const rows = [
      row("a", "negative"),
      row("a", "positive"),
      ...Array(3).fill(row("b", "negative")),
      row("b", "positive"),
    ];
    const perFile = sampleWeights(rows, DEFAULT_SETTINGS);
    expect(perFile[0]).toBeCloseTo(1);
    expect(perFile[5]).toBeCloseTo(2);
    const global = sampleWeights(rows, { ...DEFAULT_SETTINGS, classBalance: "global" });
    // 6 rows, 2 classes: negatives 6 / (2 × 4), positives 6 / (2 × 2)
    expect(global[0]).toBeCloseTo(0.75);
    expect(global[1]).toBeCloseTo(1.5);
    expect(global[5]).toBeCloseTo(1.5);
  });

  it("per-language settings apply to their language only, and the command line wins over them", () => {
    const opts = parseToolArgs(["--data", "/tmp"]);
    expect(opts.settingsFor("es").nb).toBe(LANGUAGE_SETTINGS.es!.nb);
    expect(opts.settingsFor("en").nb).toBe(DEFAULT_SETTINGS.nb);
    expect(opts.settingsFor("ru")).toEqual(DEFAULT_SETTINGS);
    expect(parseToolArgs(["--data", "/tmp", "--nb", "0"]).settingsFor("es").nb).toBe(0);
    expect(parseToolArgs(["--data", "/tmp", "--seeds", "3"]).settingsFor("ru").seeds).toBe(3);
  });
});
