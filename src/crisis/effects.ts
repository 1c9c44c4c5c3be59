import { errorMessage } from "../core/errors.js";
import type { ChatMessage, MessageRef } from "../ports/chat.js";
import type { AppDeps } from "../ports/deps.js";
import type { Pager } from "./paging/index.js";
import { type RenderContext, renderNote, renderPage, renderProposal, renderStatus } from "./render.js";
import { computeReview, renderReview } from "./review.js";
import type { CrisisEffect, CrisisEvent, CrisisRun } from "./run.js";

/** Delayed jobs that feed timer events (step deadlines, page acks, the review's "after") to a crisis. */
export const CRISIS_TIMER_QUEUE = "crisis.timer";
/** Calls to the outside pager, retried on failure. */
export const CRISIS_PAGER_QUEUE = "crisis.pager";

/** A call to the outside pager, as a retried job. */
export interface PagerJob {
  crisisId: number;
  pageId: string;
  action: "trigger" | "acknowledge";
  summary: string;
  userId: string;
  role: string;
}

/** What applying one effect produced: a line for the person, and events to feed back to the engine. */
export interface EffectOutcome {
  whisper?: string;
  followUps: CrisisEvent[];
}

const NONE: EffectOutcome = { followUps: [] };

/** Applies the engine's effects: chat posts and updates, DMs, pager jobs, delayed timer jobs. */
export class EffectRunner {
  constructor(
    private readonly deps: AppDeps,
    private readonly pager: Pager | null,
  ) {}

  /** How messages are shown in this chat, now. */
  renderContext(): RenderContext {
    const { config, chat, clock } = this.deps;
    return {
      langs: config.crisis.languages ?? config.brand.languages,
      timezone: config.brand.timezone,
      capabilities: {
        buttons: chat?.capabilities.buttons ?? false,
        userSelect: chat?.capabilities.userSelect ?? false,
      },
      now: clock.now(),
    };
  }

  /** Where proposals (and, without a room of its own, the crisis) go. */
  managersChannel(): string {
    const { config } = this.deps;
    return (
      config.crisis.managersChannel ??
      config.runtime.alertChannel ??
      config.routing.defaultChannel ??
      "crisis"
    );
  }

  async applyOne(run: CrisisRun, effect: CrisisEffect): Promise<EffectOutcome> {
    const { jobs, clock } = this.deps;
    switch (effect.type) {
      case "whisper":
        return { whisper: effect.text, followUps: [] };
      case "schedule":
        await jobs.enqueue(
          CRISIS_TIMER_QUEUE,
          { crisisId: run.id, event: effect.timer.event },
          {
            jobId: effect.timer.jobId,
            delayMs: Math.max(1, effect.timer.atMs - clock.now()),
          },
        );
        return NONE;
      case "cancel":
        await jobs.cancel(CRISIS_TIMER_QUEUE, effect.jobId);
        return NONE;
      case "create-room":
        return {
          followUps: [
            {
              type: "room-ready",
              at: clock.now(),
              channel: await this.createRoom(effect.name, effect.invite),
            },
          ],
        };
      case "render-status":
        return this.show(run.room, run.statusRef, "status", () => renderStatus(run, this.renderContext()));
      case "render-proposal":
        return this.show(this.managersChannel(), run.proposalRef, "proposal", async () =>
          renderProposal(run, await this.notifyList(run), this.renderContext()),
        );
      case "post-review":
      case "render-review":
        return this.show(run.room, run.reviewRef, "review", async () =>
          renderReview(
            run,
            await computeReview(run, this.deps.store.counters, clock.now()),
            this.renderContext(),
          ),
        );
      case "room-note":
        if (run.room && this.deps.chat) await this.deps.chat.post(run.room, renderNote(effect.text));
        return NONE;
      case "page":
        await this.page(run, effect.pageId);
        return NONE;
      case "page-acked":
        await this.enqueuePager(run, effect.pageId, "acknowledge");
        return NONE;
    }
  }

  private async createRoom(name: string, invite: string[]): Promise<string> {
    const chat = this.deps.chat;
    if (chat?.capabilities.createChannels && chat.createRoom) {
      try {
        return await chat.createRoom(name, invite, { private: this.deps.config.crisis.rooms.private });
      } catch (err) {
        this.deps.log.warn("crisis room not created; using the managers channel", {
          error: errorMessage(err),
        });
      }
    }
    return this.managersChannel();
  }

  /** Posts a message once (then edits it in place); a new status message is pinned where the chat can. */
  private async show(
    channel: string | null,
    ref: MessageRef | null,
    what: "status" | "proposal" | "review",
    render: () => ChatMessage | Promise<ChatMessage>,
  ): Promise<EffectOutcome> {
    const chat = this.deps.chat;
    if (!chat || !channel) return NONE;
    const msg = await render();
    if (ref) {
      await chat.update(ref, msg);
      return NONE;
    }
    const posted = await chat.post(channel, msg);
    if (what === "status" && chat.pin)
      await chat
        .pin(posted)
        .catch((err) => this.deps.log.warn("could not pin the crisis status", { error: errorMessage(err) }));
    return { followUps: [{ type: "posted", at: this.deps.clock.now(), what, ref: posted }] };
  }

  /** Holders of the roles crisis proposals mention. */
  private async notifyList(run: CrisisRun): Promise<string[]> {
    const users = this.deps.config.crisis.proposeTo
      .map((r) => run.roster[r]?.[0])
      .filter((u): u is string => !!u);
    return [...new Set(users)];
  }

  /** A page: a DM with the role's private briefing, a mention in the room, and the outside pager. */
  private async page(run: CrisisRun, pageId: string): Promise<void> {
    const page = run.pages.find((p) => p.id === pageId);
    const chat = this.deps.chat;
    if (!page) return;
    if (chat?.capabilities.directMessages)
      await chat
        .dm(page.userId, renderPage(run, pageId, this.renderContext()))
        .catch((err) =>
          this.deps.log.warn("page DM failed", { crisis: run.id, page: pageId, error: errorMessage(err) }),
        );
    if (chat && run.room)
      await chat.post(
        run.room,
        renderNote([
          "📟 Paging ",
          { user: page.userId },
          ` as ${page.role}: ${page.reason} (page ${page.id})`,
        ]),
      );
    await this.enqueuePager(run, pageId, "trigger");
  }

  private async enqueuePager(run: CrisisRun, pageId: string, action: PagerJob["action"]): Promise<void> {
    const page = run.pages.find((p) => p.id === pageId);
    if (!this.pager || !page) return;
    const job: PagerJob = {
      crisisId: run.id,
      pageId,
      action,
      summary: `Crisis #${run.id} (${run.reason}): ${page.reason}`,
      userId: page.userId,
      role: page.role,
    };
    await this.deps.jobs.enqueue(CRISIS_PAGER_QUEUE, job, {
      jobId: `crisis-${run.id}-pager-${pageId}-${action}`,
      attempts: 6,
    });
  }

  /** Runs one pager call; thrown errors make the job retry (4xx ones are permanent). */
  async runPagerJob(job: PagerJob): Promise<void> {
    if (!this.pager) return;
    const key = `orm-crisis-${job.crisisId}-${job.pageId}`;
    if (job.action === "acknowledge") return this.pager.acknowledge(key);
    await this.pager.trigger({
      key,
      summary: job.summary,
      userId: job.userId,
      pagerUser: this.deps.config.crisis.paging.users[job.userId] ?? null,
      role: job.role,
      details: { crisis: String(job.crisisId), page: job.pageId, role: job.role },
    });
  }
}
