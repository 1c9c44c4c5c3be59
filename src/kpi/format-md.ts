import { dayPart, humanDuration, pct } from "./narrative.js";
import type { Report } from "./report-types.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Markdown-safe text from outside (source ids, authors, terms): no tables broken, no links forged. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s+/g, " ");
}

function table(head: string[], body: Array<Array<string | number>>): string[] {
  if (body.length === 0) return ["_none_"];
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...body.map((r) => `| ${r.join(" | ")} |`),
  ];
}

function changeText(c: number | null): string {
  return c === null ? "new" : `${c >= 0 ? "+" : ""}${Math.round(c * 100)}%`;
}

function counts(title: string, r: Record<string, number>, total: number): string[] {
  const body = Object.entries(r).map(([k, n]) => [md(k), n, pct(total ? n / total : 0)]);
  return [`### ${title}`, "", ...table(["", "mentions", "share"], body), ""];
}

function mentionSection(r: Report): string[] {
  const m = r.mentions;
  return [
    "## Mentions",
    "",
    `- **Total:** ${m.total} (previous: ${m.previousTotal}, ${changeText(m.change)})`,
    `- **Sentiment:** ${m.bySentiment.negative} negative (${pct(r.shares.negative)}), ${m.bySentiment.neutral} neutral, ${m.bySentiment.positive} positive (${pct(r.shares.positive)})`,
    `- **Rating:** ${r.rating.average ?? "n/a"} average from ${r.rating.count} reviews (${Object.entries(
      r.rating.distribution,
    )
      .map(([k, v]) => `${k}★ ${v}`)
      .join(", ")})`,
    `- **Peak hour:** ${r.peakHour === null ? "n/a" : `${String(r.peakHour).padStart(2, "0")}:00`} (${r.period.timezone})`,
    `- **Insults:** ${m.insults}`,
    "",
    ...counts("By source", m.bySource, m.total),
    ...counts("By channel", m.byChannel, m.total),
    ...counts("By language", m.byLanguage, m.total),
  ];
}

function caseSection(r: Report): string[] {
  const c = r.cases;
  const t = r.times;
  return [
    "## Cases",
    "",
    `- **Opened:** ${c.opened} · **answered:** ${c.answered} · **closed:** ${c.closed} · **SLA breaches:** ${c.slaBreaches} · **open now:** ${c.openNow}`,
    `- **First response:** median ${humanDuration(t.firstResponseMedian)}, p90 ${humanDuration(t.firstResponseP90)}`,
    `- **Resolution:** median ${humanDuration(t.resolutionMedian)}, p90 ${humanDuration(t.resolutionP90)}`,
    `- **Sentiment conversion:** ${r.conversion.converted} of ${r.conversion.detractors} detractors`,
    "",
  ];
}

function surgeSection(r: Report): string[] {
  const body = r.surges.map((s) => {
    return [
      `${s.start.slice(0, 16).replace("T", " ")} (${WEEKDAYS[s.peakWeekday]} ${dayPart(s.peakHour)})`,
      s.mentions,
      s.expected,
      md(s.drivers.join(", ")) || "—",
      md(s.topics.join(", ")) || "—",
    ];
  });
  return ["## Surges", "", ...table(["start", "mentions", "expected", "drivers", "topics"], body), ""];
}

/** The report as Markdown: the narrative first, then the figures. */
export function formatMarkdown(r: Report): string {
  const topics = r.topTopics.map((t) => [md(t.topic), t.count, t.previous, changeText(t.change), t.negative]);
  const authors = r.topAuthors.map((a) => [md(a.author), a.cases, a.mentions, a.negative]);
  const watched = r.watchedAuthors.map((a) => [md(a.name), md(a.author), a.mentions, a.negative]);
  const lines = [
    `# ORM report: ${r.period.label}`,
    "",
    `_${r.period.from} → ${r.period.to} (${r.period.timezone})_`,
    "",
    `> ${r.summary}`,
    "",
    ...mentionSection(r),
    ...caseSection(r),
    "## Top topics",
    "",
    ...table(["topic", "mentions", "previous", "change", "negative"], topics),
    "",
    ...surgeSection(r),
    "## Authors",
    "",
    ...table(["top author", "cases", "mentions", "negative"], authors),
    "",
    ...table(["watched", "key", "mentions", "negative"], watched),
    "",
  ];
  if (r.shareOfVoice) {
    const sov = r.shareOfVoice;
    lines.push(
      "## Share of voice",
      "",
      `- **Brand:** ${sov.brand} (${sov.share === null ? "n/a" : pct(sov.share)})`,
    );
    for (const [name, n] of Object.entries(sov.competitors)) lines.push(`- **${md(name)}:** ${n}`);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}
