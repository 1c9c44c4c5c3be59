import { randomBytes } from "node:crypto";

/** An error whose text is meant for the person who caused it: shown as is, in chat or on stderr. */
export class UserError extends Error {
  override readonly name = "UserError";
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A UserError about one field of a submitted form: shown next to that field where the chat can. */
export class FieldError extends UserError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super("bad_field", message);
  }
}

/** An error a job must not retry: the input can never succeed. */
export class PermanentError extends Error {
  override readonly name = "PermanentError";
}

/** A short reference that ties a "something went wrong" reply to its log line. */
export function newErrorRef(): string {
  return randomBytes(3).toString("hex");
}

/** What a person sees for any error: a UserError's text, or a generic line with a ref to the log. */
export function describeForUser(err: unknown, ref: string): string {
  if (err instanceof UserError) return err.message;
  return `Something went wrong (ref ${ref}).`;
}

/** The message of anything thrown, never its stack. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
