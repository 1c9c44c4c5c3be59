import { deflateSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../src/adapters/slack/index.js";
import { silentLogger } from "../../src/core/log.js";
import type { ChatMessage } from "../../src/ports/chat.js";
import { type SlackStandin, startSlackStandin } from "../helpers/slack-standin.js";

let standin: SlackStandin;
let chat: SlackAdapter;

beforeEach(async () => {
  standin = await startSlackStandin();
  chat = createSlackAdapter({
    botToken: "xoxb-test",
    signingSecret: "secret",
    apiUrl: `${standin.url}/api/`,
    log: silentLogger,
    minPostIntervalMs: 1,
  });
});
afterEach(async () => {
  await chat.stop();
  await standin.stop();
});

/** Bytes that look like a PNG (signature + a compressed body), with every byte value present. */
function pngLike(seed: number, size: number): Buffer {
  const body = Buffer.alloc(size);
  for (let i = 0; i < size; i++) body[i] = (i * 31 + seed) % 256;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), deflateSync(body)]);
}

const note = (text: string): ChatMessage => ({ fallback: text, blocks: [{ type: "section", text: [text] }] });

describe("Slack upload (files upload v2 through the stand-in)", () => {
  it("announces each file, POSTs its bytes to the upload URL and shares both in one message", async () => {
    const volume = pngLike(1, 5000);
    const topics = pngLike(2, 300);
    await chat.upload(
      "CREPORTS",
      [
        { filename: "volume.png", title: "Volume by sentiment", bytes: volume },
        { filename: "topics.png", title: "Top topics", bytes: topics },
      ],
      "Weekly report <!channel> & charts",
    );
    const announced = standin.callsOf("files.getUploadURLExternal").map((c) => c.args);
    expect(announced.map((a) => [a.filename, Number(a.length)]).sort()).toEqual([
      ["topics.png", topics.length],
      ["volume.png", volume.length],
    ]);
    expect(standin.callsOf("upload")).toHaveLength(2);
    const completes = standin.callsOf("files.completeUploadExternal");
    expect(completes).toHaveLength(1);
    expect(completes[0]!.args.channel_id).toBe("CREPORTS");
    expect(completes[0]!.args.initial_comment).toBe("Weekly report &lt;!channel&gt; &amp; charts");

    const shared = standin.workspace.shared("CREPORTS");
    expect(shared.map((f) => f.name).sort()).toEqual(["topics.png", "volume.png"]);
    const byName = new Map(shared.map((f) => [f.name, f]));
    expect(byName.get("volume.png")!.bytes!.equals(volume)).toBe(true);
    expect(byName.get("topics.png")!.bytes!.equals(topics)).toBe(true);
    expect(byName.get("volume.png")!.title).toBe("Volume by sentiment");
    expect(byName.get("volume.png")!.bytes!.subarray(0, 4).toString("latin1")).toBe("\x89PNG");
  });

  it("shares into a thread when given one", async () => {
    const alert = await chat.post("CALERTS", note("alert"));
    await chat.upload("CALERTS", [{ filename: "a.png", title: "A", bytes: pngLike(3, 64) }], "chart", {
      thread: alert,
    });
    const [file] = standin.workspace.shared("CALERTS");
    expect(file!.threadTs).toBe(alert.ts);
    expect(standin.callsOf("files.completeUploadExternal")[0]!.args.thread_ts).toBe(alert.ts);
  });

  it("fails when the upload URL refuses the bytes, and shares nothing", async () => {
    standin.failNext("upload", { status: 500 });
    await expect(
      chat.upload("CREPORTS", [{ filename: "a.png", title: "A", bytes: pngLike(4, 64) }], "x"),
    ).rejects.toThrow(/Slack upload of a\.png to CREPORTS failed: .*500/);
    expect(standin.callsOf("files.completeUploadExternal")).toHaveLength(0);
    expect(standin.workspace.shared()).toHaveLength(0);
  });

  it("does nothing for an empty list", async () => {
    await chat.upload("CREPORTS", [], "nothing");
    expect(standin.calls).toHaveLength(0);
  });
});

describe("Slack pin and createRoom", () => {
  it("pins a posted message, takes a second pin of it as done, and refuses an unknown message", async () => {
    const ref = await chat.post("CROOM9", note("status"));
    await chat.pin(ref);
    await chat.pin(ref);
    expect(standin.callsOf("pins.add").map((c) => c.args)).toEqual([
      { channel: "CROOM9", timestamp: ref.ts },
      { channel: "CROOM9", timestamp: ref.ts },
    ]);
    expect(standin.workspace.pins).toEqual([{ channel: "CROOM9", ts: ref.ts }]);
    await expect(chat.pin({ channel: "CROOM9", ts: "1.000001" })).rejects.toThrow(/message_not_found/);
  });

  it("creates a private channel with a valid name, invites each user once, and numbers a taken name", async () => {
    const first = await chat.createRoom("Crisis #1: Battery FIRE!", ["UDIR", "UCOM", "UDIR"]);
    expect(standin.workspace.channels[0]).toEqual({
      id: first,
      name: "crisis-1-battery-fire",
      members: ["UBOT", "UDIR", "UCOM"],
      isPrivate: true,
    });
    const second = await chat.createRoom("crisis 1 battery fire", [], { private: false });
    expect(second).not.toBe(first);
    expect(standin.workspace.channels[1]!.name).toBe("crisis-1-battery-fire-2");
    expect(standin.workspace.channels[1]!.isPrivate).toBe(false);
    expect(standin.callsOf("conversations.invite")).toHaveLength(1);
  });

  it("names a room whose name has no Latin letters, and fails clearly when every name is taken", async () => {
    await chat.createRoom("Кризис", ["UDIR"]);
    expect(standin.workspace.channels[0]!.name).toBe("orm-room");
    for (let i = 0; i < 4; i++) await chat.createRoom("Кризис", []);
    await expect(chat.createRoom("Кризис", [])).rejects.toThrow(/name_taken/);
    expect(standin.workspace.channels.map((c) => c.name)).toEqual([
      "orm-room",
      "orm-room-2",
      "orm-room-3",
      "orm-room-4",
      "orm-room-5",
    ]);
  });
});

describe("Slack start", () => {
  it("fails start with Slack's reason when the token is refused, without an unhandled rejection", async () => {
    const refusing = await startSlackStandin();
    refusing.answerWith("auth.test", { ok: false, error: "invalid_auth" });
    const bad = createSlackAdapter({
      botToken: "xoxb-bad",
      signingSecret: "secret",
      apiUrl: `${refusing.url}/api/`,
      log: silentLogger,
    });
    const inbound = { onCommand: async () => {}, onAction: async () => {}, commands: () => [] };
    await expect(bad.start(inbound)).rejects.toThrow(/invalid_auth/);
    expect(await bad.healthy()).toBe(false);
    await refusing.stop();
  });
});
