import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChatRig } from "../helpers/chat-driver.js";
import { eventually } from "../helpers/eventually.js";
import { escapingCases } from "./chat.escaping.js";
import { type ChatContext, note, Recorder, token } from "./chat.fixtures.js";
import { inboundCases } from "./chat.inbound.js";
import { outboundCases } from "./chat.outbound.js";

/** Counts of the resources keeping the event loop alive (sockets, servers, timers), by kind. */
function resources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of process.getActiveResourcesInfo()) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

/** What is alive now that wasn't in `before`. */
function leftSince(before: Map<string, number>): string[] {
  return [...resources()]
    .filter(([kind, n]) => n > (before.get(kind) ?? 0))
    .map(([kind, n]) => `${kind} ×${n}`);
}

/**
 * A check that nothing is left, true once it has held for `forMs` on every poll: a reconnect loop
 * between attempts can look clean for an instant.
 */
function cleanFor(before: Map<string, number>, forMs: number): () => boolean {
  let since: number | null = null;
  return () => {
    if (leftSince(before).length > 0) since = null;
    else since ??= Date.now();
    return since !== null && Date.now() - since >= forMs;
  };
}

/**
 * Registers the chat-port contract for one adapter. `factory` builds the adapter wired to its
 * platform's stand-in (nothing started) and a driver that acts as people there; every adapter must
 * pass it unchanged. Cases that need a capability the adapter doesn't claim are skipped, never bent.
 */
export function describeChatContract(name: string, factory: () => Promise<ChatRig>): void {
  describe(`ChatAdapter contract: ${name}`, () => {
    describe("lifecycle", () => {
      it("is unhealthy before start, healthy once started, unhealthy after stop", async () => {
        const rig = await factory();
        try {
          expect(await rig.adapter.healthy()).toBe(false);
          await rig.adapter.start(new Recorder());
          expect(await rig.adapter.healthy()).toBe(true);
          await rig.adapter.stop();
          expect(await rig.adapter.healthy()).toBe(false);
        } finally {
          await rig.adapter.stop();
          await rig.close();
        }
      });

      it("stop() leaves nothing running that would keep the process alive", async () => {
        const before = resources();
        const rig = await factory();
        const inbound = new Recorder();
        await rig.adapter.start(inbound);
        const { adapter: a, driver: d } = rig;
        await a.post(d.channel, note(token("bye")));
        const text = `note ${token("last")}`;
        await d.command(d.people[0], d.channel, text);
        await eventually(() => inbound.typed.some((r) => r.text === text), "the last command");
        if (d.connections) expect(d.connections()).toBeGreaterThan(0);
        await a.stop();
        await eventually(() => (d.connections?.() ?? 0) === 0, "the bot to hang up", 5_000).catch(() => {
          expect(d.connections!(), "connections still open after stop()").toBe(0);
        });
        await rig.close();
        await eventually(cleanFor(before, 700), "nothing left running", 8_000).catch(() => {
          expect(leftSince(before), "still running after stop()").toEqual([]);
        });
      });
    });

    describe("in use", () => {
      const ctx = {} as ChatContext;
      beforeEach(async () => {
        ctx.rig = await factory();
        ctx.inbound = new Recorder();
        await ctx.rig.adapter.start(ctx.inbound);
      });
      afterEach(async () => {
        await ctx.rig.adapter.stop();
        await ctx.rig.close();
      });
      describe("outbound", () => outboundCases(ctx));
      describe("escaping", () => escapingCases(ctx));
      describe("inbound", () => inboundCases(ctx));
    });
  });
}
