import { UserError } from "../../core/errors.js";

/** A body that is not a feed we can read, with the reason people see (`not a feed: HTML document`). */
export class FeedError extends UserError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("feed_error", message, options);
  }
}
