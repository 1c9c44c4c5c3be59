import { isNegator, NEGATION_SPAN, type ScannedText, WORD } from "./tokens.js";

/**
 * Hashed features of a scanned text (the "hashing trick"): each word (`¬word` when negated), each
 * pair of neighbouring tokens in a clause, each character 2–5-gram of each word (`<word>` padded, so
 * prefixes and suffixes count: inflections and typos share weights), the whole-text flags, and a bias.
 * Every feature is an index into `2^bits` buckets; their values are all 1/√count, so a long text's
 * logits are not larger than a short one's.
 */

/** FNV-1a over UTF-16 code units with a seed, finished by a murmur-style mix. */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h);
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEED_WORD = 1;
const SEED_NEGATED = 2;
const SEED_CHARS = 3;
const SEED_FLAG = 5;
const START = hashString("^", SEED_WORD);

/** Character n-gram lengths. */
export const CHAR_MIN = 2;
export const CHAR_MAX = 5;

/** What a word brings: its own hash (for pairs), its bucket, its negated bucket, its char n-grams' buckets. */
export interface WordFeatures {
  hash: number;
  plain: number;
  negated: number;
  chars: Int32Array;
  /** The model's summed weights of `chars`, per class, memoised by the classifier (run time only). */
  charSums?: Float64Array;
}

/** Receives a text's features: single buckets, and each word's char n-grams as one group. */
export interface FeatureSink {
  bucket(b: number): void;
  chars(f: WordFeatures): void;
}

/** Turns scanned texts into bucket lists; remembers each word's features (bounded). */
export class Featurizer {
  private readonly mask: number;
  private readonly cache = new Map<string, WordFeatures>();
  private readonly bias: number;
  private readonly flagBuckets = new Map<string, number>();
  /** Reused output buffer (grown as needed); `buckets` returns a view of it. */
  private buffer = new Int32Array(4096);
  private size = 0;

  constructor(readonly bits: number) {
    this.mask = (1 << bits) - 1;
    this.bias = hashString("<bias>", SEED_FLAG) & this.mask;
  }

  private word(tok: string, kind: number): WordFeatures {
    const key = kind === WORD ? tok : `${kind}\u0000${tok}`;
    let f = this.cache.get(key);
    if (f) return f;
    const hash = hashString(tok, SEED_WORD);
    const chars: number[] = [];
    // char n-grams only for real words (not <url>, emoji, handles)
    if (kind === WORD && tok.length > 1 && !tok.startsWith("<")) {
      const padded = `<${tok}>`;
      for (let n = CHAR_MIN; n <= CHAR_MAX; n++)
        for (let s = 0; s + n <= padded.length; s++)
          if (n < padded.length) chars.push(hashString(padded.slice(s, s + n), SEED_CHARS) & this.mask);
    }
    f = {
      hash,
      plain: hash & this.mask,
      negated: hashString(tok, SEED_NEGATED) & this.mask,
      chars: Int32Array.from(chars),
    };
    if (this.cache.size >= 100_000) this.cache.clear();
    this.cache.set(key, f);
    return f;
  }

  private push(bucket: number): void {
    if (this.size === this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.size++] = bucket;
  }

  private pushAll(buckets: Int32Array): void {
    while (this.size + buckets.length > this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer.set(buckets, this.size);
    this.size += buckets.length;
  }

  private flag(name: string): number {
    let b = this.flagBuckets.get(name);
    if (b === undefined) {
      b = hashString(name, SEED_FLAG) & this.mask;
      if (this.flagBuckets.size < 10_000) this.flagBuckets.set(name, b);
    }
    return b;
  }

  /**
   * The buckets of a text's features (with repeats; each counts once per occurrence). The result is a
   * view of a buffer the next call reuses: copy it to keep it.
   */
  buckets(s: ScannedText): Int32Array {
    this.size = 0;
    this.walk(s, this.collector);
    return this.buffer.subarray(0, this.size);
  }

  private readonly collector: FeatureSink = {
    bucket: (b) => this.push(b),
    chars: (f) => this.pushAll(f.chars),
  };

  /** Walks a text's features in order (the one definition training and prediction share). */
  walk(s: ScannedText, sink: FeatureSink): void {
    sink.bucket(this.bias);
    for (const flag of s.flags) sink.bucket(this.flag(flag));
    const { tokens, kinds, clause } = s;
    let prev = START;
    let negatedUntil = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && clause[i] !== clause[i - 1]) {
        prev = START;
        negatedUntil = -1;
      }
      const tok = tokens[i]!;
      const f = this.word(tok, kinds[i]!);
      sink.bucket(i <= negatedUntil ? f.negated : f.plain);
      sink.bucket(mix((Math.imul(prev, 0x9e3779b1) ^ f.hash) >>> 0) & this.mask);
      if (f.chars.length) sink.chars(f);
      prev = f.hash;
      if (kinds[i] === WORD && isNegator(tok)) negatedUntil = i + NEGATION_SPAN;
    }
  }
}
