import type { FullAnalysis, PiiSpan } from "../core/analysis.js";
import type { Engagement } from "../core/mention.js";

/** What the analyser may use besides the text. */
export interface AnalyzeContext {
  source?: string | null;
  reach?: number | null;
  engagement?: Engagement | null;
  rating?: number | null;
  /** The author's history, for priority. */
  author?: { negative: number; mentions: number; watched: boolean } | null;
}

/** The analysis port: language, sentiment, topics, insults, personal data, reach and priority. Never throws. */
export interface Analyzer {
  analyze(text: string, context?: AnalyzeContext): FullAnalysis;
  /** Only the personal data in a short field (an author, a link), as the analysis would find it. */
  personalData(text: string): PiiSpan[];
}
