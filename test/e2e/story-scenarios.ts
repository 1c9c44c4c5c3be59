import { expect } from "vitest";
import type { ChatDriver, Seen } from "../helpers/chat-driver.js";
import { eventually } from "../helpers/eventually.js";

/**
 * A person at a chat, for scenarios that read like a support agent's day: types commands and waits for
 * what they see next (their private answers, or the channel's new messages and edits).
 */
export class Agent {
  constructor(
    private readonly driver: ChatDriver,
    readonly id: string,
    readonly channel: string,
  ) {}

  seen(): Seen[] {
    return this.driver.seen(this.channel, this.id);
  }

  /** Types `/orm text` and returns the first new thing this person sees that matches `expect`. */
  async says(text: string, expectSeen: RegExp): Promise<Seen> {
    const before = this.seen().length;
    await this.driver.command(this.id, this.channel, text);
    return eventually(
      () =>
        this.seen()
          .slice(before)
          .find((s) => expectSeen.test(s.text)),
      `an answer to "/orm ${text}" matching ${expectSeen}`,
    );
  }

  /** The latest message in the channel matching `pattern` (edits included). */
  async sees(pattern: RegExp, what = `a message matching ${pattern}`): Promise<Seen> {
    return eventually(() => this.seen().findLast((s) => pattern.test(s.text)), what);
  }
}

/** The timeline lines of a `/orm case` answer, in order: `what` each names must appear, in that order. */
export function expectTimeline(story: Seen, whats: RegExp[]): void {
  const at = story.text.indexOf("Timeline");
  expect(at).toBeGreaterThan(-1);
  let pos = at;
  for (const w of whats) {
    const rest = story.text.slice(pos);
    const m = w.exec(rest);
    expect(m, `${w} after position ${pos} in\n${story.text.slice(at)}`).not.toBeNull();
    pos += m!.index + m![0].length;
  }
}
