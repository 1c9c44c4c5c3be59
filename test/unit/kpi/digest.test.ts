import { PassThrough } from "node:stream";
import { CronExpressionParser } from "cron-parser";
import cron from "node-cron";
import { afterEach, describe, expect, it } from "vitest";
import { ShellAdapter } from "../../../src/adapters/shell/index.js";
import { EmbeddedStore } from "../../../src/backends/memory/store.js";
import { digestCron, registerDigests } from "../../../src/kpi/index.js";
import { ManualClock } from "../../../src/ports/clock.js";
import { kpiConfig, kpiDeps, mention, put } from "./fixtures.js";

const CHANNEL = "C0DIGEST";
const SCHEDULE_ID = `digest:daily:${CHANNEL}`;

/** One replica: its own jobs and its own terminal chat, on the shared store. */
function replica(store: EmbeddedStore, nowMs: number) {
  const output = new PassThrough();
  let printed = "";
  output.on("data", (c: Buffer) => {
    printed += c.toString();
  });
  const chat = new ShellAdapter({ input: new PassThrough(), output, tty: false, channel: CHANNEL });
  const config = kpiConfig({ report: { digests: [{ channel: CHANNEL, hour: 9 }] } });
  const deps = kpiDeps(nowMs, config, { store, chat });
  return { deps, printed: () => printed };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe("daily digest", () => {
  it("fires at 09:00 Madrid time on both sides of the spring DST change", () => {
    const it = CronExpressionParser.parse(digestCron(9), {
      currentDate: new Date("2026-03-27T12:00:00Z"),
      tz: "Europe/Madrid",
    });
    const next = [1, 2, 3].map(() => it.next().toDate().toISOString());
    expect(next).toEqual([
      "2026-03-28T08:00:00.000Z",
      "2026-03-29T07:00:00.000Z",
      "2026-03-30T07:00:00.000Z",
    ]);
  });

  it("posts once a day with two replicas, across the DST change", async () => {
    const start = Date.parse("2026-03-28T08:00:00Z");
    const store = new EmbeddedStore({ dataDir: null, clock: new ManualClock(start) });
    const a = replica(store, start);
    const b = replica(store, start);
    await put(a.deps, [
      mention("2026-03-27T10:00:00Z", { sentiment: "negative", topics: ["shipping"] }),
      mention("2026-03-27T11:00:00Z", { sentiment: "positive" }),
      mention("2026-03-28T10:00:00Z", { sentiment: "negative" }),
      mention("2026-03-20T10:00:00Z", { sentiment: "neutral" }),
    ]);
    for (const r of [a, b]) {
      await registerDigests(r.deps);
      await r.deps.jobs.start();
      closers.push(() => r.deps.jobs.close());
    }
    const tasks = [...cron.getTasks().values()].filter((t) => t.name === SCHEDULE_ID);
    expect(tasks).toHaveLength(2);
    for (const t of tasks) {
      expect(t.getPattern()).toBe("0 9 * * *");
      expect(t.match(new Date("2026-03-28T08:00:00Z"))).toBe(true);
      expect(t.match(new Date("2026-03-29T07:00:00Z"))).toBe(true);
      expect(t.match(new Date("2026-03-29T08:00:00Z"))).toBe(false);
    }
    const fires = ["2026-03-28T08:00:00Z", "2026-03-29T07:00:00Z", "2026-03-30T07:00:00Z"];
    for (const at of fires) {
      for (const r of [a, b]) r.deps.clock.set(Date.parse(at));
      await Promise.all(tasks.map((t) => t.execute()));
      await Promise.all([a.deps.jobs.drain(), b.deps.jobs.drain()]);
    }
    const all = a.printed() + b.printed();
    const headers = all.match(/Daily ORM digest — \d{4}-\d{2}-\d{2}/g);
    expect(headers).toEqual([
      "Daily ORM digest — 2026-03-27",
      "Daily ORM digest — 2026-03-28",
      "Daily ORM digest — 2026-03-29",
    ]);
    expect(all).toContain("1 mention, down 50% on the previous day");
    expect(all).toContain("0 (±0% vs last Sunday)");
    expect(all).toMatch(/Mentions\W+2 \(\+100% vs last Friday\)/);
    expect(a.deps.jobs.failed).toEqual([]);
    expect(b.deps.jobs.failed).toEqual([]);
  });
});
