import { hourOf, MENTION_SERIES } from "../kpi/counters.js";
import type { Block, ChatMessage } from "../ports/chat.js";
import type { CounterRepo } from "../ports/store.js";
import { stepTitle } from "./engine-steps.js";
import { localize } from "./playbook.js";
import { clockTime, duration, type RenderContext } from "./render.js";
import type { CrisisRun } from "./run.js";

const HOUR_MS = 3_600_000;

/** Volume and sentiment of one window of the review. */
export interface WindowFigures {
  fromMs: number;
  toMs: number;
  total: number;
  negative: number;
  neutral: number;
  positive: number;
  /** Mentions per hour over the window. */
  perHour: number;
  /** Share of negative mentions in [0, 1]. */
  negativeShare: number;
}

/** The post-crisis review's figures (the seeds' "study why it happened"). */
export interface ReviewFigures {
  before: WindowFigures;
  during: WindowFigures;
  /** Null until the "after" window has passed. */
  after: WindowFigures | null;
  afterDueMs: number;
  /** Declaration → first statement published, in ms; null when no statement step was done. */
  timeToFirstStatementMs: number | null;
  /** First signal → first statement, in ms. */
  detectionToStatementMs: number | null;
  late: Array<{ stepId: string; title: string; lateMs: number | null }>;
}

async function windowFigures(counters: CounterRepo, fromMs: number, toMs: number): Promise<WindowFigures> {
  const hours = await counters.read(MENTION_SERIES, fromMs, toMs);
  const sum = (f: string) => hours.reduce((a, h) => a + (h.fields[f] ?? 0), 0);
  const total = sum("total");
  const negative = sum("sentiment:negative");
  return {
    fromMs,
    toMs,
    total,
    negative,
    neutral: sum("sentiment:neutral"),
    positive: sum("sentiment:positive"),
    perHour: Math.round((total / Math.max(1, (toMs - fromMs) / HOUR_MS)) * 10) / 10,
    negativeShare: total ? Math.round((negative / total) * 1000) / 1000 : 0,
  };
}

/** When the crisis began: the surge's first hour, else when it was proposed. */
export function crisisStartMs(run: CrisisRun): number {
  return run.trigger.kind === "surge" ? run.trigger.fromMs : run.proposedAt;
}

/** Computes the review from the run and the hourly counters; `now` decides whether "after" is known. */
export async function computeReview(
  run: CrisisRun,
  counters: CounterRepo,
  now: number,
): Promise<ReviewFigures> {
  const start = hourOf(crisisStartMs(run));
  const end = hourOf((run.closedAt ?? now) + HOUR_MS - 1);
  const len = Math.max(HOUR_MS, end - start);
  const afterEnd = end + run.reviewAfterMs;
  const late: ReviewFigures["late"] = [];
  for (const s of run.playbook.steps) {
    const st = run.steps[s.id];
    if (!st?.dueAt || !st.overdue) continue;
    late.push({
      stepId: s.id,
      title: stepTitle(run, s.id),
      lateMs: st.endedAt === null ? null : st.endedAt - st.dueAt,
    });
  }
  const first = run.firstStatementAt;
  return {
    before: await windowFigures(counters, start - len, start),
    during: await windowFigures(counters, start, end),
    after: now >= afterEnd ? await windowFigures(counters, end, afterEnd) : null,
    afterDueMs: afterEnd,
    timeToFirstStatementMs: first !== null && run.declaredAt !== null ? first - run.declaredAt : null,
    detectionToStatementMs: first !== null ? first - crisisStartMs(run) : null,
    late,
  };
}

function windowLine(name: string, w: WindowFigures): string {
  return `${name}: ${w.total} mentions (${w.perHour}/h) · ${w.negative} negative, ${w.neutral} neutral, ${w.positive} positive · ${Math.round(w.negativeShare * 100)}% negative`;
}

/** Splits lines into sections under Slack's 3,000-character limit. */
function chunked(lines: string[], max = 2800): Block[] {
  const out: Block[] = [];
  let cur = "";
  for (const l of lines) {
    if (cur && cur.length + l.length + 1 > max) {
      out.push({ type: "section", text: [cur] });
      cur = "";
    }
    cur = cur ? `${cur}\n${l}` : l;
  }
  if (cur) out.push({ type: "section", text: [cur] });
  return out;
}

/** The review message: figures, late steps, the two questions, and the timeline. */
export function renderReview(run: CrisisRun, r: ReviewFigures, ctx: RenderContext): ChatMessage {
  const title = `Post-crisis review · crisis #${run.id} · ${localize(run.playbook.title, ctx.langs)}`;
  const volume = [
    windowLine("Before", r.before),
    windowLine("During", r.during),
    r.after ? windowLine("After", r.after) : `After: figures at ${clockTime(r.afterDueMs, ctx)}`,
  ];
  const stmt =
    r.timeToFirstStatementMs === null
      ? "Time to first statement: no statement was published"
      : `Time to first statement: ${duration(r.timeToFirstStatementMs)} after the declaration (${duration(r.detectionToStatementMs ?? 0)} after the first signal)`;
  const late = r.late.length
    ? r.late.map(
        (l) => `• ${l.title}: ${l.lateMs === null ? "still open at close" : `${duration(l.lateMs)} late`}`,
      )
    : ["• none"];
  const ask = (field: "why" | "change", q: string) =>
    `${q} ${run.review[field] ?? `(not answered yet: /orm crisis review ${run.id} ${field} …)`}`;
  // Attached mentions are counted, not listed: the timeline keeps what people and the bot did.
  const events = run.timeline.filter((t) => t.kind !== "mention");
  const shown = events.slice(-60);
  const timeline = shown.map((t) => `${clockTime(t.at, ctx)} · ${t.actor} · ${t.text}`);
  if (events.length > shown.length) timeline.unshift(`… ${events.length - shown.length} earlier entries`);
  const blocks: Block[] = [
    { type: "header", text: title.slice(0, 150) },
    { type: "section", text: [{ text: "Volume and sentiment", bold: true }, `\n${volume.join("\n")}`] },
    { type: "section", text: [stmt, `\nMentions attached: ${run.mentionIds.length}`] },
    { type: "section", text: [{ text: "Steps done late", bold: true }, `\n${late.join("\n")}`] },
    { type: "section", text: [ask("why", "Why did it happen?"), "\n", ask("change", "What do we change?")] },
    { type: "divider" },
    { type: "section", text: [{ text: "Timeline", bold: true }] },
    ...chunked(timeline).slice(0, 3),
  ];
  return { fallback: title, blocks };
}
