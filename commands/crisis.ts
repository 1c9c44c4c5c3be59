import { isCrisisId, parseActionValue, parseCrisisId, parseUserRef } from "../src/chatops/args.js";
import {
  type ActionDefinition,
  type CommandContext,
  defineCommand,
  type SubcommandDefinition,
} from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import { resolvePerson } from "../src/chatops/people.js";
import type { Permission } from "../src/chatops/permissions.js";
import type { Services } from "../src/chatops/services.js";
import { UserError } from "../src/core/errors.js";
import { confirmDeclare, type PersonEvent } from "../src/crisis/index.js";
import type { ButtonConfirm, ChatUser, Responder } from "../src/ports/chat.js";

/**
 * A person's event on a crisis, typed as `/orm crisis NAME ID ARGS…` or clicked as a button whose value
 * is `ID:ARG:…`: both read the same arguments and feed the same engine event.
 */
interface CrisisEventCommand {
  summary: string;
  /** The words after the crisis number, in order (a button's value carries them after `ID:`). */
  args: string[];
  permission?: Permission;
  /** The button that does the same, if any. */
  button?: string;
  event(actor: string, args: string[]): PersonEvent;
  ok: string;
  /** The question its button asks before it acts (red buttons), given the crisis number. */
  confirm?(id: number): ButtonConfirm;
  /** What to tell someone whose button carries too few arguments (a picker left empty). */
  incomplete?(id: number, parts: string[]): string;
}

/** The crisis events people cause, by subcommand: the one table commands and buttons share. */
const EVENTS: Record<string, CrisisEventCommand> = {
  declare: {
    summary: "Declare a proposed crisis: its room opens and its roles are paged",
    args: [],
    permission: "escalate",
    button: "orm_crisis_declare",
    confirm: confirmDeclare,
    event: (actor) => ({ type: "declare", actor }),
    ok: "Crisis declared.",
  },
  dismiss: {
    summary: "Dismiss a proposed crisis",
    args: [],
    permission: "escalate",
    button: "orm_crisis_dismiss",
    event: (actor) => ({ type: "dismiss", actor }),
    ok: "Crisis dismissed.",
  },
  done: {
    summary: "Mark a step done",
    args: ["STEP"],
    button: "orm_step_done",
    event: (actor, [stepId]) => ({ type: "step-done", actor, stepId: stepId! }),
    ok: "Thanks, noted.",
  },
  skip: {
    summary: "Skip a step",
    args: ["STEP"],
    button: "orm_step_skip",
    event: (actor, [stepId]) => ({ type: "step-skip", actor, stepId: stepId! }),
    ok: "Skipped.",
  },
  help: {
    summary: "Ask for help on a step (pages the next in its role's chain)",
    args: ["STEP"],
    button: "orm_step_help",
    event: (actor, [stepId]) => ({ type: "step-help", actor, stepId: stepId! }),
    ok: "Help is on its way.",
  },
  decide: {
    summary: "Take a decision step's branch",
    args: ["STEP", "CHOICE"],
    button: "orm_decision",
    event: (actor, [stepId, choice]) => ({ type: "decide", actor, stepId: stepId!, choice: choice! }),
    ok: "Decision noted.",
  },
  reassign: {
    summary: "Give a step to someone else",
    args: ["STEP", "@USER"],
    button: "orm_step_reassign",
    event: (actor, [stepId, user]) => ({
      type: "reassign",
      actor,
      stepId: stepId!,
      userId: parseUserRef(user, "crisis reassign ID STEP @USER"),
    }),
    ok: "Reassigned.",
    incomplete: (id, [stepId]) => `Type /orm crisis reassign ${id} ${stepId} @someone`,
  },
  ack: {
    summary: "Acknowledge a page",
    args: ["PAGE"],
    button: "orm_page_ack",
    event: (actor, [pageId]) => ({ type: "page-ack", actor, pageId: pageId! }),
    ok: "Acknowledged: thank you.",
  },
};

/**
 * The event as `user` causes it: marked `privileged` when they hold the `escalate` permission, which lets
 * them act on any step the playbook does not limit (the engine checks step roles, lead and limits).
 */
function asUser(services: Services, user: ChatUser, event: PersonEvent): PersonEvent {
  return { ...event, privileged: services.permissions.allows(user, "escalate") } as PersonEvent;
}

/** Feeds a person's event to a crisis and whispers what the engine refused, or `ok`. */
async function actOn(services: Services, respond: Responder, id: number, event: PersonEvent, ok: string) {
  const { whispers } = await services.crisis.act(id, event);
  await respond.whisper(textMessage(whispers.length ? whispers.join("\n") : ok));
}

function eventSubcommand(name: string, e: CrisisEventCommand): SubcommandDefinition {
  const usage = ["ID", ...e.args].join(" ");
  return {
    summary: e.summary,
    usage,
    ...(e.permission ? { permission: e.permission } : {}),
    async run({ services, req, args }) {
      const id = parseCrisisId(args[0], `${name} ${usage}`);
      const rest = args.slice(1, 1 + e.args.length);
      if (rest.length < e.args.length)
        throw new UserError("bad_usage", `Usage: /orm crisis ${name} ${usage}`);
      // A person typed as @name is looked up; the event gets their id.
      const resolved: string[] = [];
      for (const [i, a] of rest.entries())
        resolved.push(
          e.args[i] === "@USER"
            ? await resolvePerson(services.chat, a, `crisis ${name} ${usage}`, req.channel)
            : a,
        );
      await actOn(
        services,
        req.respond,
        id,
        asUser(services, req.user, e.event(req.user.id, resolved)),
        e.ok,
      );
    },
  };
}

function eventButton(e: CrisisEventCommand): ActionDefinition {
  const confirm = e.confirm;
  return {
    ...(e.permission ? { permission: e.permission } : {}),
    ...(confirm ? { confirm: (value: string) => confirm(parseActionValue(value).id) } : {}),
    async run({ services, req }) {
      const { id, parts } = parseActionValue(req.value);
      if (parts.length < e.args.length || parts.some((p) => !p)) {
        if (!e.incomplete || !parts[0])
          throw new UserError("bad_value", "That button lost its details; use /orm crisis status.");
        await req.respond.whisper(textMessage(e.incomplete(id, parts)));
        return;
      }
      await actOn(services, req.respond, id, asUser(services, req.user, e.event(req.user.id, parts)), e.ok);
    },
  };
}

/** The crisis a subcommand means: `[ID]`, else the one whose room this is, else the only active one. */
function which(ctx: CommandContext, usage: string) {
  const arg = ctx.args[0];
  return ctx.services.crisis.resolve(
    ctx.req.channel,
    isCrisisId(arg) ? parseCrisisId(arg, usage) : undefined,
  );
}

const OTHERS: Record<string, SubcommandDefinition> = {
  start: {
    summary: "Start a crisis now from a playbook (default from config)",
    usage: "[PLAYBOOK] [REASON]",
    permission: "escalate",
    async run({ services, req, args }) {
      const [first, ...rest] = args;
      const isBook = first !== undefined && services.crisis.playbookIds().includes(first);
      const reason = (isBook ? rest : args).join(" ").trim() || `Crisis declared by ${req.user.name}`;
      const run = await services.crisis.start({
        reason,
        actor: req.user.id,
        ...(isBook ? { playbookId: first } : {}),
      });
      await req.respond.reply(
        textMessage(
          `🚨 Crisis #${run.id} declared (${run.playbook.id}): ${reason}. Room: ${run.room ?? "none"}`,
        ),
      );
    },
  },
  status: {
    summary: "Where a crisis stands: steps, owners, deadlines",
    usage: "[ID]",
    async run(ctx) {
      const run = await which(ctx, "status [ID]");
      await ctx.req.respond.whisper(ctx.services.crisis.statusMessage(run));
    },
  },
  list: {
    summary: "The latest crises",
    usage: "",
    async run({ services, req }) {
      const lines = (await services.crisis.list(20)).map(
        (r) => `#${r.id} ${r.status} · ${r.playbook.id} · ${r.reason}`,
      );
      await req.respond.whisper(textMessage(lines.length ? lines.join("\n") : "No crises yet."));
    },
  },
  ...Object.fromEntries(Object.entries(EVENTS).map(([name, e]) => [name, eventSubcommand(name, e)])),
  close: {
    summary: "Close a crisis: its review is posted in its room (the crisis lead, or escalate)",
    usage: "[ID]",
    async run(ctx) {
      const run = await which(ctx, "close [ID]");
      const ok = `Crisis #${run.id} closed; the review is posted in its room.`;
      const event = asUser(ctx.services, ctx.req.user, { type: "close", actor: ctx.req.user.id });
      await actOn(ctx.services, ctx.req.respond, run.id, event, ok);
    },
  },
  review: {
    summary: "Answer the post-crisis review: why it happened, what changes",
    usage: "ID why|change TEXT",
    async run({ services, req, args }) {
      const usage = "review ID why|change TEXT";
      const id = parseCrisisId(args[0], usage);
      const [field, ...words] = args.slice(1);
      const text = words.join(" ").trim();
      if ((field !== "why" && field !== "change") || !text)
        throw new UserError("bad_usage", `Usage: /orm crisis ${usage}`);
      const event: PersonEvent = { type: "review-answer", actor: req.user.id, field, text };
      await actOn(services, req.respond, id, asUser(services, req.user, event), "Noted in the review.");
    },
  },
};

export default defineCommand({
  name: "crisis",
  summary: "Crisis mode: start a crisis from a playbook, walk its steps, close it with a review",
  examples: [
    "/orm crisis start social-media-crisis outage trending",
    "/orm crisis status 7",
    "/orm crisis done 7 assess-reach",
  ],
  defaultSubcommand: "status",
  subcommands: OTHERS,
  actions: Object.fromEntries(
    Object.values(EVENTS).flatMap((e) => (e.button ? [[e.button, eventButton(e)]] : [])),
  ),
});
