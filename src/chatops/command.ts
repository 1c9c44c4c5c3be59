import { z } from "zod";
import type {
  ActionRequest,
  ButtonConfirm,
  CommandRequest,
  CommandSpec,
  ModalSubmission,
} from "../ports/chat.js";
import { PERMISSIONS, type Permission } from "./permissions.js";
import type { Services } from "./services.js";

/** What a command's `run` gets: the services, the request, and the words after the (sub)command. */
export interface CommandContext {
  services: Services;
  req: CommandRequest;
  args: string[];
}

export interface ActionContext {
  services: Services;
  req: ActionRequest;
}

/** One button a command handles. */
export interface ActionDefinition {
  permission?: Permission;
  /** The question to ask before the button acts (given the button's value); absent: it acts at once. */
  confirm?(value: string): ButtonConfirm;
  /** The click answers with a modal form (`req.respond.openModal`), so the chat must not defer it. */
  opensModal?: boolean;
  run(ctx: ActionContext): Promise<void>;
}

export interface ModalContext {
  services: Services;
  req: ModalSubmission;
}

/**
 * One modal form a command handles, by callback id. `check` reads and validates the submission without
 * changing anything (a `FieldError` names the field to fix) and returns the change to apply.
 */
export interface ModalDefinition {
  permission?: Permission;
  check(ctx: ModalContext): Promise<() => Promise<void>>;
}

/** One subcommand (`/orm crisis start …`): its own usage, summary and permission. */
export interface SubcommandDefinition {
  summary: string;
  /** Arguments after the subcommand, e.g. `ID STEP`. */
  usage: string;
  /** Overrides the command's permission for this subcommand. */
  permission?: Permission;
  run(ctx: CommandContext): Promise<void>;
}

/** One `/orm` subcommand, defined in its own file under commands/. */
export interface CommandDefinition {
  name: string;
  /** One line for `/orm help`. */
  summary: string;
  /** Arguments after the name, e.g. `CASE [OUTCOME]`; left out by commands with subcommands (see `usageOf`). */
  usage?: string;
  /** Two (or more) whole `/orm …` lines showing it in use, for `/orm help NAME`. */
  examples?: string[];
  permission?: Permission;
  /** Runs the command; a command with subcommands may leave it out (the dispatcher picks the subcommand). */
  run?(ctx: CommandContext): Promise<void>;
  /** Subcommands by name: the dispatcher checks each one's permission and passes the words after it. */
  subcommands?: Record<string, SubcommandDefinition>;
  /** The subcommand a bare `/orm NAME` runs. */
  defaultSubcommand?: string;
  /** Buttons this command handles, by action id (each starts with `orm_`). */
  actions?: Record<string, ActionDefinition>;
  /** Modal forms this command handles, by callback id (each starts with `orm_`). */
  modals?: Record<string, ModalDefinition>;
}

const fn = <T>() => z.custom<T>((v) => typeof v === "function", "must be a function");

/** What a file under commands/ must export as default; checked at load. */
export const CommandDefinitionSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z-]{0,30}$/, "lower-case word"),
    summary: z.string().min(3).max(150),
    usage: z.string().max(100).optional(),
    examples: z
      .array(
        z
          .string()
          .regex(/^\/orm [a-z]/, "starts with /orm and the command")
          .max(150),
      )
      .max(5)
      .optional(),
    permission: z.enum(PERMISSIONS).optional(),
    run: fn<CommandDefinition["run"]>().optional(),
    subcommands: z
      .record(
        z.string().regex(/^[a-z][a-z-]{0,30}$/, "lower-case word"),
        z
          .object({
            summary: z.string().min(3).max(150),
            usage: z.string().max(100),
            permission: z.enum(PERMISSIONS).optional(),
            run: fn<SubcommandDefinition["run"]>(),
          })
          .strict(),
      )
      .optional(),
    defaultSubcommand: z.string().optional(),
    actions: z
      .record(
        z.string().regex(/^orm_[a-z_]{1,60}$/, "action ids start with orm_"),
        z.object({
          permission: z.enum(PERMISSIONS).optional(),
          confirm: fn<ActionDefinition["confirm"]>().optional(),
          opensModal: z.boolean().optional(),
          run: fn<ActionDefinition["run"]>(),
        }),
      )
      .optional(),
    modals: z
      .record(
        z.string().regex(/^orm_[a-z_]{1,60}$/, "modal ids start with orm_"),
        z.object({ permission: z.enum(PERMISSIONS).optional(), check: fn<ModalDefinition["check"]>() }),
      )
      .optional(),
  })
  .strict()
  .refine((d) => (d.run === undefined) !== (d.subcommands === undefined), "needs either run or subcommands")
  .refine((d) => d.subcommands === undefined || d.usage === undefined, "usage comes from the subcommands")
  .refine(
    (d) => d.defaultSubcommand === undefined || d.subcommands?.[d.defaultSubcommand] !== undefined,
    "defaultSubcommand must name one of the subcommands",
  );

/** The usage line of a command: its own, or its subcommands' (`start [PLAYBOOK] | status [ID] | …`). */
export function usageOf(def: CommandDefinition): string {
  if (!def.subcommands) return def.usage ?? "";
  return Object.entries(def.subcommands)
    .map(([name, sub]) => (sub.usage ? `${name} ${sub.usage}` : name))
    .join(" | ");
}

/** What a chat lists or registers of a command: name, summary, usage (and its subcommands'). */
export function specOf(def: CommandDefinition): CommandSpec {
  const subcommands = Object.entries(def.subcommands ?? {}).map(([name, sub]) => ({
    name,
    summary: sub.summary,
    usage: sub.usage,
  }));
  return {
    name: def.name,
    summary: def.summary,
    usage: usageOf(def),
    ...(subcommands.length ? { subcommands } : {}),
    ...(def.examples?.length ? { examples: [...def.examples] } : {}),
  };
}

/** Identity helper that gives a command file its types. */
export function defineCommand(def: CommandDefinition): CommandDefinition {
  return def;
}
