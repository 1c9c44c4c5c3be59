import { expect } from "vitest";
import type { Bot } from "../../src/app/bot.js";
import { parseConfigText } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../src/config/sections/runtime.js";
import type { ChatDriver, Seen } from "../helpers/chat-driver.js";
import { eventually } from "../helpers/eventually.js";
import { lostParcel } from "./slack-harness.js";

/**
 * Polls an async check until it holds (`eventually` takes sync checks: a promise would count as done at
 * once). Not a timing assertion: the limit only bounds the wait.
 */
export async function settles(check: () => Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A bot config from YAML and the runtime settings (chat tokens, alert channel) a rig gives it. */
export function configOf(yaml: string, runtime: Record<string, unknown>): Config {
  return {
    ...parseConfigText(yaml, "t.yaml"),
    runtime: RuntimeConfigSchema.parse(runtime),
    configPath: null,
    baseDir: process.cwd(),
  };
}

/** The case opened for a mention. */
export async function caseOf(bot: Bot, mentionId: string): Promise<number> {
  return (await bot.services.cases.listOpen()).find((c) => c.mentionId === mentionId)!.id;
}

/**
 * Two negative mentions by one author, alerted: an older one, and a loud one (reach 50,000, a phone
 * number to redact). Returns their case numbers.
 */
export async function loudAndOlder(bot: Bot): Promise<{ loud: number; older: number }> {
  await bot.services.pipeline.ingest([
    lostParcel("older", { text: "Acme delivery late again, my parcel never arrived and nobody answers" }),
    lostParcel("loud", {
      reach: 50_000,
      text: "Acme lost my package again. Terrible delivery, the parcel never arrived and support ignores me. Call me at +34 612 345 678",
    }),
  ]);
  await bot.services.deps.jobs.drain();
  return { loud: await caseOf(bot, "loud"), older: await caseOf(bot, "older") };
}

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
