import type { ActionRequest, ChatInbound, ChatMessage, ChatUser, CommandRequest } from "../ports/chat.js";
import type { CommandDefinition, Permission } from "./command.js";

type ActionHandler = NonNullable<CommandDefinition["actions"]>[string];

import { describeForUser, errorMessage, newErrorRef, UserError } from "../core/errors.js";
import type { Services } from "./services.js";

/** A plain text message (no blocks beyond one section). */
export function textMessage(text: string): ChatMessage {
  return { fallback: text, blocks: [{ type: "section", text: [text] }] };
}

/** True when `user` may do `perm`: listed by id, or in a listed `group:` (empty list = everyone). */
export function allowed(services: Services, user: ChatUser, perm: Permission | undefined): boolean {
  if (!perm) return true;
  const list = services.deps.config.permissions[perm];
  if (list.length === 0) return true;
  return list.some((entry) =>
    entry.startsWith("group:") ? user.groups.includes(entry.slice(6)) : entry === user.id,
  );
}

const REQUEST_NS = "request";
const REQUEST_TTL_MS = 60 * 60 * 1000;

/**
 * Turns chat requests into command and button runs: parses `/orm <name> args`, checks permissions,
 * acts once per request id (platform retries), and turns errors into a whisper.
 */
export class Dispatcher implements ChatInbound {
  private readonly actions = new Map<string, ActionHandler>();

  constructor(private readonly services: Services) {
    for (const def of services.commands.values())
      for (const [id, h] of Object.entries(def.actions ?? {})) this.actions.set(id, h);
  }

  private async once(requestId: string): Promise<boolean> {
    return this.services.deps.store.marks.add(REQUEST_NS, requestId, REQUEST_TTL_MS);
  }

  private async fail(
    err: unknown,
    whisper: (m: ChatMessage) => Promise<void>,
    context: Record<string, unknown>,
  ): Promise<void> {
    const ref = newErrorRef();
    if (!(err instanceof UserError))
      this.services.deps.log.error("request failed", { ref, error: errorMessage(err), ...context });
    await whisper(textMessage(describeForUser(err, ref))).catch(() => {});
  }

  async onCommand(req: CommandRequest): Promise<void> {
    if (!(await this.once(req.requestId))) return;
    const [name = "help", ...args] = req.text.trim().split(/\s+/).filter(Boolean);
    const def = this.services.commands.get(name.toLowerCase());
    try {
      if (!def)
        throw new UserError("unknown_command", `Unknown command "${name}". Type /orm help for the list.`);
      if (!allowed(this.services, req.user, def.permission))
        throw new UserError(
          "forbidden",
          `Sorry, you need the "${def.permission}" permission to ${def.name}.`,
        );
      await def.run({ services: this.services, req, args });
    } catch (err) {
      await this.fail(err, (m) => req.respond.whisper(m), { command: name });
    }
  }

  async onAction(req: ActionRequest): Promise<void> {
    if (!(await this.once(req.requestId))) return;
    const handler = this.actions.get(req.actionId);
    try {
      if (!handler)
        throw new UserError("unknown_action", `That button (${req.actionId}) is not known to this bot.`);
      if (!allowed(this.services, req.user, handler.permission))
        throw new UserError("forbidden", `Sorry, you need the "${handler.permission}" permission for that.`);
      await handler.run({ services: this.services, req });
    } catch (err) {
      await this.fail(err, (m) => req.respond.whisper(m), { action: req.actionId });
    }
  }
}
