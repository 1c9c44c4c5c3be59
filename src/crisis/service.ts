import { PermanentError, UserError } from "../core/errors.js";
import type { StoredMention } from "../core/stored-mention.js";
import { checkForNewSurge } from "../kpi/surges.js";
import type { ChatMessage } from "../ports/chat.js";
import type { AppDeps } from "../ports/deps.js";
import { CrisisRepo } from "./crisis-repo.js";
import { CRISIS_PAGER_QUEUE, CRISIS_TIMER_QUEUE, EffectRunner, type PagerJob } from "./effects.js";
import { advance, proposeRun } from "./engine.js";
import type { Pager } from "./paging/index.js";
import type { Playbook } from "./playbook.js";
import { renderStatus } from "./render.js";
import { RoleBook, type RoleEntry } from "./roles.js";
import type {
  ActResult,
  CrisisEffect,
  CrisisEvent,
  CrisisRun,
  CrisisTrigger,
  PersonEvent,
  ProposeInput,
} from "./run.js";
import { CrisisTriggers, type SurgeSignal } from "./triggers.js";

/** A timer job: which crisis, and the event to feed it. */
export interface TimerJob {
  crisisId: number;
  event: CrisisEvent;
}

/** The queue the periodic surge check runs on, and its schedule id. */
export const CRISIS_SURGE_QUEUE = "crisis.surge-check";
export const CRISIS_SURGE_SCHEDULE = "crisis:surge-check";

/**
 * Crisis mode: keeps runs in the store, feeds events to the engine under a per-crisis lock, and applies
 * the effects. Commands and buttons use its operations; its repository, roles and effects stay inside.
 */
export class CrisisService {
  private readonly repo: CrisisRepo;
  private readonly roleBook: RoleBook;
  private readonly effects: EffectRunner;
  private readonly triggers: CrisisTriggers;

  constructor(
    private readonly deps: AppDeps,
    private readonly playbooks: ReadonlyMap<string, Playbook>,
    pager: Pager | null,
  ) {
    this.repo = new CrisisRepo(deps.store);
    this.roleBook = new RoleBook(deps.config.crisis, deps.store, deps.clock);
    this.effects = new EffectRunner(deps, pager);
    this.triggers = new CrisisTriggers(deps, this);
  }

  /**
   * Registers the timer, pager and surge-check queues and attaches newly stored mentions to open crises;
   * with `schedules`, also the periodic surge check. Call before `jobs.start()`.
   */
  async register(options: { schedules: boolean }): Promise<void> {
    const { jobs, clock, events, config } = this.deps;
    jobs.register<TimerJob>(CRISIS_TIMER_QUEUE, async (job) => {
      await this.handle(job.crisisId, { ...job.event, at: clock.now() } as CrisisEvent);
    });
    jobs.register<PagerJob>(CRISIS_PAGER_QUEUE, (job) => this.effects.runPagerJob(job), { concurrency: 2 });
    jobs.register(CRISIS_SURGE_QUEUE, async () => {
      const surge = await checkForNewSurge(this.deps);
      if (surge) await this.onSurge(surge);
    });
    events.on("mentions.stored", (ms) => this.onMentions(ms));
    if (!options.schedules) return;
    const everyMs = config.crisis.triggers.surgeCheckMinutes * 60_000;
    await jobs.schedule(CRISIS_SURGE_SCHEDULE, { everyMs }, CRISIS_SURGE_QUEUE, {});
  }

  /** The ids of the loaded playbooks. */
  playbookIds(): string[] {
    return [...this.playbooks.keys()];
  }

  /** The playbook by id (default from config); a UserError listing the known ones otherwise. */
  private playbook(id?: string): Playbook {
    const name = id ?? this.deps.config.crisis.defaultPlaybook;
    const p = this.playbooks.get(name) ?? (id ? undefined : this.playbooks.values().next().value);
    if (!p)
      throw new UserError(
        "unknown_playbook",
        `No playbook "${name}". Known: ${this.playbookIds().join(", ") || "none"}.`,
      );
    return p;
  }

  /** Proposes a crisis to the managers (Declare / Dismiss); a person decides. */
  async propose(input: ProposeInput): Promise<CrisisRun> {
    const playbook = this.playbook(input.playbookId);
    const roster = await this.roleBook.roster();
    const { config, clock } = this.deps;
    const drivers = input.drivers?.length ? input.drivers : playbook.drivers;
    let effects: CrisisEffect[] = [];
    const run = await this.repo.create((id) => {
      const t = proposeRun({
        id,
        playbook,
        reason: input.reason,
        trigger: input.trigger,
        drivers,
        roster,
        ackTimeoutMs: config.crisis.ackTimeoutMinutes * 60_000,
        reviewAfterMs: config.crisis.reviewAfterHours * 3_600_000,
        at: clock.now(),
        actor: input.actor,
      });
      effects = t.effects;
      return t.run;
    });
    await this.repo.withLock(run.id, () => this.settle(run, effects));
    this.deps.log.info("crisis proposed", { crisis: run.id, reason: input.reason });
    return (await this.repo.get(run.id)) ?? run;
  }

  /** Starts a crisis at once (a person decided): proposes and declares it. */
  async start(input: Omit<ProposeInput, "trigger"> & { trigger?: CrisisTrigger }): Promise<CrisisRun> {
    const run = await this.propose({ ...input, trigger: input.trigger ?? { kind: "manual" } });
    return (await this.act(run.id, { type: "declare", actor: input.actor })).run;
  }

  /** A person's action on a crisis; returns the run after it and what to tell that person. */
  async act(id: number, event: PersonEvent): Promise<ActResult> {
    const out = await this.handle(id, { ...event, at: this.deps.clock.now() } as CrisisEvent);
    if (event.type === "declare" && out.whispers.length === 0) await this.triggers.backfill(out.run);
    return out;
  }

  /**
   * Attaches newly stored mentions to the open crises whose drivers they match, and proposes a crisis for
   * a negative mention at or above `crisis.triggers.reachThreshold` (subscribed to `mentions.stored`).
   */
  async onMentions(ms: readonly StoredMention[]): Promise<void> {
    await this.triggers.onMentions(ms);
  }

  /** Proposes a crisis for a new negative surge (the periodic surge check calls it). */
  async onSurge(surge: SurgeSignal): Promise<CrisisRun | null> {
    return this.triggers.onSurge(surge);
  }

  /** Feeds one engine event to crisis `id` under its lock, saves, and applies the effects. */
  async handle(id: number, event: CrisisEvent): Promise<ActResult> {
    return this.repo.withLock(id, async () => {
      const run = await this.repo.get(id);
      if (!run) throw new PermanentError(`crisis ${id} not found`);
      const t = advance(run, event);
      if (t.run.version !== run.version) await this.repo.save(t.run);
      return this.settle(t.run, t.effects);
    });
  }

  /** Applies effects; what they report back (room made, message posted) goes through the engine too. */
  private async settle(start: CrisisRun, first: CrisisEffect[]): Promise<ActResult> {
    let run = start;
    const whispers: string[] = [];
    const queue = [...first];
    for (let effect = queue.shift(); effect; effect = queue.shift()) {
      const out = await this.effects.applyOne(run, effect);
      if (out.whisper) whispers.push(out.whisper);
      const next: CrisisEffect[] = [];
      for (const e of out.followUps) {
        const t = advance(run, e);
        if (t.run.version !== run.version) await this.repo.save(t.run);
        run = t.run;
        next.push(...t.effects);
      }
      // What an effect reports back is handled before the rest (the room exists before anyone is paged).
      queue.unshift(...next);
    }
    return { run, whispers };
  }

  /** A crisis's status message as this chat shows it now (buttons, languages, time zone). */
  statusMessage(run: CrisisRun): ChatMessage {
    return renderStatus(run, this.effects.renderContext());
  }

  /** A crisis by number, or a UserError. */
  async get(id: number): Promise<CrisisRun> {
    const run = await this.repo.get(id);
    if (!run) throw new UserError("unknown_crisis", `There is no crisis #${id}.`);
    return run;
  }

  /** The latest crises, newest first (at most `limit`). */
  async list(limit: number): Promise<CrisisRun[]> {
    return (await this.repo.list()).slice(0, limit);
  }

  /** Crises still running (proposed or active), newest first. */
  async open(): Promise<CrisisRun[]> {
    return this.repo.open();
  }

  /** The crisis a command means: the one given, the one whose room this is, or the only active one. */
  async resolve(channel: string, id?: number): Promise<CrisisRun> {
    if (id !== undefined) return this.get(id);
    const here = (await this.repo.inRoom(channel)).find((r) => r.status === "active");
    if (here) return here;
    const active = await this.repo.active();
    if (active.length === 1) return active[0]!;
    if (active.length === 0)
      throw new UserError(
        "no_crisis",
        "No crisis is active. Start one with /orm crisis start [playbook] [reason].",
      );
    throw new UserError(
      "which_crisis",
      `Several crises are active (${active.map((r) => `#${r.id}`).join(", ")}): give the number.`,
    );
  }

  /** Every role (config, set in chat, or named by a playbook) with its paging chain. */
  async roles(): Promise<RoleEntry[]> {
    return this.roleBook.list([...this.playbooks.values()].flatMap((p) => Object.keys(p.roles)));
  }

  /** Sets who holds a role and tells every open crisis. */
  async setRole(role: string, userId: string, actor: string): Promise<string[]> {
    const chain = await this.roleBook.set(role, userId, actor);
    for (const run of await this.open()) await this.act(run.id, { type: "roster", actor, role, chain });
    return chain;
  }
}
