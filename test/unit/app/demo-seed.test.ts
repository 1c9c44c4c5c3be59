import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { ShellAdapter } from "../../../src/adapters/shell/index.js";
import { seedDemoHistory } from "../../../src/app/demo/seed.js";
import { loadConfig } from "../../../src/config/load.js";
import { buildReport, runDigest } from "../../../src/kpi/index.js";
import { tempDir } from "../../helpers/cli.js";
import { kpiDeps, mention, put } from "../kpi/fixtures.js";

const NOW = Date.parse("2027-03-10T11:00:00Z"); // a Wednesday, 12:00 in Madrid

describe("the demo's seeded history", () => {
  const config = loadConfig({ env: {}, cwd: tempDir() });

  it("is the demo config in sample mode, and push-only with chat tokens", () => {
    expect(config.demo).toBe("samples");
    const chat = loadConfig({
      env: { SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" },
      cwd: tempDir(),
    });
    expect(chat.demo).toBe("push-only");
    expect(chat.sources).toEqual([]);
    expect(chat.routing.defaultChannel).toBeUndefined();
    expect(chat.report.digests).toEqual([]);
  });

  it("gives last week's report real figures, the planted surge with its drivers, once and without alerts", async () => {
    const deps = kpiDeps(NOW, config);
    const summary = await seedDemoHistory(deps, NOW);
    expect(summary).not.toBeNull();
    expect(await seedDemoHistory(deps, NOW)).toBeNull(); // a restart never seeds twice
    expect(Object.values(await deps.jobs.depths()).every((n) => n === 0)).toBe(true); // nothing posted or timed

    const week = await buildReport(deps, "week", { now: NOW });
    expect(week.period.from).toBe("2027-03-01T00:00:00+01:00");
    expect(week.mentions.total).toBeGreaterThan(150);
    expect(Object.keys(week.mentions.byLanguage).sort()).toEqual(["en", "es", "ru"]);
    expect(week.cases.opened).toBeGreaterThan(20);
    expect(week.cases.answered).toBeGreaterThan(week.cases.opened / 2);
    expect(week.cases.closed).toBeGreaterThan(week.cases.opened / 2);
    expect(week.times.firstResponseMedian).toBeGreaterThan(60);
    expect(week.rating.count).toBeGreaterThan(0);
    expect(week.summary).not.toMatch(/No mentions/);

    expect(week.surges).toHaveLength(1);
    const surge = week.surges[0]!;
    expect(surge.start).toBe("2027-03-04T18:00:00+01:00"); // Thursday evening, as planted
    expect(surge.mentions).toBeGreaterThan(2.5 * surge.expected);
    expect(surge.drivers).toEqual(expect.arrayContaining(["madrid"]));
    expect(surge.topics).toContain("outage");
    expect(surge.z).toBeGreaterThan(3.7);
    expect(surge.pValue).toBeLessThan(0.001);
  });

  it("gives the first morning digest yesterday's real figures", async () => {
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c: Buffer) => {
      printed += c.toString();
    });
    const terminal = new ShellAdapter({ input: new PassThrough(), output, tty: false });
    const deps = kpiDeps(NOW, config, { chat: terminal });
    await seedDemoHistory(deps, NOW);
    expect(await runDigest(deps, { channel: "terminal", timezone: "Europe/Madrid" })).toBe(true);
    expect(printed).toMatch(/Daily ORM digest — 2027-03-09/);
    expect(printed).toMatch(/\d+ mentions, (up|down) \d+% on the previous day/);
    expect(printed).not.toMatch(/No mentions/);
  });

  it("never seeds into a store that already holds mentions", async () => {
    const deps = kpiDeps(NOW, config);
    await put(deps, [mention("2027-03-09T10:00:00Z", { id: "mine" })]);
    expect(await seedDemoHistory(deps, NOW)).toBeNull();
    expect(await deps.store.mentions.count()).toBe(1);
  });
});
