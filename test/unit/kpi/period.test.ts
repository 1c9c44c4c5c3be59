import { describe, expect, it } from "vitest";
import { resolvePeriod } from "../../../src/kpi/period.js";
import { formatLocalIso, localizer, localParts } from "../../../src/kpi/tz.js";

const iso = (ms: number, tz: string) => formatLocalIso(ms, tz);

describe("resolvePeriod", () => {
  it("takes yesterday, the last Monday–Monday week and the last calendar month, in local time", () => {
    const now = Date.parse("2026-11-02T00:30:00Z"); // Monday 01:30 in Madrid
    const day = resolvePeriod("day", now, "Europe/Madrid");
    expect([iso(day.fromMs, "Europe/Madrid"), iso(day.toMs, "Europe/Madrid")]).toEqual([
      "2026-11-01T00:00:00+01:00",
      "2026-11-02T00:00:00+01:00",
    ]);
    const week = resolvePeriod("week", now, "Europe/Madrid");
    expect([iso(week.fromMs, "Europe/Madrid"), iso(week.toMs, "Europe/Madrid")]).toEqual([
      "2026-10-26T00:00:00+01:00",
      "2026-11-02T00:00:00+01:00",
    ]);
    expect(week.toMs - week.fromMs).toBe(7 * 86_400_000);
    const month = resolvePeriod("month", now, "Europe/Madrid");
    expect([iso(month.fromMs, "Europe/Madrid"), iso(month.toMs, "Europe/Madrid")]).toEqual([
      "2026-10-01T00:00:00+02:00",
      "2026-11-01T00:00:00+01:00",
    ]);
    expect(month.toMs - month.fromMs).toBe(31 * 86_400_000 + 3_600_000);
    expect(iso(month.previous.fromMs, "Europe/Madrid")).toBe("2026-09-01T00:00:00+02:00");
  });

  it("resolves a date range inclusively, with the previous period of the same length", () => {
    const p = resolvePeriod("2026-03-28..2026-03-29", Date.parse("2026-04-10T00:00:00Z"), "Europe/Madrid");
    expect(p.days).toBe(2);
    expect(p.toMs - p.fromMs).toBe(47 * 3_600_000);
    expect(iso(p.previous.fromMs, "Europe/Madrid")).toBe("2026-03-26T00:00:00+01:00");
    expect(p.label).toBe("2026-03-28 – 2026-03-29");
  });

  it("works west of UTC and in January", () => {
    const p = resolvePeriod("month", Date.parse("2026-01-01T03:00:00Z"), "America/New_York"); // still 31 Dec there
    expect(iso(p.fromMs, "America/New_York")).toBe("2025-11-01T00:00:00-04:00");
    expect(iso(p.toMs, "America/New_York")).toBe("2025-12-01T00:00:00-05:00");
  });

  it("rejects unknown periods, impossible dates, long ranges and unknown time zones", () => {
    const now = Date.parse("2026-11-25T10:00:00Z");
    expect(() => resolvePeriod("quarter", now, "UTC")).toThrow(/Unknown period "quarter"/);
    expect(() => resolvePeriod("2026-13-01..2026-13-02", now, "UTC")).toThrow(/real dates/);
    expect(() => resolvePeriod("2020-01-01..2026-01-01", now, "UTC")).toThrow(/at most 400 days/);
    expect(() => resolvePeriod("week", now, "Mars/Olympus")).toThrow(/Unknown time zone/);
  });
});

describe("localizer", () => {
  it("agrees with Intl hour by hour across both DST changes of a year", () => {
    const from = Date.parse("2026-01-01T00:00:00Z");
    const to = Date.parse("2027-01-01T00:00:00Z");
    for (const tz of ["Europe/Madrid", "America/New_York", "Asia/Kolkata", "Australia/Sydney"]) {
      const local = localizer(tz);
      for (let t = from; t < to; t += 3_600_000)
        expect(local(t), `${tz} ${new Date(t).toISOString()}`).toEqual(localParts(t, tz));
    }
  });
});
