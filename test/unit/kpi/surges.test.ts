import { describe, expect, it } from "vitest";
import { gamma, poisson, rng } from "../../../src/app/demo/random.js";
import type { StoredMention } from "../../../src/core/stored-mention.js";
import { buildReport, checkForNewSurge, detectSurges } from "../../../src/kpi/index.js";
import { kpiDeps, mention, put } from "./fixtures.js";

const HOUR = 3_600_000;
const WEEK_FROM = Date.parse("2026-11-15T23:00:00Z"); // Mon 16 Nov 00:00 in Madrid
const WEEK_TO = Date.parse("2026-11-22T23:00:00Z");
const HISTORY_FROM = WEEK_FROM - 14 * 24 * HOUR;
const WORDS = [
  "order",
  "store",
  "support",
  "price",
  "delivery",
  "account",
  "update",
  "phone",
  "plan",
  "website",
  "coverage",
  "invoice",
];
const TOPICS = ["shipping", "billing", "customer_service", "website_app", "pricing"];

/** The usual hourly rate at UTC hour `t`: a daily curve peaking mid-afternoon in Madrid, quieter at weekends. */
function meanAt(t: number): number {
  const local = new Date(t + HOUR);
  const hour = local.getUTCHours();
  const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
  return 14 * (0.15 + 0.85 * Math.max(0, Math.sin(((hour - 6) / 18) * Math.PI))) * (weekend ? 0.7 : 1);
}

/** Overdispersed (negative binomial, k = 8) hourly counts with a daily curve and quieter weekends. */
function seasonalMentions(seed: number, fromMs: number, toMs: number): StoredMention[] {
  const rand = rng(seed);
  const out: StoredMention[] = [];
  for (let t = fromMs; t < toMs; t += HOUR) {
    const mean = meanAt(t);
    const n = poisson(rand, (gamma(rand, 8) * mean) / 8);
    for (let i = 0; i < n; i++) {
      const words = [0, 1, 2].map(() => WORDS[Math.floor(rand() * WORDS.length)]).join(" ");
      out.push(
        mention(new Date(t + Math.floor(rand() * HOUR)).toISOString(), {
          id: `s${seed}-${t}-${i}`,
          sentiment: rand() < 0.25 ? "negative" : rand() < 0.6 ? "neutral" : "positive",
          topics: rand() < 0.5 ? [TOPICS[Math.floor(rand() * TOPICS.length)]!] : [],
          text: `Acme ${words}`,
          reach: Math.floor(rand() * 500),
        }),
      );
    }
  }
  return out;
}

/** 45 extra negative mentions about a battery recall, Friday 20 Nov 18:00–21:00 in Madrid. */
function plantedSurge(): StoredMention[] {
  const start = Date.parse("2026-11-20T17:00:00Z");
  return Array.from({ length: 45 }, (_, i) =>
    mention(new Date(start + i * 4 * 60_000).toISOString(), {
      id: `surge-${i}`,
      sentiment: "negative",
      topics: ["product_defect"],
      text: `Acme ${WORDS[i % WORDS.length]} battery recall ${i % 3 === 0 ? "fire" : "overheating"}`,
      reach: i === 7 ? 90_000 : 100 + i,
      source: i % 2 ? "reddit" : "google-alerts",
    }),
  );
}

describe("detectSurges", () => {
  it("finds the planted surge on Friday evening and names its drivers", async () => {
    const deps = kpiDeps(Date.parse("2026-11-25T10:00:00Z"));
    await put(deps, [...seasonalMentions(7, HISTORY_FROM, WEEK_TO), ...plantedSurge()]);
    const surges = await detectSurges(deps, { fromMs: WEEK_FROM, toMs: WEEK_TO });
    expect(surges).toHaveLength(1);
    const s = surges[0]!;
    expect(s.startMs).toBeGreaterThanOrEqual(Date.parse("2026-11-20T16:00:00Z"));
    expect(s.endMs).toBeLessThanOrEqual(Date.parse("2026-11-20T21:00:00Z"));
    expect(s.start.endsWith("+01:00")).toBe(true);
    expect(s.mentions).toBeGreaterThan(2 * s.expected);
    expect(s.peakWeekday).toBe(4);
    expect(s.drivers.slice(0, 2).sort()).toEqual(["battery", "recall"]);
    expect(s.drivers).not.toContain("acme");
    expect(s.topics[0]).toBe("product_defect");
    expect(s.topMentions[0]!.id).toBe("surge-7");
    expect(s.negative).toBeGreaterThanOrEqual(45);

    const report = await buildReport(deps, "week");
    expect(report.surges).toHaveLength(1);
    expect(report.summary).toContain("1 surge, on Friday evening");
    expect(report.summary).toMatch(/battery|recall/);
  });

  it("raises at most 2 false alarms over 20 quiet seasonal weeks", async () => {
    let alarms = 0;
    for (let seed = 100; seed < 120; seed++) {
      const deps = kpiDeps(Date.parse("2026-11-25T10:00:00Z"));
      await put(deps, seasonalMentions(seed, HISTORY_FROM, WEEK_TO));
      alarms += (await detectSurges(deps, { fromMs: WEEK_FROM, toMs: WEEK_TO })).length;
    }
    expect(alarms).toBeLessThanOrEqual(2);
  });

  it("finds a three-hour spike to 3× the usual rate (~11/h) on a weekday evening in at least 8 of 10 weeks", async () => {
    let found = 0;
    const spikeFrom = Date.parse("2026-11-18T18:00:00Z"); // Wed 19:00–21:00 in Madrid, ~11 mentions/h usually
    for (let seed = 200; seed < 210; seed++) {
      const deps = kpiDeps(Date.parse("2026-11-25T10:00:00Z"));
      const extra = [0, 1, 2].flatMap((h) =>
        Array.from({ length: 2 * Math.round(meanAt(spikeFrom + h * HOUR)) }, (_, i) =>
          mention(new Date(spikeFrom + h * HOUR + i * 60_000).toISOString(), {
            id: `x${seed}-${h}-${i}`,
            text: "Acme outage",
          }),
        ),
      );
      await put(deps, [...seasonalMentions(seed, HISTORY_FROM, WEEK_TO), ...extra]);
      const surges = await detectSurges(deps, { fromMs: WEEK_FROM, toMs: WEEK_TO });
      if (surges.some((s) => s.startMs < spikeFrom + 3 * HOUR && s.endMs > spikeFrom)) found++;
    }
    expect(found).toBeGreaterThanOrEqual(8);
  });

  it("stays quiet on a named quiet week", async () => {
    const deps = kpiDeps(Date.parse("2026-11-25T10:00:00Z"));
    await put(deps, seasonalMentions(11, HISTORY_FROM, WEEK_TO));
    const report = await buildReport(deps, "week");
    expect(report.surges).toEqual([]);
    expect(report.summary).toContain("no surges");
  });

  it("waits for two days of history before alerting", async () => {
    const deps = kpiDeps(Date.parse("2026-11-25T10:00:00Z"));
    const firstDay = Date.parse("2026-11-19T00:00:00Z");
    await put(deps, seasonalMentions(5, firstDay, WEEK_TO));
    await put(deps, plantedSurge());
    expect(await detectSurges(deps, { fromMs: WEEK_FROM, toMs: WEEK_TO })).toEqual([]);
  });
});

describe("checkForNewSurge", () => {
  it("reports a negative surge once, while it is going on", async () => {
    const deps = kpiDeps(Date.parse("2026-11-20T20:00:00Z"));
    await put(deps, [
      ...seasonalMentions(7, HISTORY_FROM, Date.parse("2026-11-20T20:00:00Z")),
      ...plantedSurge(),
    ]);
    const other = kpiDeps(deps.clock.now(), deps.config, { store: deps.store });
    const first = await checkForNewSurge(deps);
    expect(first?.drivers).toContain("recall");
    expect(first?.endMs).toBe(Date.parse("2026-11-20T20:00:00Z"));
    expect(await checkForNewSurge(other)).toBeNull();
    deps.clock.advance(HOUR);
    expect(await checkForNewSurge(deps)).toBeNull();
  });

  it("stays quiet without a surge", async () => {
    const deps = kpiDeps(Date.parse("2026-11-20T20:00:00Z"));
    await put(deps, seasonalMentions(12, HISTORY_FROM, Date.parse("2026-11-20T20:00:00Z")));
    expect(await checkForNewSurge(deps)).toBeNull();
  });
});
