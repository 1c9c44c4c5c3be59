import { deflateSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../src/adapters/discord/index.js";
import { silentLogger } from "../../src/core/log.js";
import type { ChatMessage, FileUpload } from "../../src/ports/chat.js";
import { type DiscordStandin, startDiscordStandin } from "../helpers/discord-standin.js";

const ALERTS = "444444444444444444";
const ANA = "555555555555555555";
const BEN = "666666666666666666";

let standin: DiscordStandin;
let chat: DiscordAdapter;

function adapter(roomParentChannel?: string): DiscordAdapter {
  return createDiscordAdapter({
    token: "dt",
    apiUrl: standin.url,
    log: silentLogger,
    gateway: false,
    commands: [],
    ...(roomParentChannel ? { roomParentChannel } : {}),
  });
}

beforeEach(async () => {
  standin = await startDiscordStandin();
  chat = adapter(ALERTS);
});
afterEach(async () => {
  await chat.stop();
  await standin.stop();
});

function chart(seed: number, size = 400): FileUpload {
  const body = Buffer.alloc(size);
  for (let i = 0; i < size; i++) body[i] = (i * 7 + seed) % 256;
  const bytes = Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), deflateSync(body)]);
  return { filename: `chart-${seed}.png`, title: `Chart ${seed}`, bytes };
}

const note = (text: string): ChatMessage => ({ fallback: text, blocks: [{ type: "section", text: [text] }] });
const messagePosts = (channel: string) => standin.find("POST", new RegExp(`^/channels/${channel}/messages$`));

describe("Discord upload as message attachments (multipart through the REST stand-in)", () => {
  it("sends the files' bytes with payload_json naming them, the comment escaped and pinging no one", async () => {
    const files = [chart(1), chart(2, 3000)];
    await chat.upload(ALERTS, files, "Weekly report @everyone <@&777> **now**");
    const [post] = messagePosts(ALERTS);
    expect(post!.files.map((f) => [f.field, f.name, f.contentType])).toEqual([
      ["files[0]", "chart-1.png", "image/png"],
      ["files[1]", "chart-2.png", "image/png"],
    ]);
    expect(post!.files[0]!.bytes.equals(files[0]!.bytes)).toBe(true);
    expect(post!.files[1]!.bytes.equals(files[1]!.bytes)).toBe(true);
    expect(post!.body.attachments).toEqual([
      { id: 0, filename: "chart-1.png", description: "Chart 1" },
      { id: 1, filename: "chart-2.png", description: "Chart 2" },
    ]);
    expect(post!.body.allowed_mentions).toEqual({ parse: [] });
    const content = String(post!.body.content);
    expect(content).toContain("Weekly report");
    expect(content).not.toMatch(/@everyone|<@&777>|\*\*now\*\*/);
  });

  it("splits more than ten files into messages of ten, the comment on the first only", async () => {
    const files = Array.from({ length: 12 }, (_, i) => chart(i + 1, 50));
    await chat.upload(ALERTS, files, "All the charts");
    const posts = messagePosts(ALERTS);
    expect(posts.map((p) => p.files.length)).toEqual([10, 2]);
    expect(posts[0]!.body.content).toBe("All the charts");
    expect(posts[1]!.body.content).toBeUndefined();
    expect(posts.flatMap((p) => p.files.map((f) => f.name))).toEqual(files.map((f) => f.filename));
  });

  it("answers a message when given a thread", async () => {
    const alert = await chat.post(ALERTS, note("alert"));
    await chat.upload(ALERTS, [chart(3)], "chart", { thread: alert });
    const last = messagePosts(ALERTS).at(-1)!;
    expect(last.body.message_reference).toEqual({ message_id: alert.ts, fail_if_not_exists: false });
    expect(last.files).toHaveLength(1);
  });
});

describe("Discord rooms and pins", () => {
  it("opens a private thread in the alert channel and adds each user once", async () => {
    expect(chat.capabilities.createChannels).toBe(true);
    const room = await chat.createRoom("Crisis 1: battery fire", [ANA, BEN, ANA]);
    expect(standin.threads).toEqual([
      { id: room, parentId: ALERTS, name: "Crisis 1: battery fire", type: 12, members: [ANA, BEN] },
    ]);
    expect(standin.find("POST", /\/threads$/)[0]!.body).toMatchObject({
      invitable: false,
      auto_archive_duration: 10080,
    });
    const posted = await chat.post(room, note("status"));
    expect(posted.channel).toBe(room);
  });

  it("cuts a long room name to Discord's 100 characters", async () => {
    const room = await chat.createRoom("x".repeat(150), []);
    expect(standin.threads.find((t) => t.id === room)!.name).toHaveLength(100);
  });

  it("has no rooms without a parent channel", async () => {
    const plain = adapter();
    expect(plain.capabilities.createChannels).toBe(false);
    await expect(plain.createRoom("crisis", [ANA])).rejects.toThrow(/parent channel/);
    expect(standin.threads).toHaveLength(0);
  });

  it("pins a posted message and refuses an unknown one", async () => {
    const status = await chat.post(ALERTS, note("crisis status"));
    await chat.pin(status);
    expect(standin.pins).toEqual([{ channel: ALERTS, messageId: status.ts }]);
    expect(standin.find("PUT", /\/messages\/pins\//)[0]!.path).toBe(
      `/channels/${ALERTS}/messages/pins/${status.ts}`,
    );
    await expect(chat.pin({ channel: ALERTS, ts: "123456789012345678" })).rejects.toThrow(/Unknown Message/);
  });
});
