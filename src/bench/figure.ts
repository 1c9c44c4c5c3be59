/** One benchmark figure, printed as a JSON line by `orm-bot bench` (CONTRACT.md). */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  baselineValue?: number;
  ratio?: number;
}

/** A figure with its same-run baseline and the ratio value / baseline (or baseline / value for times). */
export function withBaseline(
  name: string,
  value: number,
  unit: string,
  baseline: string,
  baselineValue: number,
  lowerIsBetter = false,
): BenchFigure {
  const ratio = lowerIsBetter ? baselineValue / value : value / baselineValue;
  return {
    name,
    value: round(value),
    unit,
    baseline,
    baselineValue: round(baselineValue),
    ratio: round(ratio),
  };
}

export function round(x: number): number {
  return Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 1000) / 1000;
}

/** A benchmark suite: runs and returns its figures; `quick` for a short smoke run. */
export type BenchSuite = (options: { quick: boolean }) => Promise<BenchFigure[]>;
