import { postedAuthor, postedText, postedUrl } from "../core/redact.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { AppDeps } from "../ports/deps.js";
import { byPrefix, sumFields } from "./aggregate.js";
import type { MentionSample, Surge } from "./report-types.js";
import type { DenseSeries, SurgeSpan } from "./surge-detect.js";
import { documentCounts, overRepresented } from "./terms.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Most mentions read from the surge window, and from each of the 7 baseline days. */
const WINDOW_CAP = 3000;
const BASELINE_DAY_CAP = 400;

type Details = Pick<Surge, "negative" | "drivers" | "topics" | "sources" | "topMentions">;

/** True when the mention counts toward counter field `field` (`total`, `sentiment:x`, `topic:x`, `source:x`). */
function matches(m: StoredMention, field: string): boolean {
  const [kind, value] = field.split(/:(.*)/s);
  if (kind === "sentiment") return m.analysis.sentiment.label === value;
  if (kind === "topic") return m.analysis.topics.includes(value ?? "");
  if (kind === "source") return m.source === value;
  return true;
}

/** Topics whose share in the surge is at least 1.5× their share on the same hours of the 7 days before. */
function risingTopics(window: Map<string, number>, base: Map<string, number>): string[] {
  const wt = window.get("total") ?? 0;
  const bt = base.get("total") ?? 0;
  const scored: Array<{ topic: string; score: number; n: number }> = [];
  for (const [topic, n] of Object.entries(byPrefix(window, "topic:"))) {
    const lift = (n + 0.5) / (wt + 1) / (((base.get(`topic:${topic}`) ?? 0) + 0.5) / (bt + 1));
    if (n >= 2 && lift >= 1.5) scored.push({ topic, score: n * Math.log(lift), n });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((s) => s.topic);
}

function sample(m: StoredMention): MentionSample {
  const text = postedText(m);
  return {
    id: m.id,
    source: m.source,
    url: postedUrl(m),
    author: postedAuthor(m),
    text: text.length > 200 ? `${text.slice(0, 199)}…` : text,
    reach: m.reach ?? 0,
    sentiment: m.analysis.sentiment.label,
  };
}

function brandWords(deps: AppDeps): Set<string> {
  const b = deps.config.brand;
  const words = [b.name, ...b.aliases, ...b.competitors.flatMap((c) => [c.name, ...c.aliases])];
  return new Set(words.flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
}

/** What drove a surge: its terms (log-odds against the same hours of the 7 days before), topics, sources, loudest mentions. */
export async function surgeDetails(
  deps: AppDeps,
  series: DenseSeries,
  span: SurgeSpan,
  field: string,
): Promise<Details> {
  const startMs = series.startMs + span.start * HOUR_MS;
  const endMs = series.startMs + span.end * HOUR_MS;
  const inWindow = series.hours.filter((h) => h.hourMs >= startMs && h.hourMs < endMs);
  const inBase = series.hours.filter(
    (h) =>
      h.hourMs < startMs &&
      [1, 2, 3, 4, 5, 6, 7].some((d) => h.hourMs + d * DAY_MS >= startMs && h.hourMs + d * DAY_MS < endMs),
  );
  const wSums = sumFields(inWindow);
  const bSums = sumFields(inBase);
  const target = (await deps.store.mentions.range(startMs, endMs, WINDOW_CAP)).filter((m) =>
    matches(m, field),
  );
  const background: StoredMention[] = [];
  for (let d = 1; d <= 7; d++)
    background.push(
      ...(await deps.store.mentions.range(startMs - d * DAY_MS, endMs - d * DAY_MS, BASELINE_DAY_CAP)),
    );
  const exclude = brandWords(deps);
  const text = (m: StoredMention) => `${m.title ?? ""} ${m.text}`;
  const terms = overRepresented(
    documentCounts(target.map(text), exclude),
    target.length,
    documentCounts(background.map(text), exclude),
    background.length,
    { minDocs: Math.max(2, Math.ceil(target.length * 0.05)), minZ: 1.96, limit: 5 },
  );
  const loudest = [...target].sort(
    (a, b) => (b.reach ?? 0) - (a.reach ?? 0) || b.analysis.reachScore - a.analysis.reachScore,
  );
  return {
    negative: wSums.get("sentiment:negative") ?? 0,
    drivers: terms.map((t) => t.term),
    topics: risingTopics(wSums, bSums),
    sources: byPrefix(wSums, "source:"),
    topMentions: loudest.slice(0, 3).map(sample),
  };
}
