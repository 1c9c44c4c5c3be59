import { analysisBench } from "./analysis.js";
import { feedsBench } from "./feeds.js";
import type { BenchSuite } from "./figure.js";
import { ingestBench } from "./ingest.js";
import { reportBench } from "./report.js";

/** Every benchmark suite `orm-bot bench` runs, in order. */
export const SUITES: Record<string, BenchSuite> = {
  feeds: feedsBench,
  analysis: analysisBench,
  ingest: ingestBench,
  report: reportBench,
};
