import type { StoredMention } from "../core/stored-mention.js";
import type { AppDeps } from "../ports/deps.js";
import { byAuthor, matchesDrivers, mentionSummary } from "./mention-match.js";
import type { ActResult, CrisisEvent, CrisisRun, ProposeInput } from "./run.js";

/** Mark scope of the automatic-proposal cool-down (one mark, `auto`, for the cool-down period). */
export const COOLDOWN_MARKS = "crisis-cooldown";
const HOUR_MS = 3_600_000;
const BACKFILL_LIMIT = 500;

/** A negative surge as the KPI detector reports it (the fields the crisis uses). */
export interface SurgeSignal {
  startMs: number;
  endMs: number;
  mentions: number;
  expected: number;
  drivers: string[];
  topics?: string[];
}

/** "140 negative mentions in 2 h, 7× normal — drivers: battery, fire". */
export function surgeReason(s: SurgeSignal): string {
  const hours = Math.max(1, Math.round((s.endMs - s.startMs) / HOUR_MS));
  const ratio = s.mentions / Math.max(s.expected, 0.25);
  const times = ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
  const drivers = s.drivers.length ? ` — drivers: ${s.drivers.slice(0, 5).join(", ")}` : "";
  return `${s.mentions} negative mentions in ${hours} h, ${times}× normal${drivers}`;
}

/** The crisis operations the triggers drive (the crisis service). */
export interface CrisisOps {
  open(): Promise<CrisisRun[]>;
  propose(input: ProposeInput): Promise<CrisisRun>;
  handle(id: number, event: CrisisEvent): Promise<ActResult>;
}

/** What starts crises by itself: surges and loud negative mentions propose; matching mentions attach. */
export class CrisisTriggers {
  constructor(
    private readonly deps: Pick<AppDeps, "config" | "store" | "clock">,
    private readonly crisis: CrisisOps,
  ) {}

  /** True when automatic triggers may propose now (at most one proposal per cool-down, across replicas). */
  private async mayPropose(): Promise<boolean> {
    const { config, store } = this.deps;
    if ((await this.crisis.open()).length > 0) return false;
    const ttl = config.crisis.triggers.cooldownMinutes * 60_000;
    if (ttl === 0) return true;
    return store.marks.add(COOLDOWN_MARKS, "auto", ttl);
  }

  /**
   * Call with every batch of newly stored mentions: attaches each to the open crises whose drivers it
   * matches, and proposes a crisis for a negative mention at or above the reach threshold. Open crises
   * are read once per batch.
   */
  async onMentions(ms: readonly StoredMention[]): Promise<void> {
    const open = await this.crisis.open();
    for (const m of ms) await this.consider(m, open);
  }

  private attach(run: CrisisRun, m: StoredMention): Promise<ActResult> {
    return this.crisis.handle(run.id, {
      type: "mention",
      at: this.deps.clock.now(),
      mentionId: m.id,
      summary: mentionSummary(m),
    });
  }

  private async consider(m: StoredMention, open: CrisisRun[]): Promise<void> {
    let attached = false;
    for (const run of open) {
      if (!matchesDrivers(m, run.drivers)) continue;
      attached = true;
      await this.attach(run, m);
    }
    const a = m.analysis;
    const threshold = this.deps.config.crisis.triggers.reachThreshold;
    if (attached || a.sentiment.label !== "negative" || a.reachScore < threshold) return;
    if (!(await this.mayPropose())) return;
    const run = await this.crisis.propose({
      reason: `Loud negative mention (reach ${a.reachScore}) on ${m.source}${byAuthor(m)}`,
      trigger: { kind: "mention", mentionId: m.id, reach: a.reachScore },
      drivers: a.topics.filter((t) => t !== "praise"),
      actor: "orm-bot",
    });
    open.push(run); // later mentions of the same batch attach to it
    await this.attach(run, m);
  }

  /** Proposes a crisis for a new negative surge, unless one is already open or proposed recently. */
  async onSurge(s: SurgeSignal): Promise<CrisisRun | null> {
    if (!(await this.mayPropose())) return null;
    return this.crisis.propose({
      reason: surgeReason(s),
      trigger: {
        kind: "surge",
        mentions: s.mentions,
        expected: s.expected,
        windowMs: s.endMs - s.startMs,
        fromMs: s.startMs,
        toMs: s.endMs,
      },
      drivers: [...s.drivers.slice(0, 5), ...(s.topics ?? []).slice(0, 3)],
      actor: "orm-bot",
    });
  }

  /** Attaches the stored mentions since the crisis began that match its drivers (after a declaration). */
  async backfill(run: CrisisRun): Promise<void> {
    const { store, clock } = this.deps;
    const from = run.trigger.kind === "surge" ? run.trigger.fromMs : run.proposedAt - HOUR_MS;
    const recent = await store.mentions.range(from, clock.now() + 1, BACKFILL_LIMIT);
    for (const m of recent)
      if (m.analysis.sentiment.label === "negative" && matchesDrivers(m, run.drivers))
        await this.attach(run, m);
  }
}
