import { createHash } from "node:crypto";

const TRACKING_PARAM =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|ref_src)$/i;

/** A URL in the one form every copy of it shares: lower-case scheme and host, no tracking params, no fragment, no trailing slash. */
export function canonicalUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  if ((u.protocol === "http:" && u.port === "80") || (u.protocol === "https:" && u.port === "443"))
    u.port = "";
  const keep = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAM.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = "";
  for (const [k, v] of keep) u.searchParams.append(k, v);
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, "") || "/";
  let s = u.toString();
  if (u.pathname === "/" && !u.search) s = s.slice(0, -1);
  return s.replace(/^https:/, "http:");
}

/** Words of a text, lower-cased, letters and digits only. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize("NFKC")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * A fingerprint of a text's words that the same press release shares on every site that syndicates
 * it; null for texts too short to tell copies from coincidences.
 */
export function textFingerprint(text: string): string | null {
  return fingerprintOf(words(text));
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

/** A stable id for a mention without one: the hash of its canonical URL, else of source + text. */
export function defaultMentionId(source: string, url: string | null, text: string): string {
  const canon = url ? canonicalUrl(url) : null;
  const basis = canon ?? `${source}\n${text}`;
  return createHash("sha256").update(basis).digest("base64url").slice(0, 24);
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
