import { UserError } from "../core/errors.js";
import {
  addDays,
  assertTimeZone,
  type CivilDate,
  daysBetween,
  formatDate,
  localParts,
  parseDate,
  zonedTime,
} from "./tz.js";

/** A reporting period: [fromMs, toMs) between local midnights in `timezone`, and the one before it. */
export interface Period {
  /** `day`, `week`, `month` or `YYYY-MM-DD..YYYY-MM-DD` as asked. */
  spec: string;
  /** People's name for it: `2026-11-16 – 2026-11-22`. */
  label: string;
  /** `day`, `week`, `month` or `range`, for wording ("vs the previous week"). */
  unit: "day" | "week" | "month" | "range";
  timezone: string;
  fromMs: number;
  toMs: number;
  /** First and last local dates covered (inclusive). */
  firstDate: CivilDate;
  lastDate: CivilDate;
  days: number;
  /** The previous period of the same kind (the week before, the month before, the same number of days before). */
  previous: { fromMs: number; toMs: number };
}

/** Longest range `FROM..TO` accepted, in days. */
export const MAX_RANGE_DAYS = 400;

const USAGE = "use day, week, month or YYYY-MM-DD..YYYY-MM-DD";

function build(
  spec: string,
  unit: Period["unit"],
  first: CivilDate,
  endExcl: CivilDate,
  prevFirst: CivilDate,
  tz: string,
): Period {
  const lastDate = addDays(endExcl, -1);
  return {
    spec,
    unit,
    label:
      daysBetween(first, endExcl) === 1
        ? formatDate(first)
        : `${formatDate(first)} – ${formatDate(lastDate)}`,
    timezone: tz,
    fromMs: zonedTime(first, 0, tz),
    toMs: zonedTime(endExcl, 0, tz),
    firstDate: first,
    lastDate,
    days: daysBetween(first, endExcl),
    previous: { fromMs: zonedTime(prevFirst, 0, tz), toMs: zonedTime(first, 0, tz) },
  };
}

function parseRange(spec: string, tz: string): Period {
  const [a, b, extra] = spec.split("..");
  const from = a ? parseDate(a) : null;
  const to = b ? parseDate(b) : null;
  if (extra !== undefined || !from || !to)
    throw new UserError(
      "bad_period",
      `Bad period "${spec}": ${USAGE} (real dates, e.g. 2026-11-01..2026-11-30).`,
    );
  const days = daysBetween(from, to) + 1;
  if (days < 1)
    throw new UserError("bad_period", `Bad period "${spec}": the start date is after the end date.`);
  if (days > MAX_RANGE_DAYS)
    throw new UserError("bad_period", `Bad period "${spec}": at most ${MAX_RANGE_DAYS} days at a time.`);
  return build(spec, "range", from, addDays(to, 1), addDays(from, -days), tz);
}

/**
 * Resolves a period in the brand's time zone, relative to `nowMs`: `day` is yesterday (the last complete
 * local day), `week` the last complete Monday–Monday week, `month` the last complete calendar month, and
 * `FROM..TO` the local days FROM to TO inclusive. Throws a UserError for anything else.
 */
export function resolvePeriod(spec: string, nowMs: number, tz: string): Period {
  assertTimeZone(tz);
  const s = spec.trim().toLowerCase();
  const today = localParts(nowMs, tz);
  const todayDate: CivilDate = { y: today.y, m: today.m, d: today.d };
  if (s === "day" || s === "yesterday") {
    const first = addDays(todayDate, -1);
    return build("day", "day", first, todayDate, addDays(first, -1), tz);
  }
  if (s === "week") {
    const monday = addDays(todayDate, -today.weekday);
    const first = addDays(monday, -7);
    return build("week", "week", first, monday, addDays(first, -7), tz);
  }
  if (s === "month") {
    const firstOfThis = { y: todayDate.y, m: todayDate.m, d: 1 };
    const first = prevMonth(firstOfThis);
    return build("month", "month", first, firstOfThis, prevMonth(first), tz);
  }
  if (s.includes("..")) return parseRange(s, tz);
  throw new UserError("bad_period", `Unknown period "${spec}": ${USAGE}.`);
}

function prevMonth(first: CivilDate): CivilDate {
  return first.m === 1 ? { y: first.y - 1, m: 12, d: 1 } : { y: first.y, m: first.m - 1, d: 1 };
}
