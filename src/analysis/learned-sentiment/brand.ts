import { HANDLE, HASHTAG, type ScannedText, SYMBOL, scanText, WORD } from "./tokens.js";

/** The token a brand's mention becomes, in training (the corpora's target) and at run time (config). */
export const BRAND_TOKEN = "<brand>";

/** A word may carry up to this many extra letters and still be the brand (Сбербанк → Сбербанка, Сбербанком). */
const INFLECTION = 3;
/** Shorter names must match exactly (MTS must not match "mtsu"). */
const INFLECT_FROM = 5;

/**
 * Finds the brand in scanned tokens: each name or alias as a word sequence (the last word may be
 * inflected), and as a handle or hashtag written together (`@virginamerica`, `#сбербанк`).
 */
export class BrandMatcher {
  /** First word → the word sequences starting with it. */
  private readonly sequences = new Map<string, string[][]>();
  /** Names written together (lower case, letters and digits only), for handles and hashtags. */
  private readonly joined: string[] = [];

  constructor(names: readonly string[]) {
    for (const name of names) {
      const words = scanText(name).tokens.filter((t) => !t.startsWith("<"));
      if (!words.length) continue;
      const first = words[0]!;
      const list = this.sequences.get(first) ?? [];
      list.push(words);
      this.sequences.set(first, list);
      const together = words.join("");
      if (together.length >= 3 && !this.joined.includes(together)) this.joined.push(together);
    }
  }

  get empty(): boolean {
    return this.joined.length === 0 && this.sequences.size === 0;
  }

  /** The tokens with every brand mention replaced by one `<brand>` token (a new ScannedText). */
  replace(s: ScannedText): ScannedText {
    if (this.empty) return s;
    const out: ScannedText = { tokens: [], kinds: [], clause: [], flags: s.flags };
    const { tokens, kinds, clause } = s;
    for (let i = 0; i < tokens.length; ) {
      const len = this.matchAt(tokens, kinds, i);
      if (len > 0) {
        out.tokens.push(BRAND_TOKEN);
        out.kinds.push(SYMBOL);
        out.clause.push(clause[i]!);
        i += len;
        continue;
      }
      out.tokens.push(tokens[i]!);
      out.kinds.push(kinds[i]!);
      out.clause.push(clause[i]!);
      i++;
    }
    return out;
  }

  /** How many tokens from i are a brand mention (0: none). */
  private matchAt(tokens: string[], kinds: number[], i: number): number {
    const tok = tokens[i]!;
    const kind = kinds[i]!;
    if (kind === HANDLE || kind === HASHTAG) {
      const body = tok.replace(/_/g, "");
      return this.joined.some((j) => body === j || (j.length >= INFLECT_FROM && body.startsWith(j))) ? 1 : 0;
    }
    if (kind !== WORD) return 0;
    const candidates = this.sequences.get(tok) ?? this.inflectedFirst(tok);
    if (!candidates) return 0;
    let best = 0;
    for (const seq of candidates) {
      if (seq.length <= best) continue;
      let k = 0;
      while (
        k < seq.length &&
        i + k < tokens.length &&
        kinds[i + k] === WORD &&
        sameWord(tokens[i + k]!, seq[k]!, k === seq.length - 1)
      )
        k++;
      if (k === seq.length) best = seq.length;
    }
    return best;
  }

  /** One-word names an inflected word may stand for. */
  private inflectedFirst(tok: string): string[][] | undefined {
    if (tok.length <= INFLECT_FROM) return undefined;
    for (let cut = 1; cut <= INFLECTION && tok.length - cut >= INFLECT_FROM; cut++) {
      const list = this.sequences.get(tok.slice(0, tok.length - cut));
      if (list) return list;
    }
    return undefined;
  }
}

function sameWord(tok: string, name: string, last: boolean): boolean {
  if (tok === name) return true;
  return (
    last && name.length >= INFLECT_FROM && tok.length - name.length <= INFLECTION && tok.startsWith(name)
  );
}
