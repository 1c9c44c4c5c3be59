import { expect, it } from "vitest";
import type { MessageRef } from "../../src/ports/chat.js";
import { eventually } from "../helpers/eventually.js";
import { type ChatContext, card, note, seenWith, token } from "./chat.fixtures.js";

/** Posting, editing, threads, DMs, files, pins and rooms; a lost answer and a 429 on the wire. */
export function outboundCases(ctx: ChatContext): void {
  it("post returns a ref to a message everyone in the channel sees", async () => {
    const { adapter: a, driver: d } = ctx.rig;
    const first = token("hello");
    const ref = await a.post(d.channel, note(first));
    expect(ref.channel).not.toBe("");
    expect(ref.ts).not.toBe("");
    for (const person of d.people) {
      const [seen, ...more] = seenWith(d, d.channel, person, first);
      expect(more).toHaveLength(0);
      expect(seen?.onlyFor).toBeNull();
      if (seen?.ref) expect(seen.ref).toEqual(ref);
    }
    const second = await a.post(d.channel, note(token("again")));
    expect(second).not.toEqual(ref);
  });

  it("update edits that message in place", async () => {
    const { adapter: a, driver: d } = ctx.rig;
    const [head, open, claimed] = [token("case"), token("open"), token("claimed")];
    const ref = await a.post(d.channel, card(head, `Status: ${open}`));
    const count = d.seen(d.channel, d.people[1]).length;
    await a.update(ref, card(head, `Status: ${claimed}`));
    const [seen, ...more] = seenWith(d, d.channel, d.people[1], head);
    expect(more).toHaveLength(0);
    expect(seen!.text).toContain(claimed);
    expect(seen!.text).not.toContain(open);
    expect(seen!.edited).toBe(true);
    expect(d.seen(d.channel, d.people[1])).toHaveLength(count);
  });

  it("a post in a thread lands in that thread (where there are threads), else in the channel", async () => {
    const { adapter: a, driver: d } = ctx.rig;
    const parent = await a.post(d.channel, note(token("parent")));
    const reply = token("reply");
    await a.post(d.channel, note(reply), { thread: parent });
    const [seen] = seenWith(d, d.channel, d.people[0], reply);
    expect(seen).toBeDefined();
    expect(seen!.threadOf).toBe(a.capabilities.threads ? parent.ts : null);
  });

  it("dm reaches that person only", async ({ skip }) => {
    const { adapter: a, driver: d } = ctx.rig;
    skip(!a.capabilities.directMessages, "no direct messages");
    const words = token("direct");
    const ref = await a.dm(d.people[1], note(words));
    const [seen] = d.dms(d.people[1]).filter((s) => s.text.includes(words));
    expect(seen).toBeDefined();
    if (seen!.ref) expect(seen!.ref).toEqual(ref);
    expect(d.dms(d.people[0]).filter((s) => s.text.includes(words))).toHaveLength(0);
    expect(seenWith(d, d.channel, d.people[1], words)).toHaveLength(0);
  });

  it("upload shares the files, bytes intact, with a comment that pings no one", async ({ skip }) => {
    const { adapter: a, driver: d } = ctx.rig;
    skip(!a.capabilities.files, "no files");
    expect(a.upload).toBeDefined();
    const words = token("charts");
    const bytes = Buffer.from("week,mentions\n47,120\n48,310\n");
    await a.upload!(d.channel, [{ filename: "kpi.csv", title: "KPI", bytes }], `${words} @here <!channel>`);
    const seen = await eventually(
      () => d.seen(d.channel, d.people[0]).find((s) => s.files.some((f) => f.name === "kpi.csv")),
      "the shared file",
    );
    expect(seen.files.find((f) => f.name === "kpi.csv")!.bytes.equals(bytes)).toBe(true);
    expect(seen.text).toContain(words);
    expect(seen.pings).toEqual([]);
  });

  it("pin pins the message (and pinning it again is fine)", async ({ skip }) => {
    const { adapter: a, driver: d } = ctx.rig;
    skip(!a.pin, "no pins");
    expect(d.pinned).toBeDefined();
    const ref = await a.post(d.channel, note(token("status")));
    await a.pin!(ref);
    await a.pin!(ref);
    expect(d.pinned!(ref.channel)).toEqual([ref.ts]);
  });

  it("createRoom makes a room with the people in it, where the bot can post", async ({ skip }) => {
    const { adapter: a, driver: d } = ctx.rig;
    skip(!a.capabilities.createChannels, "no rooms");
    expect(a.createRoom).toBeDefined();
    expect(d.members).toBeDefined();
    const room = await a.createRoom!(`Crisis ${token("room")}`, [...d.people]);
    expect(d.members!(room)).toEqual(expect.arrayContaining([...d.people]));
    const words = token("inroom");
    await a.post(room, note(words));
    expect(seenWith(d, room, d.people[1], words)).toHaveLength(1);
  });

  for (const how of ["500", "drop"] as const)
    it(`a post that landed but lost its answer (${how}), retried with its key, shows once`, async ({
      skip,
    }) => {
      const { adapter: a, driver: d } = ctx.rig;
      skip(!d.faults, "the wire can't fail that way");
      const [words, key] = [token("once"), token("key")];
      d.faults!.loseAnswerToNextPost(how);
      let first: MessageRef | null = null;
      try {
        first = await a.post(d.channel, note(words), { idempotencyKey: key });
      } catch {
        // The caller (a job) retries with the same key.
      }
      const retried = await a.post(d.channel, note(words), { idempotencyKey: key });
      if (first) expect(retried).toEqual(first);
      const shown = seenWith(d, d.channel, d.people[0], words);
      expect(shown).toHaveLength(1);
      if (shown[0]!.ref) expect(shown[0]!.ref).toEqual(retried);
    });

  it("the same words under two keys are two posts", async () => {
    const { adapter: a, driver: d } = ctx.rig;
    const words = token("twice");
    await a.post(d.channel, note(words), { idempotencyKey: token("k") });
    await a.post(d.channel, note(words), { idempotencyKey: token("k") });
    expect(seenWith(d, d.channel, d.people[0], words)).toHaveLength(2);
  });

  it("a 429 with Retry-After is waited out, and the post shows once", async ({ skip }) => {
    const { adapter: a, driver: d } = ctx.rig;
    skip(!d.faults, "the wire has no rate limits");
    const words = token("paced");
    d.faults!.rateLimitNextPost(1);
    await a.post(d.channel, note(words), { idempotencyKey: token("k") });
    expect(seenWith(d, d.channel, d.people[0], words)).toHaveLength(1);
    expect(d.faults!.earlyRetries()).toBe(0);
  });
}
