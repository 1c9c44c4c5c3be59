import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../src/backends/memory/store.js";
import { until } from "../contract/jobs.contract.js";
import { BotSession, cleanEnv, tempDir } from "../helpers/cli.js";
import { alertPostCounts, writeConfig } from "../helpers/crash-rig.js";
import { freePort } from "../helpers/redis-server.js";
import { type SlackStandin, startSlackStandin } from "../helpers/slack-standin.js";

const TOKEN = "ingest-secret";
const CHANNEL = "CALERTS";
const BURST = 10;

let slack: SlackStandin;
const bots: BotSession[] = [];
beforeAll(async () => {
  slack = await startSlackStandin();
});
afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop()));
  await slack?.stop();
});

/** Starts `orm-bot start` (embedded, Slack over HTTP to the stand-in, HTTP on a free port) once healthy. */
async function startBot(dataDir: string, config: string): Promise<{ bot: BotSession; port: number }> {
  const port = await freePort();
  const env = cleanEnv({
    ORM_DATA_DIR: dataDir,
    ORM_CONFIG: config,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
    SLACK_API_URL: `${slack.url}/api/`,
    ORM_ALERT_CHANNEL: CHANNEL,
    PORT: String(port),
    INGEST_TOKEN: TOKEN,
    ORM_SHUTDOWN_GRACE_MS: "15000",
  });
  const bot = new BotSession(["start"], { env });
  bots.push(bot);
  await until(
    `bot on ${port} healthy (stderr: ${bot.stderr})`,
    async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status === 200,
    60_000,
  );
  return { bot, port };
}

const complaint = (tag: string, i: number) => ({
  id: `${tag}-${i}`,
  source: "forum",
  text: `Acme lost parcel number ${tag}${i}, terrible delivery and support never answers`,
  author: `user-${tag}-${i}`,
  reach: 5,
});

const alertPosts = () => alertPostCounts(slack);

/** Waits for the process to exit; its exit code. */
function exited(bot: BotSession): Promise<number | null> {
  if (bot.child.exitCode !== null) return Promise.resolve(bot.child.exitCode);
  return new Promise((r) => bot.child.once("close", (code) => r(code)));
}

describe("orm-bot start stopped by SIGTERM", () => {
  it("posts every alert of a burst exactly once: the ones queued at the stop after the restart", async () => {
    const dir = tempDir();
    const config = writeConfig(dir, "routing:\n  floodPerMinute: 1000\n");
    const dataDir = join(dir, "data");
    const first = await startBot(dataDir, config);
    const res = await fetch(`http://127.0.0.1:${first.port}/ingest`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify(Array.from({ length: BURST }, (_, i) => complaint("burst", i))),
    });
    expect(res.status).toBe(202);
    // Slack takes one post a second per channel: the burst is still going out when the stop comes.
    await until("two alerts posted", async () => alertPosts().size >= 2, 60_000);
    first.bot.child.kill("SIGTERM");
    expect(await exited(first.bot)).toBe(0);
    const beforeRestart = alertPosts();
    expect(beforeRestart.size).toBeLessThan(BURST);
    expect(first.bot.stderr).not.toMatch(/store is closed/);

    const second = await startBot(dataDir, config);
    await until("every alert posted", async () => alertPosts().size === BURST, 90_000);
    second.bot.child.kill("SIGTERM");
    expect(await exited(second.bot)).toBe(0);
    const posts = alertPosts();
    expect(
      [...posts.values()].every((n) => n === 1),
      JSON.stringify([...posts]),
    ).toBe(true);
    expect(posts.size).toBe(BURST);
  }, 240_000); // a bound on a hang (ten paced posts and two starts), not a speed goal

  it("lets a request in flight finish and refuses new ones while it stops", async () => {
    const dir = tempDir();
    const config = writeConfig(dir, "");
    const dataDir = join(dir, "data");
    const { bot, port } = await startBot(dataDir, config);
    const body = JSON.stringify([complaint("slow", 1), complaint("slow", 2)]);
    const half = Math.floor(body.length / 2);
    // A client that sends its headers and half its body, then waits: the request is in flight.
    let answer: { status: number; text: string } | null = null;
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/ingest",
        method: "POST",
        headers: {
          authorization: `Bearer ${TOKEN}`,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          // The server's "100 Continue" tells the client its request is being handled.
          expect: "100-continue",
        },
      },
      (res) => {
        let text = "";
        res.on("data", (d) => {
          text += d;
        });
        res.on("end", () => {
          answer = { status: res.statusCode ?? 0, text };
        });
      },
    );
    await new Promise<void>((r) => req.once("continue", () => r()));
    req.write(body.slice(0, half));
    bot.child.kill("SIGTERM");
    await until(
      "the bot stopped listening",
      async () => (await fetch(`http://127.0.0.1:${port}/livez`).catch(() => null)) === null,
      30_000,
    );
    expect(bot.child.exitCode).toBeNull(); // still finishing the request in flight
    req.end(body.slice(half));
    await until("the answer to the request in flight", async () => answer !== null, 30_000);
    expect(answer).toEqual({ status: 202, text: JSON.stringify({ accepted: 2, duplicates: 0 }) });
    expect(await exited(bot)).toBe(0);
    expect(bot.stderr).not.toMatch(/store is closed|something went wrong/i);
    const store = new EmbeddedStore({ dataDir });
    try {
      expect(await store.mentions.get("slow-1")).not.toBeNull();
      expect(await store.mentions.get("slow-2")).not.toBeNull();
      expect(await store.outbox.count()).toBe(0);
    } finally {
      await store.close();
    }
  }, 120_000);
});
