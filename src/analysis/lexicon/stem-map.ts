const CACHE_LIMIT = 50_000;

/**
 * Folds the spellings people type without the diacritic: Spanish acute accents and ü
 * (`decepción` → `decepcion`; ñ is kept: año ≠ ano) and Russian ё → е. Returns the input itself when
 * nothing changes, so callers can compare by identity.
 */
export function foldSpelling(word: string): string {
  let i = 0;
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xe1 && (c <= 0xfc || c === 0x401 || c === 0x451) && FOLD[word[i]!] !== undefined) break;
  }
  if (i === word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) out += FOLD[word[i]!] ?? word[i];
  return out;
}
const FOLD: Record<string, string> = { á: "a", é: "e", í: "i", ó: "o", ú: "u", ü: "u", ё: "е", Ё: "Е" };

/**
 * A word map where a key ending in `*` matches any token starting with it (longest prefix wins),
 * so one stem covers a word's inflections (`ужасн*` → ужасный, ужасно, ужасная). Spelling is folded
 * both ways: a key written with an accent or ё also answers for the token typed without, and a token
 * typed with one finds a key written without (`pesimo`, `péssimo`; `подвел`, `подвёл`).
 */
export class StemMap<V> {
  private readonly exact = new Map<string, V>();
  private readonly prefix = new Map<string, V>();
  private minPrefix = Number.POSITIVE_INFINITY;
  private maxPrefix = 0;
  /**
   * Every exact entry plus the stem lookups already answered (null: no entry), so any token seen
   * before costs one map read, hit or miss.
   */
  private resolved = new Map<string, V | null>();

  /** Adds `word` (exact) or `stem*` (prefix); a later add of the same key wins. */
  set(key: string, value: V): this {
    this.put(key, value);
    const folded = foldSpelling(key);
    if (folded !== key && this.entry(folded) === undefined) this.put(folded, value);
    return this;
  }

  private put(key: string, value: V): void {
    if (key.endsWith("*")) {
      const stem = key.slice(0, -1);
      this.prefix.set(stem, value);
      this.resolved = new Map(this.exact);
      this.minPrefix = Math.min(this.minPrefix, stem.length);
      this.maxPrefix = Math.max(this.maxPrefix, stem.length);
    } else {
      // Answers cached before this entry may have been read through another (a folded spelling): dropped.
      const cached = this.resolved.size > this.exact.size;
      this.exact.set(key, value);
      if (cached) this.resolved = new Map(this.exact);
      else this.resolved.set(key, value);
    }
  }

  /** The entry stored under exactly this key (`word` or `stem*`), without prefix matching. */
  entry(key: string): V | undefined {
    return key.endsWith("*") ? this.prefix.get(key.slice(0, -1)) : this.exact.get(key);
  }

  /** The value for a token: an exact entry first, else the longest matching stem (folded spelling last). */
  get(token: string): V | undefined {
    const known = this.resolved.get(token);
    if (known !== undefined) return known ?? undefined;
    let found = this.longestPrefix(token);
    if (found === null) {
      const folded = foldSpelling(token);
      if (folded !== token) found = this.exact.get(folded) ?? this.longestPrefix(folded);
    }
    if (this.resolved.size - this.exact.size >= CACHE_LIMIT) this.resolved = new Map(this.exact);
    this.resolved.set(token, found);
    return found ?? undefined;
  }

  private longestPrefix(token: string): V | null {
    for (let k = Math.min(token.length, this.maxPrefix); k >= this.minPrefix; k--) {
      const v = this.prefix.get(token.slice(0, k));
      if (v !== undefined) return v;
    }
    return null;
  }

  /** Number of entries (exact and stems). */
  get size(): number {
    return this.exact.size + this.prefix.size;
  }
}

/** Parses `"word 2 stem* -1.5 …"` (whitespace-separated pairs) into a stem map of numbers. */
export function parseScored(spec: string): StemMap<number> {
  const map = new StemMap<number>();
  const parts = spec.trim().split(/\s+/);
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const value = Number(parts[i + 1]);
    if (Number.isNaN(value)) throw new Error(`lexicon: bad score after "${parts[i]}"`);
    map.set(parts[i]!, value);
  }
  return map;
}

/** Parses a whitespace-separated word list (`"very really so*"`) into a set-like stem map. */
export function parseWords(spec: string): StemMap<true> {
  const map = new StemMap<true>();
  for (const w of spec.trim().split(/\s+/)) if (w) map.set(w, true);
  return map;
}
