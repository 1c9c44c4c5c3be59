import type { Row } from "./datasets.js";
import { seededRandom, shuffle } from "./random.js";

export type Part = "train" | "tune" | "dev";

/** Shares of each file's rows held out, per label (stratified). */
export const DEV_SHARE = 0.15;
export const TUNE_SHARE = 0.1;

/**
 * Splits rows into train / tune (calibration) / dev (reported, never fitted nor tuned on), stratified by
 * file and label, seeded: the same data and seed always give the same split.
 */
export function splitRows(rows: readonly Row[], seed: number): Map<Part, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.lang}/${r.file}/${r.label}`;
    const g = groups.get(key) ?? [];
    g.push(r);
    groups.set(key, g);
  }
  const out = new Map<Part, Row[]>([
    ["train", []],
    ["tune", []],
    ["dev", []],
  ]);
  for (const key of [...groups.keys()].sort()) {
    const g = shuffle(groups.get(key)!.slice(), seededRandom(seed ^ hash(key)));
    const dev = Math.round(g.length * DEV_SHARE);
    const tune = Math.round(g.length * TUNE_SHARE);
    out.get("dev")!.push(...g.slice(0, dev));
    out.get("tune")!.push(...g.slice(dev, dev + tune));
    out.get("train")!.push(...g.slice(dev + tune));
  }
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
