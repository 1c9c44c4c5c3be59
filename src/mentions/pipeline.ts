import { crashPoint } from "../core/crash-points.js";
import { errorMessage } from "../core/errors.js";
import type { Mention } from "../core/mention.js";
import { postedAuthor } from "../core/redact.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { AnalyzeContext } from "../ports/analyzer.js";
import type { AppDeps } from "../ports/deps.js";
import type { AuthorMentionRecord } from "../ports/store.js";
import { dedupeKeys } from "./dedupe.js";
import { analyzeMention } from "./mention-analysis.js";

/** What one ingest call did; `accepted + duplicates` = mentions given. */
export interface IngestResult {
  accepted: number;
  duplicates: number;
  /** Mentions alerted (a case opened). */
  alerted: number;
}

/** Normalised author key: `source:handle`, lower-cased; null when anonymous. */
export function authorKeyOf(m: Mention): string | null {
  const a = m.author?.trim();
  return a ? `${m.source}:${a.toLowerCase()}` : null;
}

/** Outbox entries completed per round of `resume`. */
const RESUME_BATCH = 500;

/** What the pipeline uses. */
export type PipelineDeps = Pick<AppDeps, "store" | "analyzer" | "clock" | "metrics" | "events" | "log">;

/**
 * The one pipeline every mention goes through, on any backend: dedupe → analyse → store → publish
 * `mentions.stored` (cases route and alert, crises attach, KPIs count).
 * Fetching and parsing happen before (pollers, `ingest`, `POST /ingest`), posting after (the alert jobs).
 *
 * Exactly once across crashes: each mention is stored together with an outbox entry (one atomic write),
 * its effects are keyed by its id (author and counter writes once per key, one case per mention, alert
 * jobs by case number), and the entry is cleared only once all of them are applied. A run killed in
 * between leaves the entry, and `resume` (any later run or replica) applies the effects again: what was
 * done is skipped, what was not is done.
 */
export class Pipeline {
  constructor(private readonly deps: PipelineDeps) {}

  async ingest(mentions: Mention[]): Promise<IngestResult> {
    const { store, analyzer, clock, metrics } = this.deps;
    const now = clock.now();
    const records: StoredMention[] = [];
    const started = performance.now();
    // Profiles are read up front, all at once: on Redis the reads share one round trip.
    const keys = [...new Set(mentions.map(authorKeyOf).filter((k): k is string => k !== null))];
    const fetched = await Promise.all(keys.map((k) => store.authors.get(k)));
    const profiles = new Map(keys.map((k, i) => [k, fetched[i] ?? null]));
    for (const m of mentions) {
      const authorKey = authorKeyOf(m);
      const profile = authorKey ? (profiles.get(authorKey) ?? null) : null;
      const ctx: AnalyzeContext = {
        source: m.source,
        reach: m.reach,
        engagement: m.engagement ?? null,
        rating: m.rating,
        author: profile
          ? { negative: profile.negative, mentions: profile.mentions, watched: profile.watched }
          : null,
      };
      const analysis = analyzeMention(analyzer, m, ctx);
      const at = m.publishedAt ? Date.parse(m.publishedAt) : now;
      // Built field by field: an object spread of a mention is several times slower on this path.
      records.push({
        id: m.id,
        source: m.source,
        url: m.url,
        title: m.title,
        text: m.text,
        author: m.author,
        publishedAt: m.publishedAt,
        reach: m.reach,
        rating: m.rating,
        engagement: m.engagement ?? null,
        seenAt: now,
        at,
        analysis,
        authorKey,
        dedupeKeys: dedupeKeys(m),
        caseId: null,
      });
    }
    metrics.observe(
      "orm_analysis_seconds",
      "Time to analyse one ingest batch",
      {},
      (performance.now() - started) / 1000,
    );
    const outcomes = await store.mentions.insertMany(records, { outbox: true });
    crashPoint("mentions-stored");
    const fresh: StoredMention[] = [];
    const stored = new Map<string, number>();
    const dropped = new Map<string, number>();
    for (let i = 0; i < records.length; i++) {
      const rec = records[i]!;
      if (outcomes[i]!.status === "duplicate") {
        dropped.set(rec.source, (dropped.get(rec.source) ?? 0) + 1);
        continue;
      }
      fresh.push(rec);
      stored.set(rec.source, (stored.get(rec.source) ?? 0) + 1);
    }
    for (const [source, n] of stored)
      metrics.inc("orm_mentions_ingested_total", "Mentions stored", { source }, n);
    for (const [source, n] of dropped)
      metrics.inc("orm_duplicates_dropped_total", "Mentions dropped as duplicates", { source }, n);
    await this.applyEffects(fresh);
    const alerted = fresh.reduce((n, m) => n + (m.caseId === null ? 0 : 1), 0);
    return { accepted: fresh.length, duplicates: records.length - fresh.length, alerted };
  }

  /**
   * Applies the effects of stored mentions — author profiles (one write per batch), then whoever subscribed
   * to `mentions.stored`: cases, crises, KPI counters — and clears their outbox entries. Every effect is
   * keyed by the mention, so applying a batch again counts, opens and alerts nothing twice.
   */
  private async applyEffects(ms: StoredMention[]): Promise<void> {
    if (ms.length === 0) return;
    const { store, events } = this.deps;
    const authors: AuthorMentionRecord[] = [];
    for (const m of ms)
      if (m.authorKey)
        authors.push({
          key: m.authorKey,
          // The profile keeps the name as the bot may post it: `[email]`, never the address.
          name: postedAuthor(m) ?? m.authorKey,
          sentiment: m.analysis.sentiment.label,
          at: m.at,
          onceKey: m.id,
        });
    await store.authors.recordMany(authors);
    crashPoint("authors-recorded");
    await events.publish("mentions.stored", ms);
    crashPoint("effects-applied");
    await store.outbox.done(ms.map((m) => m.id));
  }

  /**
   * Completes what a crash left in the outbox: applies the effects of the mentions stored but never
   * confirmed done, oldest first, and returns how many entries it completed. `olderThanMs` leaves younger
   * entries to the run that wrote them (they are most likely still in its hands). A mention whose effects
   * fail is logged and left pending for a later round; the others go on.
   */
  async resume(options: { olderThanMs?: number } = {}): Promise<number> {
    const { store, metrics } = this.deps;
    const skipped = new Set<string>();
    let total = 0;
    for (;;) {
      const page = await store.outbox.pending(RESUME_BATCH + skipped.size, options.olderThanMs);
      const entries = page.filter((e) => !skipped.has(e.id));
      if (entries.length === 0) return total;
      const ids = entries.map((e) => e.id);
      try {
        await this.completeEntries(ids);
      } catch {
        // One at a time, so only the failing ones stay pending.
        for (const id of ids) await this.completeEntries([id]).catch((err) => this.leave(id, err, skipped));
      }
      const done = entries.length - entries.filter((e) => skipped.has(e.id)).length;
      total += done;
      metrics.inc("orm_outbox_resumed_total", "Mentions whose effects a later run completed", {}, done);
    }
  }

  /** Applies the effects of these outbox entries and clears them (an entry whose mention is gone: just cleared). */
  private async completeEntries(ids: string[]): Promise<void> {
    const { store } = this.deps;
    const loaded = await Promise.all(ids.map((id) => store.mentions.get(id)));
    await this.applyEffects(loaded.filter((m): m is StoredMention => m !== null));
    await store.outbox.done(ids.filter((_, i) => loaded[i] === null));
  }

  private leave(id: string, err: unknown, skipped: Set<string>): void {
    skipped.add(id);
    this.deps.log.warn("outbox: the effects of a mention failed; left for a later round", {
      mention: id,
      error: errorMessage(err),
    });
  }
}
