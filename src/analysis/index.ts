import type { Analyzer } from "../ports/analyzer.js";
import { type AnalyzerOptions, LexiconAnalyzer } from "./analyzer.js";

export type { AnalyzerOptions } from "./analyzer.js";
export { LexiconAnalyzer } from "./analyzer.js";

/** Builds the analyser for the brand's languages (`config.brand.languages`) and the analysis section. */
export function createAnalyzer(config: AnalyzerOptions): Analyzer {
  return new LexiconAnalyzer(config);
}
