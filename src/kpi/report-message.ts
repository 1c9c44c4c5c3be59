import type { Block, ChatMessage, RichText } from "../ports/chat.js";
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

function field(label: string, value: string): RichText {
  return [{ text: label, bold: true }, `\n${value}`];
}

function top(r: Record<string, number>, n: number): string {
  const e = Object.entries(r).slice(0, n);
  return e.length ? e.map(([k, v]) => `${k} ${v}`).join(" · ") : "none";
}

/** The report as a chat message: the narrative, then the key figures, topics and surges (well within Block Kit's limits). */
export function reportMessage(r: Report): ChatMessage {
  const c = r.cases;
  const fields: RichText[] = [
    field("Mentions", `${r.mentions.total} (previous ${r.mentions.previousTotal})`),
    field("Negative / positive", `${pct(r.shares.negative)} / ${pct(r.shares.positive)}`),
    field(
      "Cases",
      `${c.opened} opened, ${c.answered} answered, ${c.closed} closed, ${c.slaBreaches} SLA breaches`,
    ),
    field("First response", firstResponseText(r)),
    field("Resolution", resolutionText(r)),
    field("Rating", ratingText(r)),
    field("Conversion", conversionText(r)),
    field("Peak hour", peakHourText(r)),
  ];
  const blocks: Block[] = [
    { type: "header", text: `ORM report: ${r.period.label}`.slice(0, 150) },
    { type: "section", text: [r.summary.slice(0, 2900)] },
    { type: "section", text: [{ text: "Key figures", bold: true }], fields },
    {
      type: "context",
      text: [
        `Sources: ${top(r.mentions.bySource, 5)} — Channels: ${top(r.mentions.byChannel, 5)}`.slice(0, 2900),
      ],
    },
  ];
  if (r.topTopics.length) {
    const lines = r.topTopics.slice(0, 8).map((x) => {
      const ch = x.change === null ? "new" : `${x.change >= 0 ? "+" : ""}${Math.round(x.change * 100)}%`;
      return `• ${x.topic}: ${x.count} (${ch})`;
    });
    blocks.push({ type: "section", text: [{ text: "Top topics", bold: true }, `\n${lines.join("\n")}`] });
  }
  for (const s of r.surges.slice(0, 5)) {
    const when = `${WEEKDAYS[s.peakWeekday]} ${s.start.slice(0, 10)} ${dayPart(s.peakHour)}`;
    const why = s.drivers.length ? ` — ${s.drivers.join(", ")}` : "";
    blocks.push({
      type: "section",
      text: [
        { text: `Surge, ${when}`, bold: true },
        `: ${s.mentions} mentions vs ${s.expected} expected (${significanceText(s)})${why}`,
      ],
    });
  }
  return { fallback: `ORM report ${r.period.label}: ${r.summary}`.slice(0, 3000), blocks };
}
