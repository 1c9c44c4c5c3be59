import type { CommandContext } from "../chatops/command.js";
import { allowed, textMessage } from "../chatops/dispatcher.js";
import { UserError } from "../core/errors.js";
import type { Responder } from "../ports/chat.js";
import { isCrisisId, parseCrisisId, parseUserRef } from "./args.js";
import { requireCrisis } from "./index.js";
import { renderStatus } from "./render.js";
import type { CrisisService, PersonEvent } from "./service.js";

/** The `/orm crisis` usage line. */
export const CRISIS_USAGE =
  "start [PLAYBOOK] [REASON] | status [ID] | close [ID] | list | declare ID | dismiss ID | done|skip|help ID STEP | decide ID STEP CHOICE | reassign ID STEP @USER | ack ID PAGE | review ID why|change TEXT";

/** Whispers what the engine refused, or `ok` when it went through. */
export async function report(respond: Responder, whispers: string[], ok: string): Promise<void> {
  await respond.whisper(textMessage(whispers.length ? whispers.join("\n") : ok));
}

/** Feeds a person's event to a crisis and tells them how it went. */
export async function actOn(
  crisis: CrisisService,
  respond: Responder,
  id: number,
  event: PersonEvent,
  ok: string,
): Promise<void> {
  const { whispers } = await crisis.act(id, event);
  await report(respond, whispers, ok);
}

function needEscalate(ctx: CommandContext, what: string): void {
  if (!allowed(ctx.services, ctx.req.user, "escalate"))
    throw new UserError("forbidden", `Sorry, you need the "escalate" permission to ${what} a crisis.`);
}

async function start(ctx: CommandContext, crisis: CrisisService): Promise<void> {
  needEscalate(ctx, "start");
  const [first, ...rest] = ctx.args.slice(1);
  const isBook = first !== undefined && crisis.playbooks.has(first);
  const words = isBook ? rest : ctx.args.slice(1);
  const reason = words.join(" ").trim() || `Crisis declared by ${ctx.req.user.name}`;
  const run = await crisis.start({
    reason,
    actor: ctx.req.user.id,
    ...(isBook ? { playbookId: first } : {}),
  });
  await ctx.req.respond.reply(
    textMessage(`🚨 Crisis #${run.id} declared (${run.playbook.id}): ${reason}. Room: ${run.room ?? "none"}`),
  );
}

async function status(ctx: CommandContext, crisis: CrisisService): Promise<void> {
  const arg = ctx.args[1];
  const run = await crisis.resolve(
    ctx.req.channel,
    isCrisisId(arg) ? parseCrisisId(arg, "status ID") : undefined,
  );
  await ctx.req.respond.whisper(renderStatus(run, crisis.renderContext()));
}

async function list(ctx: CommandContext, crisis: CrisisService): Promise<void> {
  const runs = (await crisis.repo.list()).slice(0, 20);
  const lines = runs.map((r) => `#${r.id} ${r.status} · ${r.playbook.id} · ${r.reason}`);
  await ctx.req.respond.whisper(textMessage(lines.length ? lines.join("\n") : "No crises yet."));
}

async function review(ctx: CommandContext, crisis: CrisisService): Promise<void> {
  const usage = "review ID why|change TEXT";
  const id = parseCrisisId(ctx.args[1], usage);
  const field = ctx.args[2];
  const text = ctx.args.slice(3).join(" ").trim();
  if ((field !== "why" && field !== "change") || !text)
    throw new UserError("bad_usage", `Usage: /orm crisis ${usage}`);
  await actOn(
    crisis,
    ctx.req.respond,
    id,
    { type: "review-answer", actor: ctx.req.user.id, field, text },
    "Noted in the review.",
  );
}

/** The step subcommands: done, skip, help, decide, reassign, ack, declare, dismiss, close. */
async function stepLike(ctx: CommandContext, crisis: CrisisService, sub: string): Promise<void> {
  const a = ctx.args;
  const actor = ctx.req.user.id;
  const r = ctx.req.respond;
  const idOf = (usage: string) => parseCrisisId(a[1], usage);
  const need = (i: number, usage: string) => {
    if (!a[i]) throw new UserError("bad_usage", `Usage: /orm crisis ${usage}`);
    return a[i];
  };
  switch (sub) {
    case "declare":
    case "dismiss":
      needEscalate(ctx, sub);
      return actOn(
        crisis,
        r,
        idOf(`${sub} ID`),
        { type: sub, actor },
        `Crisis ${sub === "declare" ? "declared" : "dismissed"}.`,
      );
    case "close": {
      needEscalate(ctx, "close");
      const run = await crisis.resolve(ctx.req.channel, isCrisisId(a[1]) ? idOf("close [ID]") : undefined);
      return actOn(
        crisis,
        r,
        run.id,
        { type: "close", actor },
        `Crisis #${run.id} closed; the review is posted in its room.`,
      );
    }
    case "done":
    case "skip":
    case "help": {
      const usage = `${sub} ID STEP`;
      const stepId = need(2, usage);
      const type = sub === "done" ? "step-done" : sub === "skip" ? "step-skip" : "step-help";
      return actOn(
        crisis,
        r,
        idOf(usage),
        { type, actor, stepId },
        sub === "help" ? "Help is on its way." : "Thanks, noted.",
      );
    }
    case "decide": {
      const usage = "decide ID STEP CHOICE";
      return actOn(
        crisis,
        r,
        idOf(usage),
        { type: "decide", actor, stepId: need(2, usage), choice: need(3, usage) },
        "Decision noted.",
      );
    }
    case "reassign": {
      const usage = "crisis reassign ID STEP @USER";
      const userId = parseUserRef(a[3], usage);
      return actOn(
        crisis,
        r,
        idOf(usage),
        { type: "reassign", actor, stepId: need(2, usage), userId },
        "Reassigned.",
      );
    }
    case "ack": {
      const usage = "ack ID PAGE";
      return actOn(
        crisis,
        r,
        idOf(usage),
        { type: "page-ack", actor, pageId: need(2, usage) },
        "Acknowledged: thank you.",
      );
    }
    default:
      throw new UserError(
        "bad_usage",
        `Unknown crisis subcommand "${sub}". Usage: /orm crisis ${CRISIS_USAGE}`,
      );
  }
}

/** Runs `/orm crisis …`. */
export async function runCrisisCommand(ctx: CommandContext): Promise<void> {
  const crisis = requireCrisis(ctx.services);
  const sub = (ctx.args[0] ?? "status").toLowerCase();
  if (sub === "start") return start(ctx, crisis);
  if (sub === "status") return status(ctx, crisis);
  if (sub === "list") return list(ctx, crisis);
  if (sub === "review") return review(ctx, crisis);
  return stepLike(ctx, crisis, sub);
}
