import { describe, expect, it } from "vitest";
import { graphemeBoundary, stripBidiControls, truncateGraphemes } from "../../../src/core/chat-text.js";
import { MAX_SERIES_PER_METRIC, Metrics } from "../../../src/core/metrics.js";

describe("Metrics (prom-client) with bounded labels", () => {
  it("renders counters, gauges and histograms in the Prometheus text format", async () => {
    const m = new Metrics();
    m.inc("orm_polls_total", "Source polls", { source: "a" }, 2);
    m.set("orm_queue_depth", "Jobs waiting", { queue: "alerts" }, 3);
    m.observe("orm_poll_seconds", "Poll time", { source: "a" }, 0.2);
    const text = await m.render();
    expect(text).toContain("# TYPE orm_polls_total counter");
    expect(text).toContain('orm_polls_total{source="a"} 2');
    expect(text).toContain('orm_queue_depth{queue="alerts"} 3');
    expect(text).toContain('orm_poll_seconds_bucket{le="0.25",source="a"} 1');
    expect(text).toContain('orm_poll_seconds_count{source="a"} 1');
    expect(m.contentType).toMatch(/^text\/plain; version=0.0.4/);
  });

  it("maps a bounded label's unknown values to its fallback (sources: configured ids, else push)", async () => {
    const m = new Metrics();
    m.boundLabel("source", ["reddit"], "push");
    for (let i = 0; i < 1000; i++) m.inc("orm_mentions_ingested_total", "Stored", { source: `zapier-${i}` });
    m.inc("orm_mentions_ingested_total", "Stored", { source: "reddit" });
    expect(m.value("orm_mentions_ingested_total", { source: "push" })).toBe(1000);
    expect(m.value("orm_mentions_ingested_total", { source: "reddit" })).toBe(1);
    expect((await m.render()).match(/^orm_mentions_ingested_total\{/gm)).toHaveLength(2);
  });

  it("caps the series of one metric and the length of label values", async () => {
    const m = new Metrics();
    for (let i = 0; i < MAX_SERIES_PER_METRIC + 200; i++) m.inc("orm_x_total", "x", { who: `w${i}` });
    m.inc("orm_y_total", "y", { who: "z".repeat(5000) });
    const text = await m.render();
    expect(text.match(/^orm_x_total\{/gm)!.length).toBe(MAX_SERIES_PER_METRIC + 1);
    expect(m.value("orm_x_total", { who: "other" })).toBe(200);
    expect(text.length).toBeLessThan(60_000);
  });

  it("has a build-info metric and, when asked, process metrics", async () => {
    const m = new Metrics();
    m.setBuildInfo("1.2.3", "v20.0.0");
    m.collectProcessMetrics();
    const text = await m.render();
    expect(text).toContain('orm_build_info{node="v20.0.0",version="1.2.3"} 1');
    expect(text).toContain("process_cpu_seconds_total");
    expect(text).toContain("nodejs_eventloop_lag_seconds");
  });
});

describe("outside text for chat", () => {
  it("cuts on grapheme boundaries: an emoji with its skin tone, a flag, a combining accent", () => {
    const thumbs = "👍🏽"; // 4 UTF-16 units
    const s = `ab${thumbs}${thumbs}`;
    for (let max = 1; max <= s.length; max++) {
      const cut = truncateGraphemes(s, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.replace(/…$/, "")).toMatch(/^(ab)?(?:👍🏽)*$|^a$|^$/u);
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
    expect(graphemeBoundary("e\u0301e\u0301", 1)).toBe(0);
    expect(graphemeBoundary("🇪🇸🇪🇸", 6)).toBe(4);
  });

  it("removes bidirectional overrides and isolates, keeps right-to-left letters", () => {
    expect(stripBidiControls("invoice\u202Egpj.exe \u2066x\u2069 שלום")).toBe("invoicegpj.exe x שלום");
  });
});
