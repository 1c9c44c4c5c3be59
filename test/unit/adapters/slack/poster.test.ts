import { WebClient } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackPoster } from "../../../../src/adapters/slack/poster.js";
import { silentLogger } from "../../../../src/core/log.js";
import { type SlackStandin, startSlackStandin } from "../../../helpers/slack-standin.js";

let standin: SlackStandin;
let waits: number[];
let poster: SlackPoster;

beforeEach(async () => {
  standin = await startSlackStandin();
  waits = [];
  const client = new WebClient("xoxb-t", {
    slackApiUrl: `${standin.url}/api/`,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  poster = new SlackPoster({
    client,
    log: silentLogger,
    minPostIntervalMs: 1000,
    maxRateLimitWaits: 3,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
});
afterEach(async () => {
  await standin.stop();
});

describe("SlackPoster", () => {
  it("keeps a second between posts to one channel, not across channels", async () => {
    await Promise.all([
      poster.post({ channel: "C1", text: "a", blocks: [] }),
      poster.post({ channel: "C1", text: "b", blocks: [] }),
      poster.post({ channel: "C2", text: "c", blocks: [] }),
    ]);
    expect(standin.messages.map((m) => m.text).sort()).toEqual(["a", "b", "c"]);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(1000);
  });

  it("waits Retry-After on a 429 and posts once", async () => {
    standin.failNext("chat.postMessage", { status: 429, retryAfterS: 7 });
    await poster.post({ channel: "C1", text: "a", blocks: [], idempotencyKey: "k1" });
    expect(waits.some((w) => w > 6000 && w <= 7000)).toBe(true);
    expect(standin.messages).toHaveLength(1);
  });

  it("after a 500 on a post that landed, a retry with the same key returns the first message", async () => {
    standin.failNext("chat.postMessage", { status: 500, afterApplying: true });
    await expect(
      poster.post({ channel: "C1", text: "a", blocks: [], idempotencyKey: "k2" }),
    ).rejects.toThrow();
    const ref = await poster.post({ channel: "C1", text: "a", blocks: [], idempotencyKey: "k2" });
    expect(standin.messages).toHaveLength(1);
    expect(ref.ts).toBe(standin.messages[0]!.ts);
  });
});
