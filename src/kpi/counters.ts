import { crashPoint } from "../core/crash-points.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { CounterIncrement, CounterRepo } from "../ports/store.js";

/** The hourly series every stored mention feeds; reports read these instead of scanning mentions. */
export const MENTION_SERIES = "mentions";
/**
 * Prefix of the per-author hourly series (`author:<source>:<handle>`), fields `total`, `negative`, `positive`:
 * watched and top authors' activity in a period, and sentiment conversion.
 */
export const AUTHOR_SERIES_PREFIX = "author:";

const HOUR_MS = 3_600_000;

/** Start of the UTC hour holding `ms`. */
export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/** A competitor whose co-mentions are counted for share of voice (config `brand.competitors`). */
export interface CompetitorName {
  name: string;
  aliases: string[];
}

/** Extra counting the pipeline may ask for. */
export interface IncrementOptions {
  /** Competitors to look for in the text: field `competitor:<name>` per mention naming one. */
  competitors?: CompetitorName[];
}

/** The increment options for a brand config (its competitors): what the pipeline should pass. */
export function incrementOptions(brand: { competitors: CompetitorName[] }): IncrementOptions {
  return { competitors: brand.competitors };
}

function namesCompetitor(text: string, c: CompetitorName): boolean {
  const lower = text.toLowerCase();
  return [c.name, ...c.aliases].some((n) => {
    const needle = n.trim().toLowerCase();
    if (!needle) return false;
    const i = lower.indexOf(needle);
    if (i < 0) return false;
    const before = lower[i - 1];
    const after = lower[i + needle.length];
    const letter = /[\p{L}\p{N}]/u;
    return !(before && letter.test(before)) && !(after && letter.test(after));
  });
}

/** The counter fields of the `mentions` series one mention adds to its hour. */
export function mentionFields(m: StoredMention, options: IncrementOptions = {}): string[] {
  const a = m.analysis;
  const label = a.sentiment.label;
  const fields = ["total", `sentiment:${label}`, `source:${m.source}`, `lang:${a.lang}`];
  fields.push(`srcsent:${m.source}:${label}`);
  for (const t of a.topics) {
    fields.push(`topic:${t}`);
    if (label === "negative") fields.push(`negtopic:${t}`);
  }
  if (a.insult) fields.push("insult");
  const text = `${m.title ?? ""} ${m.text}`;
  for (const c of options.competitors ?? [])
    if (namesCompetitor(text, c)) fields.push(`competitor:${c.name}`);
  return fields;
}

/** The counter increments for one newly stored mention. */
export function mentionIncrements(m: StoredMention, options: IncrementOptions = {}): CounterIncrement[] {
  const hourMs = hourOf(m.at);
  const incs = mentionFields(m, options).map((field) => ({ series: MENTION_SERIES, hourMs, field, by: 1 }));
  if (m.rating !== null && m.rating !== undefined) {
    incs.push({ series: MENTION_SERIES, hourMs, field: `rating:${Math.round(m.rating)}`, by: 1 });
    incs.push({ series: MENTION_SERIES, hourMs, field: "rating_sum", by: m.rating });
  }
  if (m.authorKey) {
    const series = AUTHOR_SERIES_PREFIX + m.authorKey;
    incs.push({ series, hourMs, field: "total", by: 1 });
    const label = m.analysis.sentiment.label;
    if (label !== "neutral") incs.push({ series, hourMs, field: label, by: 1 });
  }
  return incs;
}

/**
 * Counts newly stored mentions into the hourly series, each mention once however often it is given (keyed
 * by its id: a batch applied again after a crash counts nothing twice), in one write per batch. Subscribe
 * it to `mentions.stored`.
 */
export async function countMentions(
  counters: CounterRepo,
  ms: readonly StoredMention[],
  options: IncrementOptions = {},
): Promise<void> {
  await counters.incrementOnce(ms.map((m) => ({ onceKey: m.id, incs: mentionIncrements(m, options) })));
  crashPoint("counters-counted");
}
