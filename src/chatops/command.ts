import { z } from "zod";
import type { ActionRequest, CommandRequest } from "../ports/chat.js";
import type { Services } from "./services.js";

/** The permissions config can restrict (config `permissions`). */
export const PERMISSIONS = ["claim", "assign", "resolve", "escalate", "mute", "configure"] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What a command's `run` gets: the services, the request, and the words after the subcommand. */
export interface CommandContext {
  services: Services;
  req: CommandRequest;
  args: string[];
}

export interface ActionContext {
  services: Services;
  req: ActionRequest;
}

/** One `/orm` subcommand, defined in its own file under commands/. */
export interface CommandDefinition {
  name: string;
  /** One line for `/orm help`. */
  summary: string;
  /** Arguments after the name, e.g. `CASE [OUTCOME]`. */
  usage: string;
  permission?: Permission;
  run(ctx: CommandContext): Promise<void>;
  /** Buttons this command handles, by action id (each starts with `orm_`). */
  actions?: Record<string, { permission?: Permission; run(ctx: ActionContext): Promise<void> }>;
}

/** What a file under commands/ must export as default; checked at load. */
export const CommandDefinitionSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z-]{0,30}$/, "lower-case word"),
    summary: z.string().min(3).max(150),
    usage: z.string().max(100),
    permission: z.enum(PERMISSIONS).optional(),
    run: z.custom<CommandDefinition["run"]>((v) => typeof v === "function", "must be a function"),
    actions: z
      .record(
        z.string().regex(/^orm_[a-z_]{1,60}$/, "action ids start with orm_"),
        z.object({
          permission: z.enum(PERMISSIONS).optional(),
          run: z.custom<(ctx: ActionContext) => Promise<void>>(
            (v) => typeof v === "function",
            "must be a function",
          ),
        }),
      )
      .optional(),
  })
  .strict();

/** Identity helper that gives a command file its types. */
export function defineCommand(def: CommandDefinition): CommandDefinition {
  return def;
}
