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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Throws a UserError unless `tz` is an IANA time zone this Node knows. */
export function assertTimeZone(tz: string): void {
  try {
    formatter(tz);
  } catch (err) {
    throw new UserError("bad_timezone", `Unknown time zone "${tz}" (use an IANA name like Europe/Madrid).`, {
      cause: err,
    });
  }
}

/** Wall-clock parts of the instant `ms` in time zone `tz`. */
export function localParts(ms: number, tz: string): LocalParts {
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(new Date(ms)))
    if (part.type !== "literal") p[part.type] = Number(part.value);
  const y = p.year!;
  const m = p.month!;
  const d = p.day!;
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return { y, m, d, hour: p.hour!, minute: p.minute!, weekday };
}

/** Offset of `tz` from UTC at the instant `ms`, in minutes (Madrid in winter: 60). */
export function offsetMinutes(ms: number, tz: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(new Date(ms)))
    if (part.type !== "literal") p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The instant of local time `hour`:00 on civil date `date` in `tz` (the later instant in a DST gap). */
export function zonedTime(date: CivilDate, hour: number, tz: string): number {
  const wall = Date.UTC(date.y, date.m - 1, date.d, hour);
  let t = wall - offsetMinutes(wall, tz) * 60_000;
  t = wall - offsetMinutes(t, tz) * 60_000;
  return t;
}

/** Civil date `days` after `date` (negative: before). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Civil date `YYYY-MM-DD`. */
export function formatDate(date: CivilDate): string {
  return `${String(date.y).padStart(4, "0")}-${pad(date.m)}-${pad(date.d)}`;
}

/** Parses `YYYY-MM-DD` into a civil date; null when it is not a real date. */
export function parseDate(s: string): CivilDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return null;
  const date = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  const back = addDays(date, 0);
  return back.y === date.y && back.m === date.m && back.d === date.d ? date : null;
}

/** ISO 8601 local time with offset: `2026-11-16T00:00:00+01:00`. */
export function formatLocalIso(ms: number, tz: string): string {
  const p = localParts(ms, tz);
  const off = offsetMinutes(ms, tz);
  const sign = off < 0 ? "-" : "+";
  const abs = Math.abs(off);
  return `${formatDate(p)}T${pad(p.hour)}:${pad(p.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Whole days between two civil dates (b − a). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/**
 * A fast `localParts` for instants in [fromMs, toMs]: the zone's offset is looked up once a day and only
 * searched hour by hour where it changes (DST), instead of asking Intl for every hour.
 */
export function localizer(tz: string, fromMs: number, toMs: number): (ms: number) => LocalParts {
  const HOUR = 3_600_000;
  const start = Math.floor(fromMs / HOUR) * HOUR - 24 * HOUR;
  const changes: Array<{ at: number; off: number }> = [{ at: start, off: offsetMinutes(start, tz) }];
  for (let t = start + 24 * HOUR; t <= toMs + 24 * HOUR; t += 24 * HOUR) {
    const off = offsetMinutes(t, tz);
    const last = changes[changes.length - 1]!;
    if (off === last.off) continue;
    let h = t - 24 * HOUR;
    while (offsetMinutes(h + HOUR, tz) === last.off) h += HOUR;
    changes.push({ at: h + HOUR, off });
  }
  return (ms) => {
    if (ms < start || ms > toMs + 24 * HOUR) return localParts(ms, tz);
    let off = changes[0]!.off;
    for (const c of changes) if (c.at <= ms) off = c.off;
    const d = new Date(ms + off * 60_000);
    const weekday = (d.getUTCDay() + 6) % 7;
    return {
      y: d.getUTCFullYear(),
      m: d.getUTCMonth() + 1,
      d: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      weekday,
    };
  };
}
