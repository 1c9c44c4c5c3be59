import type { PiiSpan } from "../core/analysis.js";
import { postedAuthor, postedTitle, postedUrl, redact } from "../core/redact.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { AppDeps } from "../ports/deps.js";

export const RETENTION_QUEUE = "privacy-retention";
/** The schedule's id: one run a day, however many replicas run. */
export const RETENTION_SCHEDULE = "privacy:retention";
/** Daily at 03:30 in the brand's time zone: a quiet hour. */
const RETENTION_CRON = "30 3 * * *";
const DAY_MS = 86_400_000;
const PAGE = 500;
/** The earliest time a mention can carry (Date's own limit). */
const EARLIEST_MS = -8.64e15;
/** Where the last run got to: mentions before it are done. */
const WATERMARK = { collection: "privacy", id: "retention" } as const;

type RetentionDeps = Pick<AppDeps, "store" | "analyzer" | "clock" | "log" | "config">;

/**
 * A mention in its redacted form: text, title and author with their personal data replaced (the spans
 * found at ingest, and whatever today's detection finds besides), the link dropped when it carried any
 * (with its dedupe key), the spans emptied. Null when there is nothing to change.
 */
export function redactedForm(m: StoredMention, find: (text: string) => PiiSpan[]): StoredMention | null {
  const again = (s: string) => redact(s, find(s));
  const text = again(redact(m.text, m.analysis.piiSpans));
  const title = m.title === null ? null : again(postedTitle(m) ?? "");
  const author = m.author === null ? null : again(postedAuthor(m) ?? "");
  const url = postedUrl(m);
  if (text === m.text && title === m.title && author === m.author && url === m.url) return null;
  return {
    ...m,
    text,
    title,
    author,
    url,
    dedupeKeys: url === m.url ? m.dedupeKeys : m.dedupeKeys.filter((k) => !k.startsWith("url:")),
    analysis: { ...m.analysis, piiSpans: [], titlePiiSpans: [], authorPiiSpans: [], urlPiiSpans: [] },
  };
}

/**
 * Replaces the text, title, author and link of every mention older than `privacy.retainRawDays` (by the
 * time it is counted under) with their redacted form; counts, cases and analyses stay as they are. Resumes
 * from the last run's cutoff, then purges the store's files. Returns how many mentions it rewrote.
 */
export async function applyRetention(deps: RetentionDeps): Promise<number> {
  const { store, analyzer, clock, log, config } = deps;
  const cutoff = clock.now() - config.privacy.retainRawDays * DAY_MS;
  const mark = await store.docs.get(WATERMARK.collection, WATERMARK.id);
  const from = (mark?.body as { doneBeforeMs?: number } | undefined)?.doneBeforeMs ?? EARLIEST_MS;
  if (from >= cutoff) return 0;
  let rewritten = 0;
  for await (const page of store.mentions.scan(from, cutoff, PAGE)) {
    const next = page.map((m) => redactedForm(m, (s) => analyzer.personalData(s))).filter((m) => m !== null);
    if (next.length) rewritten += await store.mentions.replace(next);
  }
  await store.docs.put(WATERMARK.collection, {
    id: WATERMARK.id,
    version: 1,
    body: { doneBeforeMs: cutoff },
  });
  if (rewritten) await store.purge();
  log.info("privacy retention: raw personal data past retainRawDays redacted", {
    mentions: rewritten,
    before: new Date(cutoff).toISOString(),
  });
  return rewritten;
}

/** Registers the retention job and, with `schedules`, its daily schedule. Call before `jobs.start()`. */
export async function registerRetention(
  deps: RetentionDeps & Pick<AppDeps, "jobs">,
  options: { schedules: boolean },
) {
  deps.jobs.register(RETENTION_QUEUE, async () => {
    await applyRetention(deps);
  });
  if (!options.schedules) return;
  await deps.jobs.schedule(
    RETENTION_SCHEDULE,
    { cron: RETENTION_CRON, timezone: deps.config.brand.timezone },
    RETENTION_QUEUE,
    {},
  );
}
