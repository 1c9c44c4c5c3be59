import { describeForUser, errorMessage, FieldError, newErrorRef, UserError } from "../core/errors.js";
import type { Logger } from "../core/log.js";
import type {
  ActionRequest,
  ButtonConfirm,
  ChatInbound,
  ChatMessage,
  CommandRequest,
  CommandSpec,
  ModalAnswer,
  ModalSubmission,
} from "../ports/chat.js";
import type { MarkRepo } from "../ports/store.js";
import { type ActionDefinition, type CommandDefinition, type ModalDefinition, usageOf } from "./command.js";
import type { Permission } from "./permissions.js";
import type { Services } from "./services.js";
import { didYouMeanCommand, nearestNames } from "./suggest.js";

/** A plain text message (no blocks beyond one section). */
export function textMessage(text: string): ChatMessage {
  return { fallback: text, blocks: [{ type: "section", text: [text] }] };
}

const REQUEST_NS = "request";
const REQUEST_TTL_MS = 60 * 60 * 1000;

/** What the dispatcher needs besides the services: where request ids are remembered, and the log. */
export interface DispatcherDeps {
  marks: MarkRepo;
  log: Logger;
}

/** A typed word as echoed back: at most 40 characters. */
function clip(word: string): string {
  return word.length > 40 ? `${word.slice(0, 39)}…` : word;
}

function forbidden(perm: Permission | undefined, what: string): UserError {
  return new UserError("forbidden", `Sorry, you need the "${perm}" permission to ${what}.`);
}

/**
 * Turns chat requests into command and button runs: parses `/orm <name> [sub] args`, checks the
 * command's (or subcommand's) permission, acts once per request id (platform retries), and turns errors
 * into a whisper.
 */
/** What a command or click gets while the bot is stopping. */
const RESTARTING = "ORM Bot is restarting; try again in a moment.";

export class Dispatcher implements ChatInbound {
  private readonly actions = new Map<string, ActionDefinition>();
  private readonly modals = new Map<string, ModalDefinition>();
  private stopping = false;
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly services: Services,
    private readonly defs: ReadonlyMap<string, CommandDefinition>,
    private readonly deps: DispatcherDeps,
  ) {
    for (const def of defs.values()) {
      for (const [id, h] of Object.entries(def.actions ?? {})) this.actions.set(id, h);
      for (const [id, m] of Object.entries(def.modals ?? {})) this.modals.set(id, m);
    }
  }

  /** True when a click on `actionId` answers with a modal form. */
  opensModal(actionId: string): boolean {
    return this.actions.get(actionId)?.opensModal === true;
  }

  /** The commands as a chat registers them. */
  commands(): CommandSpec[] {
    return [...this.services.commands];
  }

  /** The question a button asks before it acts (from its action's `confirm`), or null. */
  confirmation(actionId: string, value: string): ButtonConfirm | null {
    const confirm = this.actions.get(actionId)?.confirm;
    if (!confirm) return null;
    try {
      return confirm(value);
    } catch {
      // A value the action can't read asks nothing: the action itself refuses it with a clear answer.
      return null;
    }
  }

  private async once(requestId: string): Promise<boolean> {
    return this.deps.marks.add(REQUEST_NS, requestId, REQUEST_TTL_MS);
  }

  private async fail(
    err: unknown,
    whisper: (m: ChatMessage) => Promise<void>,
    context: Record<string, unknown>,
  ): Promise<void> {
    const ref = newErrorRef();
    if (!(err instanceof UserError))
      this.deps.log.error("request failed", { ref, error: errorMessage(err), ...context });
    await whisper(textMessage(describeForUser(err, ref))).catch(() => {});
  }

  /** Runs a command (once per request id); while the bot stops, says so instead. */
  onCommand(req: CommandRequest): Promise<void> {
    return this.admit(req, () => this.command(req));
  }

  /** Runs a button's action (once per request id); while the bot stops, says so instead. */
  onAction(req: ActionRequest): Promise<void> {
    return this.admit(req, () => this.action(req));
  }

  /**
   * Stops taking commands and clicks (each later one is told the bot is restarting) and waits for those
   * in flight, at most `graceMs` (default as long as they take): then the store may close under none.
   */
  async quiesce(graceMs?: number): Promise<void> {
    this.stopping = true;
    if (this.inFlight === 0) return;
    const idle = new Promise<void>((r) => this.idleWaiters.push(r));
    if (graceMs === undefined) return idle;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([idle, new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
  }

  private async admit(req: CommandRequest | ActionRequest, run: () => Promise<void>): Promise<void> {
    if (this.stopping) {
      await req.respond.whisper(textMessage(RESTARTING)).catch(() => {});
      return;
    }
    this.inFlight++;
    try {
      await run();
    } finally {
      this.settle();
    }
  }

  /** One request in flight is over; wakes a waiting stop when it was the last. */
  private settle(): void {
    if (--this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
  }

  private async command(req: CommandRequest): Promise<void> {
    if (!(await this.once(req.requestId))) return;
    const [name = "help", ...args] = req.text.trim().split(/\s+/).filter(Boolean);
    try {
      await this.run(name.toLowerCase(), args, req);
    } catch (err) {
      await this.fail(err, (m) => req.respond.whisper(m), { command: name });
    }
  }

  /** Runs a command, or the subcommand `args[0]` names (its default when there is none). */
  private async run(name: string, args: string[], req: CommandRequest): Promise<void> {
    const def = this.defs.get(name);
    if (!def) {
      const hint = didYouMeanCommand(nearestNames(name, this.defs.keys()), "");
      throw new UserError(
        "unknown_command",
        `Unknown command "${clip(name)}".${hint} Type /orm help for the list.`,
      );
    }
    if (!this.services.permissions.allows(req.user, def.permission))
      throw forbidden(def.permission, def.name);
    if (def.run) return def.run({ services: this.services, req, args });
    const subs = def.subcommands ?? {};
    const subName = (args[0] ?? def.defaultSubcommand ?? "").toLowerCase();
    const sub = subs[subName];
    if (!sub) {
      const hint = subName ? didYouMeanCommand(nearestNames(subName, Object.keys(subs)), `${def.name} `) : "";
      throw new UserError(
        "bad_usage",
        `${subName ? `Unknown ${def.name} subcommand "${clip(subName)}".${hint}` : `/orm ${def.name} needs a subcommand.`} Usage: /orm ${def.name} ${usageOf(def)}`,
      );
    }
    if (!this.services.permissions.allows(req.user, sub.permission))
      throw forbidden(sub.permission, `${def.name} ${subName}`);
    await sub.run({ services: this.services, req, args: args.slice(1) });
  }

  private async action(req: ActionRequest): Promise<void> {
    if (!(await this.once(req.requestId))) return;
    const handler = this.actions.get(req.actionId);
    try {
      if (!handler)
        throw new UserError("unknown_action", `That button (${req.actionId}) is not known to this bot.`);
      if (!this.services.permissions.allows(req.user, handler.permission))
        throw new UserError("forbidden", `Sorry, you need the "${handler.permission}" permission for that.`);
      await handler.run({ services: this.services, req });
    } catch (err) {
      await this.fail(err, (m) => req.respond.whisper(m), { action: req.actionId });
    }
  }

  /**
   * Checks a submitted form; a field's problem goes back to the open form and nothing changes. Once it
   * checks out, the change is applied once per form (`context` carries the form's one-time id), however
   * often the same form is submitted.
   */
  async onModalSubmit(req: ModalSubmission): Promise<ModalAnswer> {
    if (this.stopping)
      return { accepted: true, done: req.respond.whisper(textMessage(RESTARTING)).catch(() => {}) };
    this.inFlight++;
    let answer: ModalAnswer;
    try {
      answer = await this.submission(req);
    } catch (err) {
      this.settle();
      throw err;
    }
    if ("errors" in answer) {
      this.settle();
      return answer;
    }
    return { accepted: true, done: answer.done.finally(() => this.settle()) };
  }

  private async submission(req: ModalSubmission): Promise<ModalAnswer> {
    const handler = this.modals.get(req.callbackId);
    let apply: () => Promise<void>;
    try {
      if (!handler)
        throw new UserError("unknown_modal", `That form (${req.callbackId}) is not known to this bot.`);
      if (!this.services.permissions.allows(req.user, handler.permission))
        throw new UserError("forbidden", `Sorry, you need the "${handler.permission}" permission for that.`);
      apply = await handler.check({ services: this.services, req });
    } catch (err) {
      if (err instanceof FieldError) return { errors: { [err.field]: err.message } };
      return {
        accepted: true,
        done: this.fail(err, (m) => req.respond.whisper(m), { modal: req.callbackId }),
      };
    }
    const first = await this.once(`modal:${req.callbackId}:${req.context}`);
    if (!first) return { accepted: true, done: Promise.resolve() };
    const done = apply().catch((err) =>
      this.fail(err, (m) => req.respond.whisper(m), { modal: req.callbackId }),
    );
    return { accepted: true, done };
  }
}
