import { DateTime, IANAZone } from "luxon";
import { UserError } from "../core/errors.js";

/** A civil date (no time zone): year, month 1–12, day 1–31. */
export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

/** Local wall-clock parts of an instant; weekday 0 = Monday … 6 = Sunday. */
export interface LocalParts extends CivilDate {
  hour: number;
  minute: number;
  weekday: number;
}

/** True when `tz` is an IANA time zone name this Node (ICU) can resolve; offsets like `CET+1` are not. */
export function isTimeZone(tz: string): boolean {
  return IANAZone.isValidZone(tz);
}

/** Throws a UserError unless `tz` is an IANA time zone this Node knows. */
export function assertTimeZone(tz: string): void {
  if (!isTimeZone(tz))
    throw new UserError("bad_timezone", `Unknown time zone "${tz}" (use an IANA name like Europe/Madrid).`);
}

function at(ms: number, tz: string): DateTime {
  return DateTime.fromMillis(ms, { zone: tz });
}

/** Wall-clock parts of the instant `ms` in time zone `tz`. */
export function localParts(ms: number, tz: string): LocalParts {
  const t = at(ms, tz);
  return { y: t.year, m: t.month, d: t.day, hour: t.hour, minute: t.minute, weekday: t.weekday - 1 };
}

/** Offset of `tz` from UTC at the instant `ms`, in minutes (Madrid in winter: 60). */
export function offsetMinutes(ms: number, tz: string): number {
  return at(ms, tz).offset;
}

/**
 * The instant of local time `hour`:00 on civil date `date` in `tz`. A time that does not exist (skipped by
 * a daylight-saving change, or a whole skipped day as in Pacific/Apia on 2011-12-30) is the instant the
 * clocks jumped to (Luxon moves it forward by the gap), so a day always starts where its first hour does.
 */
export function zonedTime(date: CivilDate, hour: number, tz: string): number {
  return DateTime.fromObject({ year: date.y, month: date.m, day: date.d, hour }, { zone: tz }).toMillis();
}

/** Civil date `days` after `date` (negative: before). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const t = DateTime.fromObject({ year: date.y, month: date.m, day: date.d }, { zone: "UTC" }).plus({ days });
  return { y: t.year, m: t.month, d: t.day };
}

/** Civil date `YYYY-MM-DD`. */
export function formatDate(date: CivilDate): string {
  return `${String(date.y).padStart(4, "0")}-${pad(date.m)}-${pad(date.d)}`;
}

/** Parses `YYYY-MM-DD` into a civil date; null when it is not a real date. */
export function parseDate(s: string): CivilDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const t = DateTime.fromISO(s, { zone: "UTC" });
  return t.isValid ? { y: t.year, m: t.month, d: t.day } : null;
}

/** ISO 8601 local time with offset, to the minute: `2026-11-16T00:00:00+01:00` (UTC as `+00:00`, never `Z`). */
export function formatLocalIso(ms: number, tz: string): string {
  return at(ms, tz).toFormat("yyyy-MM-dd'T'HH:mm:00ZZ");
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Whole days between two civil dates (b − a). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/**
 * `localParts` for many instants of one report: each distinct instant is asked of Luxon once (reports
 * localise the same hour starts over and over).
 */
export function localizer(tz: string): (ms: number) => LocalParts {
  const cache = new Map<number, LocalParts>();
  return (ms) => {
    let p = cache.get(ms);
    if (!p) {
      p = localParts(ms, tz);
      cache.set(ms, p);
    }
    return p;
  };
}

/** The start of the local day after the one holding `ms`, in `tz` (23, 24 or 25 hours later, or other). */
export function nextLocalMidnight(ms: number, tz: string): number {
  const p = localParts(ms, tz);
  return zonedTime(addDays(p, 1), 0, tz);
}
