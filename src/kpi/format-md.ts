import {
  conversionText,
  firstResponseText,
  peakHourText,
  ratingText,
  resolutionText,
  significanceText,
} from "./figures-text.js";
import { dayPart, pct } from "./narrative.js";
import type { Report } from "./report-types.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Markdown-safe text from outside (source ids, authors, terms): no tables broken, no links forged. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s+/g, " ");
}

function table(head: string[], body: Array<Array<string | number>>, none: string): string[] {
  if (body.length === 0) return [none];
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...body.map((r) => `| ${r.join(" | ")} |`),
  ];
}

function changeText(c: number | null, current: number): string {
  if (c === null) return current === 0 ? "no change" : "new";
  return `${c >= 0 ? "+" : ""}${Math.round(c * 100)}%`;
}

function counts(title: string, r: Record<string, number>, total: number): string[] {
  if (total === 0) return [];
  const body = Object.entries(r).map(([k, n]) => [md(k), n, pct(total ? n / total : 0)]);
  return [`### ${title}`, "", ...table(["", "mentions", "share"], body, "None."), ""];
}

function mentionSection(r: Report): string[] {
  const m = r.mentions;
  return [
    "## Mentions",
    "",
    `- **Total:** ${m.total} (previous: ${m.previousTotal}, ${changeText(m.change, m.total)})`,
    `- **Sentiment:** ${m.bySentiment.negative} negative (${pct(r.shares.negative)}), ${m.bySentiment.neutral} neutral, ${m.bySentiment.positive} positive (${pct(r.shares.positive)})`,
    `- **Rating:** ${ratingText(r)}${r.rating.count ? ` (${stars(r)})` : ""}`,
    `- **Peak hour:** ${peakHourText(r)}`,
    `- **Insults:** ${m.insults}`,
    "",
    ...counts("By source", m.bySource, m.total),
    ...counts("By channel", m.byChannel, m.total),
    ...counts("By language", m.byLanguage, m.total),
  ];
}

function stars(r: Report): string {
  return Object.entries(r.rating.distribution)
    .map(([k, v]) => `${k}★ ${v}`)
    .join(", ");
}

function caseSection(r: Report): string[] {
  const c = r.cases;
  return [
    "## Cases",
    "",
    `- **Opened:** ${c.opened} · **answered:** ${c.answered} · **closed:** ${c.closed} · **SLA breaches:** ${c.slaBreaches} · **open now:** ${c.openNow}`,
    `- **First response:** ${firstResponseText(r)}`,
    `- **Resolution:** ${resolutionText(r)}`,
    `- **Sentiment conversion:** ${conversionText(r)}`,
    "",
  ];
}

function surgeSection(r: Report): string[] {
  const body = r.surges.map((s) => {
    return [
      `${s.start.slice(0, 16).replace("T", " ")} (${WEEKDAYS[s.peakWeekday]} ${dayPart(s.peakHour)})`,
      s.mentions,
      s.expected,
      significanceText(s),
      md(s.drivers.join(", ")) || "—",
      md(s.topics.join(", ")) || "—",
    ];
  });
  const head = ["start", "mentions", "expected", "significance", "drivers", "topics"];
  return ["## Surges", "", ...table(head, body, "No surges."), ""];
}

/** The report as Markdown: the narrative first, then the figures. */
export function formatMarkdown(r: Report): string {
  const topics = r.topTopics.map((t) => [
    md(t.topic),
    t.count,
    t.previous,
    changeText(t.change, t.count),
    t.negative,
  ]);
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
    ...table(["topic", "mentions", "previous", "change", "negative"], topics, "No topics."),
    "",
    ...surgeSection(r),
    "## Authors",
    "",
    ...table(["top author", "cases", "mentions", "negative"], authors, "No cases opened."),
    "",
    ...table(["watched", "key", "mentions", "negative"], watched, "No watched authors."),
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
