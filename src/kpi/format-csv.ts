import type { Report } from "./report-types.js";

type Row = [metric: string, key: string, value: number | string | null];

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is defused with `'`. */
export function csvCell(v: number | string | null): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function entries(metric: string, r: Record<string, number>): Row[] {
  return Object.entries(r).map(([k, v]) => [metric, k, v]);
}

function rows(r: Report): Row[] {
  const out: Row[] = [
    ["mentions", "total", r.mentions.total],
    ["mentions", "previous_total", r.mentions.previousTotal],
    ["mentions", "change", r.mentions.change],
    ["mentions", "insults", r.mentions.insults],
    ...entries("by_sentiment", r.mentions.bySentiment),
    ...entries("by_source", r.mentions.bySource),
    ...entries("by_language", r.mentions.byLanguage),
    ...entries("by_channel", r.mentions.byChannel),
    ...entries("shares", r.shares),
    ["rating", "average", r.rating.average],
    ["rating", "count", r.rating.count],
    ...entries("rating_distribution", r.rating.distribution),
    ...entries("cases", { ...r.cases, byOutcome: 0 }).filter(([, k]) => k !== "byOutcome"),
    ...entries("cases_by_outcome", r.cases.byOutcome),
    ...Object.entries(r.times).map(([k, v]): Row => ["times_s", k, v]),
    ["conversion", "detractors", r.conversion.detractors],
    ["conversion", "converted", r.conversion.converted],
    ["conversion", "rate", r.conversion.rate],
    ["peak_hour", "", r.peakHour],
    ...r.hourly.map((n, h): Row => ["hourly", String(h).padStart(2, "0"), n]),
    ...r.topTopics.flatMap((t): Row[] => [
      ["topic", t.topic, t.count],
      ["topic_change", t.topic, t.change],
    ]),
    ...r.topAuthors.map((a): Row => ["top_author_cases", a.author, a.cases]),
    ...r.watchedAuthors.map((a): Row => ["watched_author", a.author, a.mentions]),
  ];
  if (r.shareOfVoice) {
    out.push(
      ["share_of_voice", "brand", r.shareOfVoice.brand],
      ["share_of_voice", "share", r.shareOfVoice.share],
    );
    out.push(...entries("share_of_voice", r.shareOfVoice.competitors));
  }
  for (const s of r.surges) {
    out.push(["surge_mentions", s.start, s.mentions], ["surge_expected", s.start, s.expected]);
    out.push(["surge_z", s.start, s.z], ["surge_p", s.start, s.pValue]);
    out.push(["surge_drivers", s.start, s.drivers.join(" ")]);
  }
  return out;
}

/**
 * The report as CSV for the KPI spreadsheet: one row per figure in long form
 * (`period_from,period_to,timezone,metric,key,value`), so periods append under each other.
 */
export function formatCsv(r: Report): string {
  const head = "period_from,period_to,timezone,metric,key,value";
  const lead = [r.period.from, r.period.to, r.period.timezone].map(csvCell).join(",");
  const lines = rows(r).map(
    ([metric, key, value]) => `${lead},${csvCell(metric)},${csvCell(key)},${csvCell(value)}`,
  );
  return `${[head, ...lines].join("\n")}\n`;
}
