import { OUTCOMES, type Outcome } from "../core/case.js";
import { UserError } from "../core/errors.js";

/** Reads a case number typed as `3` or `#3`. */
export function parseCaseId(arg: string | undefined, usage: string): number {
  const n = Number((arg ?? "").replace(/^#/, ""));
  if (!arg || !Number.isInteger(n) || n <= 0)
    throw new UserError("bad_usage", `Which case? Usage: /orm ${usage}`);
  return n;
}

/** Reads a resolution outcome (default `answered`); accepts `no-action` for `no_action`. */
export function parseOutcome(arg: string | undefined): Outcome {
  if (!arg) return "answered";
  const o = arg.toLowerCase().replace(/-/g, "_");
  if (!(OUTCOMES as readonly string[]).includes(o))
    throw new UserError("bad_usage", `Unknown outcome "${arg}". Use one of: ${OUTCOMES.join(", ")}.`);
  return o as Outcome;
}

/** Reads a crisis number typed as `7` or `#7`. */
export function parseCrisisId(arg: string | undefined, usage: string): number {
  const n = Number((arg ?? "").replace(/^#/, ""));
  if (!arg || !Number.isInteger(n) || n <= 0)
    throw new UserError("bad_usage", `Which crisis? Usage: /orm crisis ${usage}`);
  return n;
}

/** True when the word looks like a crisis number. */
export function isCrisisId(arg: string | undefined): boolean {
  return arg !== undefined && /^#?\d+$/.test(arg);
}

/** The user id in a platform mention: Slack's `<@U123|name>` / `<@U123>`, Discord's `<@123>` / `<@!123>`. */
export function userMention(arg: string | undefined): string | null {
  return /^<@!?([A-Za-z0-9]{1,40})(?:\|[^>]{0,200})?>$/.exec(arg ?? "")?.[1] ?? null;
}

/**
 * Reads a user as typed in chat: Slack's `<@U123|name>` or `<@U123>`, Discord's `<@123>` / `<@!123>`,
 * or `@name` / `name` (the terminal, where ids are names).
 */
export function parseUserRef(arg: string | undefined, usage: string): string {
  const m = /^<@!?([A-Za-z0-9._-]+)(?:\|[^>]*)?>$/.exec(arg ?? "") ?? /^@?([A-Za-z0-9._-]+)$/.exec(arg ?? "");
  if (!m?.[1]) throw new UserError("bad_usage", `Which person? Usage: /orm ${usage}`);
  return m[1];
}

/** Splits a button value `7:assess-reach[:extra]` into its crisis number and the rest. */
export function parseActionValue(value: string): { id: number; parts: string[] } {
  const [head, ...parts] = value.split(":");
  return { id: parseCrisisId(head, "status ID"), parts };
}
