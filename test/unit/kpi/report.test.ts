import { beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../../src/core/errors.js";
import { buildReport, formatReport, type Report } from "../../../src/kpi/index.js";
import { kpiConfig, kpiDeps, mention, openCase, put } from "./fixtures.js";

// Wednesday 25 Nov 2026, 11:00 in Madrid: `week` is Mon 16 – Mon 23 Nov (CONTRACT.md's example).
const NOW = Date.parse("2026-11-25T10:00:00Z");

async function knownWeek(): Promise<Report> {
  const config = kpiConfig(
    { report: { channels: { reviews: ["trust*"] } } },
    { competitors: [{ name: "Globex", aliases: ["globex corp"] }] },
  );
  const deps = kpiDeps(NOW, config);
  const m1 = mention("2026-11-16T08:30:00Z", {
    source: "trustpilot",
    sentiment: "negative",
    topics: ["shipping"],
    rating: 1,
    author: "Ann",
  });
  const m2 = mention("2026-11-16T08:45:00Z", {
    source: "reddit",
    sentiment: "negative",
    lang: "es",
    topics: ["shipping"],
    author: "Bob",
  });
  const m3 = mention("2026-11-17T20:10:00Z", {
    source: "reddit",
    sentiment: "positive",
    topics: ["praise"],
    author: "Bob",
  });
  const m4 = mention("2026-11-18T20:20:00Z", {
    source: "trustpilot",
    sentiment: "positive",
    topics: ["praise"],
    rating: 5,
    author: "Cy",
  });
  const m5 = mention("2026-11-19T20:59:00Z", { text: "Globex is better than this" });
  const m6 = mention("2026-11-22T22:59:00Z", {
    sentiment: "negative",
    lang: "ru",
    topics: ["billing"],
    insult: true,
    rating: 2,
  });
  const m7 = mention("2026-11-15T23:00:00Z", { lang: "es" });
  const before = mention("2026-11-15T22:59:00Z", { sentiment: "positive", topics: ["praise"] });
  const after = mention("2026-11-22T23:00:00Z", {
    sentiment: "negative",
    topics: ["shipping"],
    author: "Ann",
  });
  const p1 = mention("2026-11-10T10:00:00Z", { sentiment: "negative", topics: ["shipping"] });
  const p2 = mention("2026-11-11T10:00:00Z", { topics: ["shipping"] });
  await put(deps, [m1, m2, m3, m4, m5, m6, m7, before, after, p1, p2]);
  await deps.store.authors.setWatched("reddit:bob", "Bob", true, NOW);
  await openCase(deps, m1, "2026-11-16T08:31:00Z", {
    firstResponseS: 600,
    resolvedS: 3600,
    outcome: "answered",
  });
  await openCase(deps, m2, "2026-11-16T08:46:00Z", {
    firstResponseS: 1200,
    resolvedS: 7200,
    outcome: "answered",
    slaBreaches: 1,
  });
  await openCase(deps, m6, "2026-11-22T22:59:30Z", { slaBreaches: 2 });
  await openCase(deps, m4, "2026-11-18T09:00:00Z", {
    firstResponseS: 300,
    resolvedS: 86_400,
    outcome: "fixed",
  });
  await openCase(deps, p1, "2026-11-10T10:00:00Z");
  return buildReport(deps, "week");
}

describe("buildReport on a known week", () => {
  let r: Report;
  beforeAll(async () => {
    r = await knownWeek();
  });

  it("covers Monday to Monday in the brand's time zone", () => {
    expect(r.period).toMatchObject({
      from: "2026-11-16T00:00:00+01:00",
      to: "2026-11-23T00:00:00+01:00",
      timezone: "Europe/Madrid",
      days: 7,
    });
    expect(r.previousPeriod).toEqual({ from: "2026-11-09T00:00:00+01:00", to: "2026-11-16T00:00:00+01:00" });
  });

  it("counts mentions by local time, sentiment, source, language and channel", () => {
    expect(r.mentions.total).toBe(7);
    expect(r.mentions.previousTotal).toBe(3);
    expect(r.mentions.change).toBe(1.333);
    expect(r.mentions.bySentiment).toEqual({ negative: 3, neutral: 2, positive: 2 });
    expect(r.mentions.bySource).toEqual({ "google-alerts": 3, reddit: 2, trustpilot: 2 });
    expect(r.mentions.byLanguage).toEqual({ en: 4, es: 2, ru: 1 });
    expect(r.mentions.byChannel).toEqual({ "web & news": 3, reviews: 2, social: 2 });
    expect(r.mentions.bySourceSentiment.reddit).toEqual({ negative: 1, neutral: 0, positive: 1 });
    expect(r.mentions.insults).toBe(1);
    expect(r.shares).toEqual({
      negative: 0.4286,
      positive: 0.2857,
      neutral: 0.2857,
      previousNegative: 0.3333,
      previousPositive: 0.3333,
    });
  });

  it("averages ratings over the mentions that carry one", () => {
    expect(r.rating).toEqual({
      average: 2.67,
      count: 3,
      distribution: { "1": 1, "2": 1, "3": 0, "4": 0, "5": 1 },
    });
  });

  it("counts the cases opened in the period and their times in seconds", () => {
    expect(r.cases).toEqual({
      opened: 4,
      answered: 3,
      closed: 3,
      slaBreaches: 3,
      openNow: 2,
      byOutcome: { answered: 2, fixed: 1 },
    });
    expect(r.times).toEqual({
      firstResponseMedian: 600,
      firstResponseP90: 1080,
      firstResponseMean: 700,
      resolutionMedian: 7200,
      resolutionP90: 70_560,
      resolutionMean: 32_400,
    });
  });

  it("counts detractors once per author and converts those who later posted something positive", () => {
    expect(r.conversion).toEqual({ detractors: 3, converted: 1, rate: 0.333 });
  });

  it("finds the peak hour and fills the weekday × hour heatmap in local time", () => {
    expect(r.peakHour).toBe(21);
    expect(r.hourly[21]).toBe(3);
    expect(r.hourly[9]).toBe(2);
    expect(r.heatmap[0]![9]).toBe(2);
    expect(r.heatmap[0]![0]).toBe(1);
    expect(r.heatmap[6]![23]).toBe(1);
    expect(r.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(7);
    expect(r.timelineUnit).toBe("day");
    expect(r.timeline.map((p) => p.total)).toEqual([3, 1, 1, 1, 0, 0, 1]);
    expect(r.timeline[0]).toEqual({
      start: "2026-11-16T00:00:00+01:00",
      total: 3,
      negative: 2,
      neutral: 1,
      positive: 0,
    });
  });

  it("ranks topics with their change against the previous week", () => {
    expect(r.topTopics).toEqual([
      { topic: "praise", count: 2, previous: 1, change: 1, negative: 0 },
      { topic: "shipping", count: 2, previous: 2, change: 0, negative: 2 },
      { topic: "billing", count: 1, previous: 0, change: null, negative: 1 },
    ]);
  });

  it("lists top and watched authors, and share of voice", () => {
    expect(r.topAuthors).toEqual([
      { author: "reddit:bob", cases: 1, mentions: 2, negative: 1, positive: 1 },
      { author: "trustpilot:ann", cases: 1, mentions: 1, negative: 1, positive: 0 },
      { author: "trustpilot:cy", cases: 1, mentions: 1, negative: 0, positive: 1 },
    ]);
    expect(r.watchedAuthors).toEqual([
      { author: "reddit:bob", name: "Bob", mentions: 2, negative: 1, positive: 1 },
    ]);
    expect(r.shareOfVoice).toEqual({ brand: 7, competitors: { Globex: 1 }, share: 0.875 });
    expect(r.surges).toEqual([]);
  });

  it("says what happened in one paragraph", () => {
    expect(r.summary).toContain("7 mentions, up 133% on the previous week");
    expect(r.summary).toContain("negative share up 10 points to 43%, driven by shipping — no surges");
    expect(r.summary).toContain(
      "3 of 4 cases answered (median first response 10 min), 3 closed, 3 SLA breaches",
    );
  });

  it("formats as the contract's JSON, as CSV rows and as Markdown", () => {
    const json = JSON.parse(formatReport(r, "json"));
    for (const k of [
      "period",
      "mentions",
      "shares",
      "rating",
      "cases",
      "times",
      "conversion",
      "peakHour",
      "topTopics",
      "surges",
    ])
      expect(json).toHaveProperty(k);
    const csv = formatReport(r, "csv").trim().split("\n");
    expect(csv[0]).toBe("period_from,period_to,timezone,metric,key,value");
    expect(csv).toContain(
      "2026-11-16T00:00:00+01:00,2026-11-23T00:00:00+01:00,Europe/Madrid,mentions,total,7",
    );
    expect(csv).toContain(
      "2026-11-16T00:00:00+01:00,2026-11-23T00:00:00+01:00,Europe/Madrid,times_s,firstResponseP90,1080",
    );
    const md = formatReport(r, "md");
    expect(md).toContain("# ORM report: 2026-11-16 – 2026-11-22");
    expect(md).toContain(`> ${r.summary}`);
    expect(md).toContain("| shipping | 2 | 2 | +0% | 2 |");
  });
});

describe("buildReport periods", () => {
  it("rejects a bad period with a clear message", async () => {
    const deps = kpiDeps(NOW);
    await expect(buildReport(deps, "fortnight")).rejects.toThrow(UserError);
    await expect(buildReport(deps, "fortnight")).rejects.toThrow(
      /use day, week, month or YYYY-MM-DD\.\.YYYY-MM-DD/,
    );
    await expect(buildReport(deps, "2026-02-30..2026-03-02")).rejects.toThrow(/real dates/);
    await expect(buildReport(deps, "2026-03-02..2026-03-01")).rejects.toThrow(
      /start date is after the end date/,
    );
  });

  it("reports an empty period without failing", async () => {
    const r = await buildReport(kpiDeps(NOW), "day");
    expect(r.period.from).toBe("2026-11-24T00:00:00+01:00");
    expect(r.mentions.total).toBe(0);
    expect(r.peakHour).toBeNull();
    expect(r.times.firstResponseMedian).toBeNull();
    expect(r.timelineUnit).toBe("hour");
    expect(r.timeline).toHaveLength(24);
    expect(r.summary).toMatch(/^No mentions and no cases/);
  });
});
