import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Bot, buildBot } from "../../../src/app/bot.js";
import { silentLogger } from "../../../src/core/log.js";
import type { StoredMention } from "../../../src/core/stored-mention.js";
import { type CrisisService, surgeReason } from "../../../src/crisis/index.js";
import { matchesDrivers } from "../../../src/crisis/mention-match.js";
import type { ChatAdapter, ChatMessage, MessageRef } from "../../../src/ports/chat.js";
import { ManualClock } from "../../../src/ports/clock.js";
import { crisisConfig, T0 } from "../../e2e/crisis-rig.js";

/** A chat that records what the bot posts (buttons, DMs, no channel creation). */
class RecordingChat implements ChatAdapter {
  readonly name = "recording";
  readonly capabilities = {
    threads: false,
    buttons: true,
    ephemeral: false,
    userSelect: false,
    files: false,
    directMessages: true,
    createChannels: false,
  };
  readonly posts: Array<{ channel: string; msg: ChatMessage }> = [];
  private n = 0;
  async start(): Promise<void> {}
  async post(channel: string, msg: ChatMessage): Promise<MessageRef> {
    this.posts.push({ channel, msg });
    return { channel, ts: String(++this.n) };
  }
  async update(): Promise<void> {}
  async dm(userId: string, msg: ChatMessage): Promise<MessageRef> {
    return this.post(`dm:${userId}`, msg);
  }
  async healthy(): Promise<boolean> {
    return true;
  }
  async stop(): Promise<void> {}
}

function stored(id: string, text: string, over: Partial<StoredMention["analysis"]> = {}): StoredMention {
  return {
    id,
    source: "twitter",
    url: null,
    title: null,
    text,
    author: "loud_voice",
    publishedAt: null,
    reach: 90000,
    rating: null,
    seenAt: T0,
    at: T0,
    authorKey: "twitter:loud_voice",
    dedupeKeys: [`id:${id}`],
    caseId: null,
    analysis: {
      lang: "en",
      sentiment: { label: "negative", score: -0.8 },
      topics: ["product_defect"],
      insult: false,
      pii: [],
      piiSpans: [],
      reachScore: 92,
      priority: 90,
      ...over,
    },
  };
}

describe("automatic crisis triggers", () => {
  let bot: Bot;
  let crisis: CrisisService;
  let chat: RecordingChat;
  const clock = new ManualClock(T0);
  beforeEach(async () => {
    chat = new RecordingChat();
    bot = await buildBot(crisisConfig("http://127.0.0.1:9"), {
      chat,
      dataDir: null,
      clock,
      log: silentLogger,
    });
    crisis = bot.services.crisis;
    await bot.start();
  });
  afterEach(() => bot.stop());

  it("a loud negative mention proposes once per cool-down; a quiet one does not", async () => {
    await crisis.onMentions([stored("q1", "meh", { reachScore: 40 })]);
    expect(await crisis.open()).toHaveLength(0);
    await crisis.onMentions([stored("l1", "The Acme phone exploded in my hand")]);
    const [run] = await crisis.open();
    expect(run!.status).toBe("proposed");
    expect(run!.trigger).toEqual({ kind: "mention", mentionId: "l1", reach: 92 });
    expect(run!.mentionIds).toEqual(["l1"]);
    const proposal = chat.posts.find((p) => p.channel === "CMGR")!;
    expect(JSON.stringify(proposal.msg)).toContain("orm_crisis_declare");
    await crisis.act(run!.id, { type: "dismiss", actor: "UDIR" });
    await crisis.onMentions([stored("l2", "Another loud complaint about a battery")]);
    expect(await crisis.open()).toHaveLength(0); // cool-down
  });

  it("an open crisis collects the mentions that match its drivers, and only those", async () => {
    const run = await crisis.start({ reason: "battery fires", drivers: ["battery", "fire"], actor: "UDIR" });
    await crisis.onMentions([stored("a", "My battery is swelling", { reachScore: 10 })]);
    await crisis.onMentions([
      stored("b", "Lovely campfire last night", {
        reachScore: 10,
        sentiment: { label: "positive", score: 0.7 },
        topics: [],
      }),
    ]);
    expect((await crisis.get(run.id)).mentionIds).toEqual(["a"]);
    expect(run.room).toBe("CMGR"); // no channel creation: the crisis runs in the managers channel
  });

  it("words the proposal like the issue asks", () => {
    const s = { startMs: 0, endMs: 2 * 3_600_000, mentions: 140, expected: 20, drivers: ["battery", "fire"] };
    expect(surgeReason(s)).toBe("140 negative mentions in 2 h, 7× normal — drivers: battery, fire");
    expect(matchesDrivers(stored("x", "FIRE! again"), ["fire"])).toBe(true);
  });
});
