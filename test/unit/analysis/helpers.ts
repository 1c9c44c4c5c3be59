import { createAnalyzer } from "../../../src/analysis/index.js";
import { AnalysisConfigSchema } from "../../../src/config/sections/analysis.js";
import type { Analyzer } from "../../../src/ports/analyzer.js";

/** An analyser for the given languages with the default analysis section. */
export function analyzerFor(languages: string[] = ["en", "es", "ru"], extra: object = {}): Analyzer {
  return createAnalyzer({ languages, analysis: AnalysisConfigSchema.parse(extra) });
}
