/** A time unit a chart axis reads in. */
export interface TimeUnit {
  /** Axis and title word: `minutes`, `hours`, `days`. */
  name: "minutes" | "hours" | "days";
  /** Short form beside a value: `min`, `h`, `d`. */
  short: string;
  seconds: number;
}

const UNITS: TimeUnit[] = [
  { name: "minutes", short: "min", seconds: 60 },
  { name: "hours", short: "h", seconds: 3600 },
  { name: "days", short: "d", seconds: 86_400 },
];

/**
 * The unit that reads best for durations up to `maxSeconds`: minutes below 2 hours, hours below 3 days,
 * else days — so 2 minutes is "2 min", never "0.030 hours".
 */
export function timeUnitFor(maxSeconds: number): TimeUnit {
  if (maxSeconds < 2 * 3600) return UNITS[0]!;
  if (maxSeconds < 3 * 86_400) return UNITS[1]!;
  return UNITS[2]!;
}

/** `seconds` in `unit`, rounded to what a bar label shows (whole minutes, tenths of hours and days). */
export function inUnit(seconds: number, unit: TimeUnit): number {
  const v = seconds / unit.seconds;
  return unit.name === "minutes" ? Math.round(v) : Math.round(v * 10) / 10;
}

/** `n thing` or `n things`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
