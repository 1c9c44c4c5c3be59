import type { BenchSuite } from "./figure.js";

/** Every benchmark suite `orm-bot bench` runs, in order. */
export const SUITES: Record<string, BenchSuite> = {};
