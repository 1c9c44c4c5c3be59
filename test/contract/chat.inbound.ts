import { expect, it } from "vitest";
import type { ActionRequest, CommandRequest } from "../../src/ports/chat.js";
import { eventually } from "../helpers/eventually.js";
import { type ChatContext, seenWith, token, waitToSee, withButtons } from "./chat.fixtures.js";

/** Commands typed and buttons clicked by people: what reaches the core, and who sees the answers. */
export function inboundCases(ctx: ChatContext): void {
  const commandsWith = (text: string): CommandRequest[] => ctx.inbound.typed.filter((r) => r.text === text);
  const actionsWith = (value: string): ActionRequest[] =>
    ctx.inbound.actions.filter((r) => r.value === value);

  /** Waits for a fresh command to arrive, so that anything delivered before it has been handled. */
  const settle = async () => {
    const { driver: d } = ctx.rig;
    const mark = `note ${token("settle")}`;
    await d.command(d.people[0], d.channel, mark);
    await eventually(() => commandsWith(mark).length > 0, "a later command");
  };

  /** `to` sees the whispered words; where the platform has ephemeral messages, only `to` does. */
  const expectWhisper = async (ephemeral: boolean, words: string, to: string, other: string) => {
    const { driver: d } = ctx.rig;
    const seen = await waitToSee(d, d.channel, to, words);
    if (ephemeral) {
      expect(seen.onlyFor).toBe(to);
      await settle();
      expect(seenWith(d, d.channel, other, words)).toHaveLength(0);
    }
    expect(ctx.inbound.failures).toEqual([]);
  };

  it("a typed command reaches onCommand with the person, channel, text and a requestId", async () => {
    const { driver: d } = ctx.rig;
    const text = `note ${token("cmd")} and more words`;
    await d.command(d.people[0], d.channel, text);
    const req = await eventually(() => commandsWith(text)[0], "the command");
    expect(req.user.id).toBe(d.people[0]);
    expect(req.user.name).not.toBe("");
    expect(req.channel).toBe(d.channel);
    expect(req.requestId).toMatch(/\S/);
  });

  it("the same words typed twice are two requests with two requestIds", async () => {
    const { driver: d } = ctx.rig;
    const text = `note ${token("twice")}`;
    await d.command(d.people[0], d.channel, text);
    await d.command(d.people[0], d.channel, text);
    const both = await eventually(
      () => commandsWith(text).length === 2 && commandsWith(text),
      "both commands",
    );
    expect(both[0]!.requestId).not.toBe(both[1]!.requestId);
  });

  it("the platform's retry of a command carries the same requestId", async ({ skip }) => {
    const { driver: d } = ctx.rig;
    const text = `note ${token("retried")}`;
    const delivery = await d.command(d.people[0], d.channel, text);
    skip(!delivery.again, "the platform doesn't redeliver");
    await eventually(() => commandsWith(text).length > 0, "the command");
    await delivery.again!();
    await settle();
    const ids = new Set(commandsWith(text).map((r) => r.requestId));
    expect(ids.size).toBe(1);
  });

  it("a reply is seen by everyone in the channel", async () => {
    const { driver: d } = ctx.rig;
    const words = token("said");
    await d.command(d.people[0], d.channel, `say ${words}`);
    for (const person of d.people) expect((await waitToSee(d, d.channel, person, words)).onlyFor).toBeNull();
    expect(ctx.inbound.failures).toEqual([]);
  });

  it("a whisper is seen by the requester (and only by them where the platform has ephemeral messages)", async () => {
    const { adapter: a, driver: d } = ctx.rig;
    const words = token("whispered");
    await d.command(d.people[0], d.channel, `psst ${words}`);
    await expectWhisper(a.capabilities.ephemeral, words, d.people[0], d.people[1]);
  });

  it("a click reaches onAction with the action id, value, person and message", async ({ skip }) => {
    const { adapter: a, driver: d } = ctx.rig;
    skip(!a.capabilities.buttons, "no buttons");
    const value = token("case");
    const ref = await a.post(d.channel, withButtons(`Case ${value}`, ["Note it", "orm_note", value]));
    await d.click!(d.people[1], await waitToSee(d, d.channel, d.people[1], value), "Note it");
    const req = await eventually(() => actionsWith(value)[0], "the click");
    expect(req.actionId).toBe("orm_note");
    expect(req.user.id).toBe(d.people[1]);
    expect(req.channel).toBe(d.channel);
    expect(req.message).toEqual(ref);
    expect(req.requestId).toMatch(/\S/);
  });

  it("two clicks are two requestIds; the platform's retry of one carries its requestId", async ({ skip }) => {
    const { adapter: a, driver: d } = ctx.rig;
    skip(!a.capabilities.buttons, "no buttons");
    const value = token("twice");
    await a.post(d.channel, withButtons(`Case ${value}`, ["Note it", "orm_note", value]));
    const seen = await waitToSee(d, d.channel, d.people[0], value);
    const first = await d.click!(d.people[0], seen, "Note it");
    await d.click!(d.people[1], seen, "Note it");
    const both = await eventually(() => actionsWith(value).length === 2 && actionsWith(value), "both clicks");
    expect(both[0]!.requestId).not.toBe(both[1]!.requestId);
    skip(!first.again, "the platform doesn't redeliver");
    await first.again!();
    await settle();
    const ids = new Set(actionsWith(value).map((r) => r.requestId));
    expect(ids).toEqual(new Set([both[0]!.requestId, both[1]!.requestId]));
  });

  it("a click's reply is seen by everyone, its whisper by the clicker only", async ({ skip }) => {
    const { adapter: a, driver: d } = ctx.rig;
    skip(!a.capabilities.buttons, "no buttons");
    const [said, whispered] = [token("said"), token("whispered")];
    await a.post(
      d.channel,
      withButtons(`Case ${said}`, ["Say", "orm_say", `ok ${said}`], ["Psst", "orm_psst", whispered]),
    );
    const card = await waitToSee(d, d.channel, d.people[1], said);
    await d.click!(d.people[1], card, "Say");
    for (const person of d.people)
      await eventually(() => seenWith(d, d.channel, person, `ok ${said}`)[0], "the reply");
    await d.click!(d.people[1], card, "Psst");
    await expectWhisper(a.capabilities.ephemeral, whispered, d.people[1], d.people[0]);
  });
}
