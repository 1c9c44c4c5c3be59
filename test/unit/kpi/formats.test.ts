import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoHistory } from "../../../src/app/demo/seed.js";
import { loadConfig } from "../../../src/config/load.js";
import { buildReport, formatReport, type Report, reportMessage } from "../../../src/kpi/index.js";
import { humanDuration } from "../../../src/kpi/narrative.js";
import type { ChatMessage, RichText } from "../../../src/ports/chat.js";
import { tempDir } from "../../helpers/cli.js";
import { kpiDeps } from "./fixtures.js";

const NOW = Date.parse("2027-03-10T11:00:00Z");

function plain(t: RichText | string): string {
  if (typeof t === "string") return t;
  return t.map((p) => (typeof p === "string" ? p : "text" in p ? p.text : "")).join("");
}

/** Every text of a chat message, flattened. */
function chatText(m: ChatMessage): string {
  return m.blocks
    .map((b) => {
      const x = b as { text?: RichText | string; fields?: RichText[] };
      return [x.text ? plain(x.text) : "", ...(x.fields ?? []).map(plain)].join("\n");
    })
    .join("\n");
}

/** The CSV's value for metric and key. */
function csvValue(csv: string, metric: string, key: string): string | undefined {
  const row = csv.split("\n").find((l) => l.split(",").slice(3, 5).join(",") === `${metric},${key}`);
  return row?.split(",").slice(5).join(",");
}

describe("the same figures in Markdown, JSON, CSV and chat", () => {
  let r: Report;
  let empty: Report;
  beforeAll(async () => {
    const deps = kpiDeps(NOW, loadConfig({ env: {}, cwd: tempDir() }));
    await seedDemoHistory(deps, NOW);
    r = await buildReport(deps, "week", { now: NOW });
    empty = await buildReport(deps, "2020-01-01..2020-01-07", { now: NOW });
  });

  it("carries each key figure in every format", () => {
    const md = formatReport(r, "md");
    const csv = formatReport(r, "csv");
    const json = JSON.parse(formatReport(r, "json")) as Report;
    const chat = chatText(reportMessage(r));
    const first = humanDuration(r.times.firstResponseMedian);
    expect(json.mentions.total).toBe(r.mentions.total);
    expect(md).toContain(`**Total:** ${r.mentions.total} `);
    expect(chat).toContain(`${r.mentions.total} (previous ${r.mentions.previousTotal})`);
    expect(csvValue(csv, "mentions", "total")).toBe(String(r.mentions.total));

    const cases = `${r.cases.opened} opened, ${r.cases.answered} answered, ${r.cases.closed} closed`;
    expect(chat).toContain(cases);
    expect(md).toContain(
      `**Opened:** ${r.cases.opened} · **answered:** ${r.cases.answered} · **closed:** ${r.cases.closed}`,
    );
    expect(csvValue(csv, "cases", "answered")).toBe(String(r.cases.answered));

    const rating = `${r.rating.average} average from ${r.rating.count} reviews`;
    expect(md).toContain(rating);
    expect(chat).toContain(rating);
    expect(csvValue(csv, "rating", "average")).toBe(String(r.rating.average));

    expect(md).toContain(`median ${first}`);
    expect(chat).toContain(`median ${first}`);
    expect(csvValue(csv, "times_s", "firstResponseMedian")).toBe(String(r.times.firstResponseMedian));

    const s = r.surges[0]!;
    expect(json.surges[0]).toMatchObject({
      start: s.start,
      mentions: s.mentions,
      expected: s.expected,
      z: s.z,
    });
    expect(md).toContain(`| ${s.mentions} | ${s.expected} | z ${s.z}, `);
    expect(chat).toContain(`${s.mentions} mentions vs ${s.expected} expected (z ${s.z}, `);
    expect(csvValue(csv, "surge_z", s.start)).toBe(String(s.z));
  });

  it("says what is missing in words, with no stray markers", () => {
    const md = formatReport(empty, "md");
    expect(md).not.toMatch(/n\/a average|from 0 reviews|_none_/);
    expect(md).toContain("- **Rating:** no reviews");
    expect(md).toContain("- **First response:** no case answered");
    expect(md).toContain("No surges.");
    expect(md).toContain("(previous: 0, no change)");
    const chat = chatText(reportMessage(empty));
    expect(chat).toContain("no reviews");
    expect(chat).not.toContain("n/a");
  });
});
