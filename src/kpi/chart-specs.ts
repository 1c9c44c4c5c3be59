import type { TopLevelSpec } from "vega-lite";
import { inUnit, plural, timeUnitFor } from "./chart-units.js";
import type { Report } from "./report-types.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const SENTIMENT_COLORS = {
  domain: ["negative", "neutral", "positive"],
  range: ["#d1495b", "#a0a4ab", "#2e933c"],
};
const BASE = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  background: "white",
  config: { font: "DejaVu Sans, Liberation Sans, Arial, sans-serif", view: { stroke: null } },
} as const;

/** One chart of the report: a file name, a title and its Vega-Lite spec (data inlined). */
export interface ChartSpec {
  filename: string;
  title: string;
  spec: TopLevelSpec;
}

function bucketLabel(iso: string, unit: "hour" | "day"): string {
  return unit === "hour"
    ? iso.slice(11, 16)
    : `${iso.slice(5, 10)} ${WEEKDAYS[(new Date(`${iso.slice(0, 10)}T12:00:00Z`).getUTCDay() + 6) % 7]}`;
}

function bucketOf(r: Report, ms: number): string | null {
  let pick: string | null = null;
  for (const p of r.timeline) if (Date.parse(p.start) <= ms) pick = p.start;
  return pick === null ? null : bucketLabel(pick, r.timelineUnit);
}

/** What a chart with nothing to show draws instead: its title and one line saying so, no empty axes. */
export function emptyChart(
  filename: string,
  title: string,
  heading: string,
  message: string,
  size = { width: 480, height: 200 },
): ChartSpec {
  return {
    filename,
    title,
    spec: {
      ...BASE,
      title: heading,
      ...size,
      data: { values: [{ message }] },
      mark: { type: "text", fontSize: 18, color: "#666666" },
      encoding: { text: { field: "message" } },
    } as TopLevelSpec,
  };
}

/** Each surge as a short `surge N` mark at its bucket, with the line the subtitle gives it. */
function surgeMarks(r: Report): Array<{ bucket: string | null; label: string; detail: string }> {
  return r.surges
    .map((s, i) => ({
      bucket: bucketOf(r, s.startMs),
      label: `surge ${i + 1}`,
      detail: `surge ${i + 1}: ${s.start.slice(5, 16).replace("T", " ")}, ${s.mentions} mentions vs ${Math.round(s.expected)} expected`,
    }))
    .filter((s) => s.bucket !== null);
}

/** This period strong, the previous muted. */
const PERIOD_COLORS = ["#1f5fa6", "#c9ced6"];
const MENTION_AXIS = { tickMinStep: 1, format: "d" };
const SURGE_RULE = { type: "rule", color: "#ff7f0e", strokeWidth: 2, strokeDash: [4, 3] };
const SURGE_LABEL = {
  type: "text",
  color: "#c45a00",
  fontWeight: "bold",
  align: "left",
  dx: 4,
  y: 4,
  baseline: "top",
};

/**
 * Volume by sentiment over time, stacked. Each surge is a dashed line labelled `surge N` and described in
 * the subtitle, so two surges in one week never print over each other.
 */
export function volumeSpec(r: Report): ChartSpec {
  const heading = `Mentions by sentiment, ${r.period.label}`;
  if (r.mentions.total === 0)
    return emptyChart("volume.png", "Mentions by sentiment", heading, `No mentions in ${r.period.label}`);
  const order = r.timeline.map((p) => bucketLabel(p.start, r.timelineUnit));
  const values = r.timeline.flatMap((p) =>
    (["negative", "neutral", "positive"] as const).map((s) => ({
      bucket: bucketLabel(p.start, r.timelineUnit),
      sentiment: s,
      mentions: p[s],
    })),
  );
  const surges = surgeMarks(r);
  const subtitle = surges.length ? surges.map((s) => s.detail).join(" · ") : "no surges";
  const x = { field: "bucket", type: "ordinal", sort: order, title: null, axis: { labelAngle: -45 } };
  const y = { field: "mentions", type: "quantitative", stack: "zero", title: "mentions", axis: MENTION_AXIS };
  const color = { field: "sentiment", type: "nominal", scale: SENTIMENT_COLORS, title: null };
  return {
    filename: "volume.png",
    title: "Mentions by sentiment",
    spec: {
      ...BASE,
      title: { text: heading, subtitle },
      width: Math.max(480, order.length * 18),
      height: 260,
      layer: [
        { data: { name: "volume", values }, mark: "bar", encoding: { x, y, color } },
        {
          data: { name: "surges", values: surges },
          layer: [
            { mark: SURGE_RULE, encoding: { x } },
            { mark: SURGE_LABEL, encoding: { x, text: { field: "label" } } },
          ],
        },
      ],
    } as unknown as TopLevelSpec,
  };
}

/** One panel of the response-time chart: median and p90 of one measure, in the unit its size reads best in. */
function timePanel(title: string, median: number | null, p90: number | null): Record<string, unknown> {
  const unit = timeUnitFor(Math.max(median ?? 0, p90 ?? 0));
  const values = (
    [
      ["median", median],
      ["p90", p90],
    ] as const
  )
    .filter(([, v]) => v !== null)
    .map(([stat, v]) => ({ stat, value: inUnit(v!, unit), label: `${inUnit(v!, unit)} ${unit.short}` }));
  const x = { field: "stat", type: "nominal", title: null, sort: ["median", "p90"], axis: { labelAngle: 0 } };
  const y = { field: "value", type: "quantitative", title: unit.name };
  return {
    title: { text: title, fontSize: 13 },
    width: 200,
    height: 220,
    data: { values },
    layer: [
      {
        mark: "bar",
        encoding: {
          x,
          y,
          color: {
            field: "stat",
            type: "nominal",
            legend: null,
            scale: { domain: ["median", "p90"], range: ["#1f5fa6", "#9ecae9"] },
          },
        },
      },
      { mark: { type: "text", dy: -8, fontSize: 12 }, encoding: { x, y, text: { field: "label" } } },
    ],
  };
}

/** First-response and resolution times (median and p90), each panel in the unit its size reads best in. */
export function responseSpec(r: Report): ChartSpec {
  const t = r.times;
  const c = r.cases;
  const counted = `${plural(c.opened, "case")} opened, ${c.answered} answered, ${c.closed} closed`;
  const heading = `Response times, ${r.period.label}`;
  if (t.firstResponseMedian === null && t.resolutionMedian === null)
    return emptyChart(
      "response-times.png",
      "Response times",
      heading,
      c.opened === 0 ? "No cases opened in this period" : `No case answered yet (${counted})`,
    );
  const panels = [
    ...(t.firstResponseMedian === null
      ? []
      : [
          timePanel(
            `First response (${plural(c.answered, "case")} answered)`,
            t.firstResponseMedian,
            t.firstResponseP90,
          ),
        ]),
    ...(t.resolutionMedian === null
      ? []
      : [timePanel(`Resolution (${plural(c.closed, "case")} closed)`, t.resolutionMedian, t.resolutionP90)]),
  ];
  return {
    filename: "response-times.png",
    title: "Response times",
    spec: {
      ...BASE,
      title: { text: heading, subtitle: `${counted}; median and 90th percentile` },
      hconcat: panels,
    } as unknown as TopLevelSpec,
  };
}

function periodNames(r: Report): [string, string] {
  const u = r.period.unit;
  return u === "range" ? ["this period", "previous period"] : [`this ${u}`, `previous ${u}`];
}

/** Top topics: this period in the strong colour, the previous one muted behind it. */
export function topicsSpec(r: Report): ChartSpec {
  const [now, before] = periodNames(r);
  const heading = `Top topics, ${r.period.label}`;
  if (r.topTopics.length === 0)
    return emptyChart("topics.png", "Top topics", heading, "No topics in this period");
  const values = r.topTopics.flatMap((t) => [
    { topic: t.topic, period: now, mentions: t.count },
    { topic: t.topic, period: before, mentions: t.previous },
  ]);
  return {
    filename: "topics.png",
    title: "Top topics",
    spec: {
      ...BASE,
      title: { text: heading, subtitle: `mentions per topic, ${now} against ${before}` },
      width: 420,
      height: { step: 14 },
      data: { name: "topics", values },
      mark: "bar",
      encoding: {
        y: { field: "topic", type: "nominal", sort: r.topTopics.map((t) => t.topic), title: null },
        yOffset: { field: "period", sort: [now, before] },
        x: { field: "mentions", type: "quantitative", title: "mentions", axis: MENTION_AXIS },
        color: {
          field: "period",
          type: "nominal",
          title: null,
          scale: { domain: [now, before], range: PERIOD_COLORS },
        },
      },
    } as TopLevelSpec,
  };
}

/** Mentions per local weekday × hour. */
export function heatmapSpec(r: Report): ChartSpec {
  const heading = `Mentions by weekday and hour (${r.period.timezone}), ${r.period.label}`;
  if (r.mentions.total === 0)
    return emptyChart("hours-heatmap.png", "When people talk", heading, `No mentions in ${r.period.label}`, {
      width: 24 * 22,
      height: 7 * 22,
    });
  const values = r.heatmap.flatMap((row, d) =>
    row.map((n, hour) => ({ weekday: WEEKDAYS[d], hour, mentions: n })),
  );
  return {
    filename: "hours-heatmap.png",
    title: "When people talk",
    spec: {
      ...BASE,
      title: heading,
      width: 24 * 22,
      height: 7 * 22,
      data: { name: "heatmap", values },
      mark: "rect",
      encoding: {
        x: { field: "hour", type: "ordinal", title: "local hour", axis: { labelAngle: 0 } },
        y: { field: "weekday", type: "ordinal", sort: WEEKDAYS, title: null },
        color: { field: "mentions", type: "quantitative", scale: { scheme: "oranges", domainMin: 0 } },
      },
    } as TopLevelSpec,
  };
}

/** Every chart of a report, in the order they are posted. */
export function chartSpecs(r: Report): ChartSpec[] {
  return [volumeSpec(r), responseSpec(r), topicsSpec(r), heatmapSpec(r)];
}
