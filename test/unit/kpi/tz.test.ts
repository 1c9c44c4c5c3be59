import { describe, expect, it } from "vitest";
import { quietDelayMs } from "../../../src/cases/routing.js";
import type { Config } from "../../../src/config/schema.js";
import type { StoredMention } from "../../../src/core/stored-mention.js";
import { hourProfile, timeline } from "../../../src/kpi/aggregate.js";
import { resolvePeriod } from "../../../src/kpi/period.js";
import { formatLocalIso, isTimeZone, localParts, zonedTime } from "../../../src/kpi/tz.js";

const HOUR = 3_600_000;
const NOW = Date.parse("2027-01-20T12:00:00Z");

/** Hours in the one-day report of `date` in `tz`. */
function dayHours(date: string, tz: string): number {
  const p = resolvePeriod(`${date}..${date}`, NOW, tz);
  return (p.toMs - p.fromMs) / HOUR;
}

describe("report days across daylight-saving changes", () => {
  it("has the day lengths the zones really had, east and west of UTC and on half-hour changes", () => {
    const cases: Array<[string, string, number]> = [
      ["America/Santiago", "2026-09-06", 23], // clocks 00:00 → 01:00: the day starts at 01:00
      ["America/Santiago", "2026-04-04", 25], // 24:00 → 23:00 at the end of that day
      ["America/New_York", "2026-03-08", 23],
      ["America/New_York", "2026-11-01", 25],
      ["Europe/Madrid", "2026-03-29", 23],
      ["Europe/Madrid", "2026-10-25", 25],
      ["Australia/Lord_Howe", "2026-10-04", 23.5], // 02:00 → 02:30
      ["Australia/Lord_Howe", "2026-04-05", 24.5], // 02:00 → 01:30
      ["Pacific/Apia", "2011-12-29", 24],
      ["Pacific/Apia", "2011-12-30", 0], // Samoa skipped the whole day
      ["Pacific/Apia", "2011-12-31", 24],
      ["Europe/Madrid", "2026-06-10", 24],
    ];
    for (const [tz, date, hours] of cases) expect(dayHours(date, tz), `${tz} ${date}`).toBe(hours);
  });

  it("starts a day whose midnight was skipped at the first instant that day had", () => {
    const p = resolvePeriod("2026-09-06..2026-09-06", NOW, "America/Santiago");
    expect(formatLocalIso(p.fromMs, "America/Santiago")).toBe("2026-09-06T01:00:00-03:00");
    expect(new Date(p.fromMs).toISOString()).toBe("2026-09-06T04:00:00.000Z");
    const apia = resolvePeriod("2011-12-30..2011-12-30", NOW, "Pacific/Apia");
    expect(new Date(apia.fromMs).toISOString()).toBe("2011-12-30T10:00:00.000Z");
  });

  it("places a skipped local hour at the instant the clocks jumped to", () => {
    // 02:00 on New York's spring-forward day does not exist: 03:00 EDT, not 01:00.
    const t = zonedTime({ y: 2026, m: 3, d: 8 }, 2, "America/New_York");
    expect(new Date(t).toISOString()).toBe("2026-03-08T07:00:00.000Z");
    expect(localParts(t, "America/New_York").hour).toBe(3);
  });

  it("gives a week across a change 167 or 169 hours", () => {
    const spring = resolvePeriod("week", Date.parse("2026-03-31T10:00:00Z"), "Europe/Madrid");
    expect((spring.toMs - spring.fromMs) / HOUR).toBe(167);
    const autumn = resolvePeriod("week", Date.parse("2026-11-04T10:00:00Z"), "America/New_York");
    expect((autumn.toMs - autumn.fromMs) / HOUR).toBe(169);
  });

  it("writes local times with their offset, UTC as +00:00", () => {
    const ms = Date.parse("2026-11-16T00:00:30.500Z");
    expect(formatLocalIso(ms, "UTC")).toBe("2026-11-16T00:00:00+00:00");
    expect(formatLocalIso(ms, "Asia/Kolkata")).toBe("2026-11-16T05:30:00+05:30");
    expect(formatLocalIso(ms, "America/St_Johns")).toBe("2026-11-15T20:30:00-03:30");
  });

  it("accepts IANA names only", () => {
    for (const tz of ["Europe/Madrid", "UTC", "America/Argentina/Buenos_Aires"])
      expect(isTimeZone(tz)).toBe(true);
    for (const tz of ["Europe/Madird", "CET+1", "+01:00", "Madrid", ""])
      expect(isTimeZone(tz), tz).toBe(false);
  });
});

describe("timelines and heatmaps across changes", () => {
  it("buckets a Santiago week by its local days, the short day included", () => {
    const p = resolvePeriod("2026-09-05..2026-09-07", NOW, "America/Santiago");
    const t = timeline([], p.fromMs, p.toMs, "America/Santiago");
    expect(t.timeline.map((x) => x.start)).toEqual([
      "2026-09-05T00:00:00-04:00",
      "2026-09-06T01:00:00-03:00",
      "2026-09-07T00:00:00-03:00",
    ]);
  });

  it("puts each UTC hour at its local hour, half-hour zones by the start of the hour", () => {
    const hourMs = Date.parse("2026-10-03T15:00:00Z"); // Lord Howe +10:30 → 01:30 local, Sunday 4 October
    const later = Date.parse("2026-10-04T15:00:00Z"); // +11 after that day's change → 02:00 local, Monday
    const prof = hourProfile(
      [
        { hourMs, fields: { total: 2 } },
        { hourMs: later, fields: { total: 3 } },
      ],
      "Australia/Lord_Howe",
    );
    expect(prof.hourly[1]).toBe(2);
    expect(prof.hourly[2]).toBe(3);
    expect(prof.heatmap[6]![1]).toBe(2);
    expect(prof.heatmap[0]![2]).toBe(3);
  });
});

describe("quiet hours across changes", () => {
  const config = (tz: string) =>
    ({
      brand: { timezone: tz },
      routing: {
        quietHours: { from: 22, to: 7 },
        quietHoursMinPriority: 80,
        loud: { minPriority: 85, minAudience: 10_000 },
      },
    }) as unknown as Config;
  const m = { analysis: { priority: 10 } } as StoredMention;

  it("holds an alert until 07:00 local, even when the night was an hour shorter", () => {
    const now = Date.parse("2026-03-08T04:30:00Z"); // 23:30 EST on 7 March
    const wait = quietDelayMs(m, config("America/New_York"), now);
    expect(new Date(now + wait).toISOString()).toBe("2026-03-08T11:00:00.000Z"); // 07:00 EDT
  });

  it("ends quiet hours at 07:00 local in a half-hour zone", () => {
    const now = Date.parse("2026-06-10T12:00:00Z"); // 22:30 in Lord Howe (+10:30)
    const wait = quietDelayMs(m, config("Australia/Lord_Howe"), now);
    expect(formatLocalIso(now + wait, "Australia/Lord_Howe")).toBe("2026-06-11T07:00:00+10:30");
  });
});
