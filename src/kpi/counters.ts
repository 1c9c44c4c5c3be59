import type { StoredMention } from "../core/stored-mention.js";
import type { CounterIncrement } from "../ports/store.js";

/** The hourly series every stored mention feeds; reports read these instead of scanning mentions. */
export const MENTION_SERIES = "mentions";

const HOUR_MS = 3_600_000;

/** Start of the UTC hour holding `ms`. */
export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/** The counter increments for one newly stored mention. */
export function mentionIncrements(m: StoredMention): CounterIncrement[] {
  const hourMs = hourOf(m.at);
  const a = m.analysis;
  const fields = ["total", `sentiment:${a.sentiment.label}`, `source:${m.source}`, `lang:${a.lang}`];
  for (const t of a.topics) fields.push(`topic:${t}`);
  if (a.insult) fields.push("insult");
  const incs = fields.map((field) => ({ series: MENTION_SERIES, hourMs, field, by: 1 }));
  if (m.rating !== null) {
    incs.push({ series: MENTION_SERIES, hourMs, field: `rating:${Math.round(m.rating)}`, by: 1 });
    incs.push({ series: MENTION_SERIES, hourMs, field: "rating_sum", by: m.rating });
  }
  return incs;
}
