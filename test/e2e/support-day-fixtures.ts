import type { Mention } from "../../src/core/mention.js";
import { lostParcel } from "./slack-harness.js";

/**
 * Distinct everyday complaints (priority ~70, reach 500: not loud), one per author, each with a link
 * and a second line that reminders must not show.
 */
export function complaints(n: number, from = 0): Mention[] {
  return Array.from({ length: n }, (_, i) =>
    lostParcel(`c${from + i}`, {
      text: `Acme lost parcel number ${from + i}, terrible delivery\nsecond line with more detail`,
      author: `user${from + i}`,
      url: `https://forum.example/t/c${from + i}`,
    }),
  );
}

/** A negative mention with a 50,000-person reach: loud by `routing.loud.minAudience`. */
export const loudMention: Mention = lostParcel("loud", {
  text: "Acme never delivered my order, awful service, everyone stay away",
  author: "famous_reviewer",
  reach: 50_000,
});
