import { createHash } from "node:crypto";
import { canonicalUrl } from "../core/mention-id.js";

/** Words of a text, lower-cased, letters and digits only. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize("NFKC")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function fingerprintOf(w: string[]): string | null {
  if (w.length < 12) return null;
  return createHash("sha1").update(w.join(" ")).digest("base64url").slice(0, 22);
}

const BANDS = 6;
const ROWS = 5;
const SHINGLE_WORDS = 5;
const MIN_NEAR_DUP_WORDS = 25;
const MAX_NEAR_DUP_WORDS = 400;

/** Fixed odd multipliers and offsets for the MinHash permutations (same on every replica, every run). */
const PERMS: Array<[number, number]> = (() => {
  let x = 0x9e3779b9;
  const next = () => {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return x;
  };
  return Array.from({ length: BANDS * ROWS }, () => [next() | 1, next()] as [number, number]);
})();

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Locality-sensitive keys for near-duplicate texts (the same press release with a different dateline or
 * footer on each site): MinHash over 5-word shingles in 6 bands of 5. Two texts whose shingle sets overlap
 * 80% share a band ~90% of the time, at 20% ~0.2%. Empty for texts under 25 words.
 */
export function nearDuplicateKeys(text: string): string[] {
  return nearKeysOf(words(text));
}

function nearKeysOf(all: string[]): string[] {
  const w = all.length > MAX_NEAR_DUP_WORDS ? all.slice(0, MAX_NEAR_DUP_WORDS) : all;
  if (w.length < MIN_NEAR_DUP_WORDS) return [];
  const mins = new Array<number>(PERMS.length).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    const h = fnv1a(w.slice(i, i + SHINGLE_WORDS).join(" "));
    for (let p = 0; p < PERMS.length; p++) {
      const [a, b] = PERMS[p]!;
      const v = (Math.imul(h, a) + b) >>> 0;
      if (v < mins[p]!) mins[p] = v;
    }
  }
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    const rows = mins.slice(band * ROWS, band * ROWS + ROWS).map((n) => n.toString(36));
    keys.push(`near:${band}:${rows.join(".")}`);
  }
  return keys;
}

/** Every key under which a mention counts as already seen. */
export function dedupeKeys(m: { id: string; url: string | null; text: string }): string[] {
  const keys = [`id:${m.id}`];
  const canon = m.url ? canonicalUrl(m.url) : null;
  if (canon) keys.push(`url:${canon}`);
  const w = words(m.text); // split once for both text keys
  const fp = fingerprintOf(w);
  if (fp) keys.push(`text:${fp}`);
  keys.push(...nearKeysOf(w));
  return keys;
}
