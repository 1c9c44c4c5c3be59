import type { TopLevelSpec } from "vega-lite";
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

/** Volume by sentiment over time, stacked, with each surge marked at its start. */
export function volumeSpec(r: Report): ChartSpec {
  const order = r.timeline.map((p) => bucketLabel(p.start, r.timelineUnit));
  const values = r.timeline.flatMap((p) =>
    (["negative", "neutral", "positive"] as const).map((s) => ({
      bucket: bucketLabel(p.start, r.timelineUnit),
      sentiment: s,
      mentions: p[s],
    })),
  );
  const surges = r.surges
    .map((s) => ({ bucket: bucketOf(r, s.startMs), label: `surge ${s.mentions}` }))
    .filter((s) => s.bucket !== null);
  const x = {
    field: "bucket",
    type: "ordinal" as const,
    sort: order,
    title: null,
    axis: { labelAngle: -45 },
  };
  return {
    filename: "volume.png",
    title: "Mentions by sentiment",
    spec: {
      ...BASE,
      title: `Mentions by sentiment, ${r.period.label}`,
      width: Math.max(480, order.length * 18),
      height: 260,
      layer: [
        {
          data: { name: "volume", values },
          mark: "bar",
          encoding: {
            x,
            y: { field: "mentions", type: "quantitative", stack: "zero", title: "mentions" },
            color: { field: "sentiment", type: "nominal", scale: SENTIMENT_COLORS },
          },
        },
        {
          data: { name: "surges", values: surges },
          layer: [
            { mark: { type: "rule", color: "#ff7f0e", strokeWidth: 2, strokeDash: [4, 3] }, encoding: { x } },
            {
              mark: { type: "text", color: "#ff7f0e", dy: -120, fontWeight: "bold" },
              encoding: { x, text: { field: "label" } },
            },
          ],
        },
      ],
    } as TopLevelSpec,
  };
}

/** First-response and resolution times (median and p90), in hours. */
export function responseSpec(r: Report): ChartSpec {
  const t = r.times;
  const h = (s: number | null) => (s === null ? 0 : Math.round((s / 3600) * 100) / 100);
  const values = [
    { measure: "first response", stat: "median", hours: h(t.firstResponseMedian) },
    { measure: "first response", stat: "p90", hours: h(t.firstResponseP90) },
    { measure: "resolution", stat: "median", hours: h(t.resolutionMedian) },
    { measure: "resolution", stat: "p90", hours: h(t.resolutionP90) },
  ];
  return {
    filename: "response-times.png",
    title: "Response times",
    spec: {
      ...BASE,
      title: `Response times (hours), ${r.cases.opened} cases`,
      width: 360,
      height: 220,
      data: { name: "times", values },
      mark: "bar",
      encoding: {
        x: { field: "measure", type: "nominal", title: null, axis: { labelAngle: 0 } },
        xOffset: { field: "stat" },
        y: { field: "hours", type: "quantitative", title: "hours" },
        color: { field: "stat", type: "nominal", scale: { range: ["#4c78a8", "#9ecae9"] } },
      },
    } as TopLevelSpec,
  };
}

/** Top topics in this and the previous period. */
export function topicsSpec(r: Report): ChartSpec {
  const values = r.topTopics.flatMap((t) => [
    { topic: t.topic, period: "this period", mentions: t.count },
    { topic: t.topic, period: "previous", mentions: t.previous },
  ]);
  return {
    filename: "topics.png",
    title: "Top topics",
    spec: {
      ...BASE,
      title: "Top topics vs the previous period",
      width: 420,
      height: { step: 14 },
      data: { name: "topics", values },
      mark: "bar",
      encoding: {
        y: { field: "topic", type: "nominal", sort: r.topTopics.map((t) => t.topic), title: null },
        yOffset: { field: "period", sort: ["this period", "previous"] },
        x: { field: "mentions", type: "quantitative" },
        color: { field: "period", type: "nominal", scale: { range: ["#4c78a8", "#c7c7c7"] } },
      },
    } as TopLevelSpec,
  };
}

/** Mentions per local weekday × hour. */
export function heatmapSpec(r: Report): ChartSpec {
  const values = r.heatmap.flatMap((row, d) =>
    row.map((n, hour) => ({ weekday: WEEKDAYS[d], hour, mentions: n })),
  );
  return {
    filename: "hours-heatmap.png",
    title: "When people talk",
    spec: {
      ...BASE,
      title: `Mentions by weekday and hour (${r.period.timezone})`,
      width: 24 * 22,
      height: 7 * 22,
      data: { name: "heatmap", values },
      mark: "rect",
      encoding: {
        x: { field: "hour", type: "ordinal", title: "hour" },
        y: { field: "weekday", type: "ordinal", sort: WEEKDAYS, title: null },
        color: { field: "mentions", type: "quantitative", scale: { scheme: "oranges" } },
      },
    } as TopLevelSpec,
  };
}

/** Every chart of a report, in the order they are posted. */
export function chartSpecs(r: Report): ChartSpec[] {
  return [volumeSpec(r), responseSpec(r), topicsSpec(r), heatmapSpec(r)];
}
