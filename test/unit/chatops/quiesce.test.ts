import { describe, expect, it } from "vitest";
import { wireServices } from "../../../src/app/bot.js";
import type { ChatMessage, CommandRequest } from "../../../src/ports/chat.js";
import { kpiDeps } from "../kpi/fixtures.js";

/** A `/orm help` request whose answers are collected; with `gate`, its first answer waits for it. */
function helpRequest(id: string, answers: string[], gate?: Promise<void>): CommandRequest {
  const answer = async (m: ChatMessage) => {
    if (gate) await gate;
    answers.push(m.fallback);
  };
  return {
    user: { id: "UANA", name: "ana", groups: [] },
    channel: "C1",
    text: "help",
    respond: { reply: answer, whisper: answer },
    requestId: id,
  };
}

describe("the dispatcher while the bot stops", () => {
  it("waits for the commands in flight and tells later ones the bot is restarting", async () => {
    const deps = kpiDeps(Date.parse("2026-11-25T10:00:00Z"));
    const { dispatcher } = await wireServices(deps, { schedules: false });
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const first: string[] = [];
    const inFlight = dispatcher.onCommand(helpRequest("r1", first, gate));
    let quiet = false;
    const quiescing = dispatcher.quiesce().then(() => {
      quiet = true;
    });
    const later: string[] = [];
    await dispatcher.onCommand(helpRequest("r2", later));
    expect(later).toEqual(["ORM Bot is restarting; try again in a moment."]);
    expect(quiet).toBe(false); // the help in flight is still answering
    release();
    await inFlight;
    await quiescing;
    expect(first).toEqual(["ORM Bot commands"]);
    expect(quiet).toBe(true);
    await deps.store.close();
  });
});
