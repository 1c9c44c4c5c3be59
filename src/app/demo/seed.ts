import { AlertService } from "../../cases/alerts.js";
import { MuteService } from "../../cases/mutes.js";
import { CaseService } from "../../cases/service.js";
import { UserError } from "../../core/errors.js";
import { EventBus } from "../../core/events.js";
import type { Mention } from "../../core/mention.js";
import { registerKpi } from "../../kpi/register.js";
import { Pipeline } from "../../mentions/pipeline.js";
import { ManualClock } from "../../ports/clock.js";
import type { AppDeps } from "../../ports/deps.js";
import { type PlannedAction, planCase } from "./case-plan.js";
import { DiscardJobs } from "./discard-jobs.js";
import { type PlannedMention, planHistory, plannedReach, surgeStart } from "./history-model.js";
import { pick, rng, skewedIndex } from "./random.js";
import { authorName, fill } from "./texts.js";

/** Where the demo records that its history was seeded (so a restart never seeds twice). */
/** The mark scope that records "this store was seeded with the demo history". */
export const DEMO_MARKS = "demo";
const SEED = 20_261_120;
const DAY_MS = 24 * 3_600_000;
/** Weeks of history before the last complete week: the surge baseline needs two, the report compares one. */
const WEEKS_BEFORE = 4;
/** The history stops this long before now: the present belongs to the sample feeds and their live alerts. */
const GAP_BEFORE_NOW_MS = 90 * 60_000;

/** What seeding stored. */
export interface SeedSummary {
  fromMs: number;
  toMs: number;
  mentions: number;
  cases: number;
  surgeStartMs: number;
}

function rating(tone: PlannedMention["tone"], rand: () => number): number {
  if (tone === "pos") return rand() < 0.6 ? 5 : 4;
  if (tone === "neu") return 3;
  return rand() < 0.6 ? 1 : 2;
}

/** The mention a planned one becomes: a filled text, one of the voice's authors, a reach, a rating on reviews. */
export function plannedToMention(p: PlannedMention): Mention {
  const rand = rng(p.seed);
  const template = p.tone === "outage" ? pick(rand, p.voice.outage) : pick(rand, p.voice.texts[p.tone]);
  const text = fill(template + pick(rand, p.voice.tails[p.tone]), rand);
  return {
    id: p.id,
    source: p.voice.source,
    url: `${p.voice.urlBase}${p.id}`,
    title: null,
    text: text.charAt(0).toUpperCase() + text.slice(1),
    author: authorName(p.voice, skewedIndex(rand, 150)),
    publishedAt: new Date(p.at).toISOString(),
    reach: plannedReach(rand),
    rating: p.voice.rated ? rating(p.tone, rand) : null,
  };
}

/** The real services on the real store, with a clock the seeder moves and nothing posted or timed. */
async function seedingServices(deps: AppDeps, clock: ManualClock) {
  const seedDeps: AppDeps = { ...deps, clock, chat: null, jobs: new DiscardJobs(), events: new EventBus() };
  const cases = new CaseService(seedDeps);
  new AlertService(seedDeps, cases, new MuteService(deps.store.docs, clock)).register();
  await registerKpi(seedDeps, { schedules: false });
  return { cases, pipeline: new Pipeline(seedDeps) };
}

/**
 * Seeds the demo's store with a few weeks of believable history up to `nowMs`, once: mentions in three
 * languages through the real pipeline (analysis, dedupe, counters, cases), a team that claims, answers and
 * resolves the cases, and one planted surge (an outage in Madrid, Thursday evening of the last complete
 * week). Nothing is posted. Returns null, seeding nothing, when the store was seeded before or holds any
 * mention (ingested ones are never mixed with fiction).
 */
export async function seedDemoHistory(deps: AppDeps, nowMs: number): Promise<SeedSummary | null> {
  const { store, config } = deps;
  // Only into an empty store: never under mentions someone ingested or a bot already collected.
  if ((await store.marks.has(DEMO_MARKS, "history")) || (await store.mentions.count()) > 0) return null;
  const tz = config.brand.timezone;
  const surgeStartMs = surgeStart(nowMs, tz);
  const fromMs = surgeStartMs - (3 + 7 * WEEKS_BEFORE) * DAY_MS - 18 * 3_600_000;
  const toMs = nowMs - GAP_BEFORE_NOW_MS;
  const plan = planHistory(fromMs, toMs, tz, SEED, surgeStartMs);
  const clock = new ManualClock(fromMs);
  const { cases, pipeline } = await seedingServices(deps, clock);
  const pending: PlannedAction[] = [];
  const runDue = async (t: number) => {
    while (pending.length && pending[0]!.at <= t) {
      const a = pending.shift()!;
      clock.set(a.at);
      await cases.act(a.caseId, a.action).catch((err) => {
        if (!(err instanceof UserError)) throw err;
      });
    }
  };
  let stored = 0;
  let opened = 0;
  for (const p of plan.mentions) {
    if (p.at >= toMs) continue;
    const arrival = p.at + (3 + (p.seed % 10)) * 60_000;
    await runDue(arrival);
    clock.set(arrival);
    const r = await pipeline.ingest([plannedToMention(p)]);
    stored += r.accepted;
    if (!r.alerted) continue;
    const caseId = (await store.mentions.get(p.id))?.caseId;
    if (!caseId) continue;
    opened++;
    for (const a of planCase(caseId, arrival, p.seed, config.sla.unclaimedMinutes)) insertByTime(pending, a);
  }
  await runDue(nowMs);
  const summary: SeedSummary = { fromMs, toMs, mentions: stored, cases: opened, surgeStartMs };
  await store.marks.add(DEMO_MARKS, "history");
  return summary;
}

function insertByTime(list: PlannedAction[], a: PlannedAction): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at <= a.at) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, a);
}
