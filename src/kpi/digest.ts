import type { Block, ChatMessage, RichText } from "../ports/chat.js";
import type { AppDeps } from "../ports/deps.js";
import { change } from "./aggregate.js";
import { firstResponseText, ratingText, significanceText } from "./figures-text.js";
import { dayPart, pct } from "./narrative.js";
import { buildReport } from "./report.js";
import type { Report } from "./report-types.js";
import { addDays, assertTimeZone, formatDate, localParts } from "./tz.js";

/** The queue digest ticks land on. */
export const DIGEST_QUEUE = "digest";
/** Mark scope of "this day's digest was posted" (`<channel>:<local date>`: one post each, any replica). */
export const DIGEST_MARKS = "digest";
const DIGEST_KEY_TTL_MS = 3 * 24 * 3_600_000;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** What a digest tick carries. */
export interface DigestJob {
  channel: string;
  timezone: string;
}

/** The cron line of a digest at a local hour (the time zone goes beside it, so DST is the scheduler's job). */
export function digestCron(hour: number): string {
  return `0 ${hour} * * *`;
}

/** The schedule id of a channel's digest. */
export function digestScheduleId(channel: string): string {
  return `digest:daily:${channel}`;
}

function delta(cur: number, prev: number): string {
  const c = change(cur, prev);
  if (c === null) return cur === 0 ? "±0%" : "new";
  return `${c >= 0 ? "+" : ""}${Math.round(c * 100)}%`;
}

/** The digest message: yesterday's figures, the change against the same day a week before, open cases, surges. */
export function digestMessage(day: Report, weekBefore: Report): ChatMessage {
  const m = day.mentions;
  const w = weekBefore.mentions;
  const points = Math.round((day.shares.negative - weekBefore.shares.negative) * 100);
  const weekday = WEEKDAYS[(new Date(`${day.period.label}T12:00:00Z`).getUTCDay() + 6) % 7];
  const fields: RichText[] = [
    [{ text: "Mentions", bold: true }, `\n${m.total} (${delta(m.total, w.total)} vs last ${weekday})`],
    [
      { text: "Negative share", bold: true },
      `\n${pct(day.shares.negative)} (${points >= 0 ? "+" : ""}${points} pts)`,
    ],
    [
      { text: "Cases", bold: true },
      `\n${day.cases.opened} opened, ${day.cases.answered} answered, ${day.cases.closed} closed`,
    ],
    [{ text: "Open now", bold: true }, `\n${day.cases.openNow}`],
    [{ text: "First response", bold: true }, `\n${firstResponseText(day)}`],
    [{ text: "Rating", bold: true }, `\n${ratingText(day)}`],
  ];
  const blocks: Block[] = [
    { type: "header", text: `Daily ORM digest — ${day.period.label}` },
    { type: "section", text: [day.summary], fields },
  ];
  for (const s of day.surges.slice(0, 3))
    blocks.push({
      type: "section",
      text: [
        {
          text: `Surge ${s.start.slice(11, 16)}–${s.end.slice(11, 16)} (${dayPart(s.peakHour)})`,
          bold: true,
        },
        `: ${s.mentions} mentions vs ${s.expected} expected (${significanceText(s)})`,
        s.drivers.length ? ` — ${s.drivers.join(", ")}` : "",
      ],
    });
  const topics = day.topTopics.slice(0, 5).map((t) => `${t.topic} ${t.count}`);
  if (topics.length) blocks.push({ type: "context", text: [`Top topics: ${topics.join(" · ")}`] });
  return { fallback: `ORM digest ${day.period.label}: ${day.summary}`, blocks };
}

/**
 * Posts one day's digest to `job.channel`, at most once per channel and local date however many replicas
 * tick (a store mark, deleted again when posting fails so a retry can post).
 */
export async function runDigest(deps: AppDeps, job: DigestJob): Promise<boolean> {
  if (!deps.chat) {
    deps.log.info("digest skipped: no chat configured", { channel: job.channel });
    return false;
  }
  const nowMs = deps.clock.now();
  const today = localParts(nowMs, job.timezone);
  const key = `${job.channel}:${formatDate(today)}`;
  if (!(await deps.store.marks.add(DIGEST_MARKS, key, DIGEST_KEY_TTL_MS))) return false;
  try {
    const yesterday = formatDate(addDays(today, -1));
    const weekEarlier = formatDate(addDays(today, -8));
    const day = await buildReport(deps, `${yesterday}..${yesterday}`, { now: nowMs });
    const weekBefore = await buildReport(deps, `${weekEarlier}..${weekEarlier}`, { now: nowMs });
    await deps.chat.post(job.channel, digestMessage(day, weekBefore));
    return true;
  } catch (err) {
    await deps.store.marks.delete(DIGEST_MARKS, key);
    throw err;
  }
}

/**
 * Registers the digest handler and, with `schedules`, schedules `digest:daily:<channel>` for every
 * configured digest (cron at the local hour in its time zone, so DST moves the UTC time, not the local
 * one). Call before `jobs.start()`.
 */
export async function registerDigests(deps: AppDeps, options = { schedules: true }): Promise<void> {
  deps.jobs.register<DigestJob>(DIGEST_QUEUE, async (job) => {
    await runDigest(deps, job);
  });
  if (!options.schedules) return;
  for (const d of deps.config.report.digests) {
    const timezone = d.timezone ?? deps.config.brand.timezone;
    assertTimeZone(timezone);
    const data: DigestJob = { channel: d.channel, timezone };
    await deps.jobs.schedule(
      digestScheduleId(d.channel),
      { cron: digestCron(d.hour), timezone },
      DIGEST_QUEUE,
      data,
    );
  }
}
