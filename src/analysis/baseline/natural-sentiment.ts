import { createRequire } from "node:module";
import type { SentimentLabel } from "../../core/analysis.js";

interface NaturalAnalyzer {
  getSentiment(tokens: string[]): number;
}
interface NaturalTokenizer {
  tokenize(text: string): string[];
}
type Ctor<T> = new (...args: unknown[]) => T;

const require = createRequire(import.meta.url);
const NATURAL = "natural/lib/natural";

const SETUP: Record<string, { language: string; stemmer: string; tokenizer: string }> = {
  en: { language: "English", stemmer: "porter_stemmer", tokenizer: "aggressive_tokenizer" },
  es: { language: "Spanish", stemmer: "porter_stemmer_es", tokenizer: "aggressive_tokenizer_es" },
  pt: { language: "Portuguese", stemmer: "porter_stemmer_pt", tokenizer: "aggressive_tokenizer_pt" },
};

/**
 * natural's stock `SentimentAnalyzer` (AFINN vocabulary, Porter stemming), the baseline the eval and the
 * bench compare against; imported by sub-path so the package root (and its dotenv banner) never loads.
 */
export class NaturalSentimentBaseline {
  private readonly analyzer: NaturalAnalyzer;
  private readonly tokenizer: NaturalTokenizer;

  private constructor(lang: string) {
    const s = SETUP[lang]!;
    const Analyzer = require(`${NATURAL}/sentiment/SentimentAnalyzer.js`) as Ctor<NaturalAnalyzer>;
    const stemmer = require(`${NATURAL}/stemmers/${s.stemmer}.js`) as unknown;
    const Tokenizer = require(`${NATURAL}/tokenizers/${s.tokenizer}.js`) as Ctor<NaturalTokenizer>;
    this.analyzer = new Analyzer(s.language, stemmer, "afinn");
    this.tokenizer = new Tokenizer();
  }

  /** The baseline for a language, or null where natural has no vocabulary (Russian among them). */
  static for(lang: string): NaturalSentimentBaseline | null {
    return SETUP[lang] ? new NaturalSentimentBaseline(lang) : null;
  }

  /** natural's score (NaN for a text without tokens becomes 0). */
  score(text: string): number {
    const v = this.analyzer.getSentiment(this.tokenizer.tokenize(text));
    return Number.isFinite(v) ? v : 0;
  }

  /** The score read as a label: above 0 positive, below 0 negative. */
  label(text: string): SentimentLabel {
    const v = this.score(text);
    return v > 0 ? "positive" : v < 0 ? "negative" : "neutral";
  }
}
