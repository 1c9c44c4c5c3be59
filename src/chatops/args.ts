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
