import { describe, expect, it } from "vitest";
import { buildReport, chartSpecs, renderCharts } from "../../../src/kpi/index.js";
import { kpiDeps, mention, openCase, put } from "./fixtures.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function report() {
  const deps = kpiDeps(Date.parse("2026-11-25T10:00:00Z"));
  const m1 = mention("2026-11-16T08:30:00Z", { sentiment: "negative", topics: ["shipping"] });
  const m2 = mention("2026-11-18T20:00:00Z", { sentiment: "positive", topics: ["praise"] });
  await put(deps, [m1, m2, mention("2026-11-19T12:00:00Z", { topics: ["billing"] })]);
  await openCase(deps, m1, "2026-11-16T08:31:00Z", {
    firstResponseS: 900,
    resolvedS: 7200,
    outcome: "answered",
  });
  return buildReport(deps, "week");
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("report charts", () => {
  it("describes the expected series in each Vega-Lite spec", async () => {
    const r = await report();
    const specs = chartSpecs(r);
    expect(specs.map((s) => s.filename)).toEqual([
      "volume.png",
      "response-times.png",
      "topics.png",
      "hours-heatmap.png",
    ]);
    const json = specs.map((s) => JSON.stringify(s.spec));
    const volume = specs[0]!.spec as unknown as {
      layer: Array<{ data: { name: string; values: Array<Record<string, unknown>> } }>;
    };
    expect(volume.layer[0]!.data.name).toBe("volume");
    expect(volume.layer[0]!.data.values).toHaveLength(7 * 3);
    expect(volume.layer[0]!.data.values).toContainEqual({
      bucket: "11-16 Mon",
      sentiment: "negative",
      mentions: 1,
    });
    expect(json[1]).toContain('{"stat":"median","value":15,"label":"15 min"}');
    expect(json[1]).toContain('{"stat":"p90","value":2,"label":"2 h"}');
    expect(json[1]).toContain("First response (1 case answered)");
    expect(json[2]).toContain('{"topic":"shipping","period":"this week","mentions":1}');
    // This period in the strong colour, the previous one muted.
    expect(json[2]).toContain(
      '"scale":{"domain":["this week","previous week"],"range":["#1f5fa6","#c9ced6"]}',
    );
    expect(json[3]).toContain('{"weekday":"Mon","hour":9,"mentions":1}');
  });

  it("renders every chart to a non-empty PNG of the spec's size", async () => {
    const charts = await renderCharts(await report());
    expect(charts).toHaveLength(4);
    for (const c of charts) {
      expect(c.bytes.subarray(0, 8).equals(PNG_SIGNATURE), c.filename).toBe(true);
      expect(c.bytes.length).toBeGreaterThan(5000);
      const { width, height } = pngSize(c.bytes);
      expect(width).toBeGreaterThan(400);
      expect(height).toBeGreaterThan(200);
      expect(c.title.length).toBeGreaterThan(3);
    }
  });

  it("marks surges on the volume chart", async () => {
    const r = await report();
    r.surges = [
      {
        start: "2026-11-20T18:00:00+01:00",
        end: "2026-11-20T21:00:00+01:00",
        startMs: Date.parse("2026-11-20T17:00:00Z"),
        endMs: Date.parse("2026-11-20T20:00:00Z"),
        mentions: 60,
        expected: 20,
        ratio: 3,
        z: 5.1,
        pValue: 0.00001,
        negative: 50,
        peakHour: 19,
        peakWeekday: 4,
        drivers: ["recall"],
        topics: [],
        sources: {},
        topMentions: [],
      },
    ];
    const spec = JSON.stringify(chartSpecs(r)[0]!.spec);
    expect(spec).toContain('"bucket":"11-20 Fri","label":"surge 1"');
    expect(spec).toContain("surge 1: 11-20 18:00, 60 mentions vs 20 expected");
  });

  it("reads small times in minutes and counts what it counts", async () => {
    const r = await report();
    r.times = { ...r.times, firstResponseMedian: 120, firstResponseP90: 150 };
    r.cases = { ...r.cases, opened: 21, answered: 1, closed: 1 };
    const spec = JSON.stringify(chartSpecs(r)[1]!.spec);
    expect(spec).toContain('{"stat":"median","value":2,"label":"2 min"}');
    expect(spec).not.toContain("0.03");
    expect(spec).toContain("21 cases opened, 1 answered, 1 closed");
    expect(spec).toContain("First response (1 case answered)");
  });

  it("says so in the image when a period is empty, instead of drawing blank axes", async () => {
    const deps = kpiDeps(Date.parse("2026-11-25T10:00:00Z"));
    const empty = await buildReport(deps, "week");
    const specs = chartSpecs(empty).map((s) => JSON.stringify(s.spec));
    expect(specs[0]).toContain('"message":"No mentions in 2026-11-16 – 2026-11-22"');
    expect(specs[1]).toContain('"message":"No cases opened in this period"');
    expect(specs[2]).toContain('"message":"No topics in this period"');
    expect(specs[3]).toContain('"message":"No mentions in 2026-11-16 – 2026-11-22"');
    for (const s of specs) expect(s).toContain('"mark":{"type":"text"');
    const charts = await renderCharts(empty);
    for (const c of charts) expect(pngSize(c.bytes).width).toBeGreaterThan(400);
  });
});
