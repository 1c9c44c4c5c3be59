import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blockActions, slashCommand } from "../helpers/slack-payloads.js";
import { eventually, postSigned } from "../helpers/slack-standin.js";
import { lostParcel, SECRET, type SlackRig, startSlackRig } from "./slack-harness.js";

let rig: SlackRig;
beforeEach(async () => {
  rig = await startSlackRig();
});
afterEach(async () => {
  await rig.close();
});

const json = (v: unknown) => JSON.stringify(v);

async function click(o: Parameters<typeof blockActions>[0]) {
  const res = await postSigned(rig.eventsUrl, SECRET, blockActions(o));
  expect(res.status).toBe(200);
}

describe("Slack over HTTP, end to end", () => {
  it("alerts, takes a signed Claim, a template reply and Resolve, and records the case times", async () => {
    const { standin, bot, clock } = rig;
    const evil =
      "Acme lost my package <!channel> <!here> @everyone <@U0ADMIN> <!subteam^S1> <https://evil.example|bank> & more";
    await bot.services.pipeline.ingest([
      lostParcel("m1", { text: `${evil}. Terrible delivery, it never arrived.`, author: "<!everyone> bob" }),
    ]);
    await bot.services.deps.jobs.drain();

    const posts = standin.callsOf("chat.postMessage");
    expect(posts).toHaveLength(1);
    const alert = posts[0]!.args;
    expect(alert.channel).toBe("CSHIP");
    const blocks = json(alert.blocks);
    for (const raw of [
      "<!channel>",
      "<!here>",
      "<@U0ADMIN>",
      "<!subteam^S1>",
      "<https://evil.example|bank>",
      "<!everyone>",
    ])
      expect(blocks).not.toContain(raw);
    expect(blocks).toContain("&lt;!channel&gt;");
    expect(blocks).not.toMatch(/@everyone/);
    for (const id of [
      "orm_claim",
      "orm_assign",
      "orm_reply",
      "orm_private",
      "orm_resolve",
      "orm_escalate",
      "orm_watch",
    ])
      expect(blocks).toContain(`"action_id":"${id}"`);
    const ts = standin.messages[0]!.ts;
    const caseId = (await bot.services.cases.listOpen())[0]!.id;

    clock.advance(4 * 60_000);
    await click({
      actionId: "orm_claim",
      value: String(caseId),
      userId: "UANA",
      channel: "CSHIP",
      messageTs: ts,
      responseUrl: standin.responseUrl("c1"),
      triggerId: "t.claim",
    });
    const updated = await eventually(
      () => standin.callsOf("chat.update").find((c) => json(c.args.blocks).includes("Claimed by <@UANA>")),
      "the alert updated with its owner",
    );
    expect(updated.args.ts).toBe(ts);
    await eventually(
      () => standin.callsOf("response_url").find((c) => json(c.args).includes("is yours")),
      "claim whisper",
    );

    clock.advance(10 * 60_000);
    await click({
      actionId: "orm_reply",
      selected: `${caseId}:sorry-shipping`,
      userId: "UANA",
      channel: "CSHIP",
      messageTs: ts,
      responseUrl: standin.responseUrl("c2"),
      triggerId: "t.reply",
    });
    const reply = await eventually(
      () =>
        standin
          .callsOf("chat.postMessage")
          .find((c) => json(c.args.blocks).includes("sorry your parcel is late")),
      "the template reply in the thread",
    );
    expect(reply.args.thread_ts).toBe(ts);
    expect(json(reply.args.blocks)).not.toContain("<!everyone>");

    clock.advance(5 * 60_000);
    await click({
      actionId: "orm_resolve",
      selected: `${caseId}:answered`,
      userId: "UANA",
      channel: "CSHIP",
      messageTs: ts,
      responseUrl: standin.responseUrl("c3"),
      triggerId: "t.resolve",
    });
    await eventually(
      () => standin.callsOf("chat.update").find((c) => json(c.args.blocks).includes("Resolved")),
      "resolved card",
    );
    await bot.services.deps.jobs.drain();

    const c = await bot.services.cases.get(caseId);
    expect(c.status).toBe("resolved");
    expect(c.owner).toBe("UANA");
    expect(c.outcome).toBe("answered");
    expect(c.claimedAt! - c.openedAt).toBe(4 * 60_000);
    expect(c.firstResponseAt! - c.openedAt).toBe(14 * 60_000);
    expect(c.resolvedAt! - c.openedAt).toBe(19 * 60_000);
    const threaded = standin
      .callsOf("chat.postMessage")
      .filter((p) => p.args.thread_ts === ts)
      .map((p) => json(p.args.blocks));
    expect(threaded.some((t) => t.includes("<@UANA> claimed it"))).toBe(true);
    expect(threaded.some((t) => t.includes("resolved it"))).toBe(true);
  });

  it("answers 401 to a forged signature and to a 10-minute-old one, and acts once on a retried request", async () => {
    const { standin, bot } = rig;
    const form = slashCommand({
      text: "help",
      userId: "UANA",
      channel: "CSHIP",
      responseUrl: standin.responseUrl("h"),
      triggerId: "t.help",
    });
    expect((await postSigned(rig.eventsUrl, SECRET, form, { secret: "not-the-secret" })).status).toBe(401);
    const old = Math.floor(Date.now() / 1000) - 10 * 60;
    expect((await postSigned(rig.eventsUrl, SECRET, form, { timestampS: old })).status).toBe(401);
    expect(standin.callsOf("response_url")).toHaveLength(0);

    await bot.services.pipeline.ingest([lostParcel("m2")]);
    await bot.services.deps.jobs.drain();
    const esc = slashCommand({
      text: "escalate 1 loud",
      userId: "UANA",
      channel: "CSHIP",
      responseUrl: standin.responseUrl("e"),
      triggerId: "t.esc",
    });
    expect((await postSigned(rig.eventsUrl, SECRET, esc)).status).toBe(200);
    expect((await postSigned(rig.eventsUrl, SECRET, esc, { retryNum: 1 })).status).toBe(200);
    await eventually(
      () => standin.callsOf("response_url").find((c) => json(c.args).includes("escalated case #1")),
      "escalation",
    );
    await bot.services.deps.jobs.drain();
    const c = await bot.services.cases.get(1);
    expect(c.history.filter((h) => h.action === "escalate")).toHaveLength(1);
    expect(standin.callsOf("response_url").filter((c) => json(c.args).includes("escalated"))).toHaveLength(1);
  });

  it("gives a case to exactly one of 20 people who click Claim at once; the others are told who has it", async () => {
    const { standin, bot } = rig;
    await bot.services.pipeline.ingest([lostParcel("m3")]);
    await bot.services.deps.jobs.drain();
    const ts = standin.messages[0]!.ts;
    const users = Array.from({ length: 20 }, (_, i) => `U${String(i).padStart(3, "0")}X`);
    const statuses = await Promise.all(
      users.map(async (u, i) => {
        const res = await postSigned(
          rig.eventsUrl,
          SECRET,
          blockActions({
            actionId: "orm_claim",
            value: "1",
            userId: u,
            channel: "CSHIP",
            messageTs: ts,
            responseUrl: standin.responseUrl(`r${i}`),
            triggerId: `t.${i}`,
          }),
        );
        return res.status;
      }),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const answers = await eventually(() => {
      const a = standin.callsOf("response_url");
      return a.length >= 20 ? a : null;
    }, "20 ephemeral answers");
    const c = await bot.services.cases.get(1);
    expect(users).toContain(c.owner);
    expect(answers.filter((a) => json(a.args).includes("is yours"))).toHaveLength(1);
    const refused = answers.filter((a) => json(a.args).includes(`already claimed by ${c.owner}`));
    expect(refused).toHaveLength(19);
    expect(refused.every((a) => a.args.response_type === "ephemeral")).toBe(true);
  });

  it("redacts personal data in the title as in the text, and reads the title's topic", async () => {
    const { standin, bot } = rig;
    await bot.services.pipeline.ingest([
      lostParcel("t1", {
        title: "Acme lost my parcel, ring me on +34 612 345 678",
        text: "Terrible delivery, it never arrived. Write to ana.lopez@gmail.com",
      }),
      lostParcel("t2", {
        title: "My Acme heater caught fire last night",
        text: "Photos in the thread below.",
      }),
    ]);
    await bot.services.deps.jobs.drain();
    const posts = standin.callsOf("chat.postMessage").map((p) => json(p.args));
    const parcel = posts.find((p) => p.includes("lost my parcel"));
    expect(parcel).toBeDefined();
    for (const raw of ["612 345 678", "ana.lopez", "gmail.com"]) expect(parcel).not.toContain(raw);
    expect(parcel).toContain("ring me on [phone]");
    expect(parcel).toContain("Write to [email]");
    const stored = await bot.services.deps.store.mentions.get("t1");
    expect(stored!.title).toBe("Acme lost my parcel, ring me on +34 612 345 678");
    expect(stored!.analysis.pii.sort()).toEqual(["email", "phone"]);
    const fire = await bot.services.deps.store.mentions.get("t2");
    expect(fire!.analysis.topics).toContain("legal_safety");
  });

  it("groups a flood of 200 negative mentions in a minute into a handful of messages", async () => {
    const { standin, bot, clock } = rig;
    const flood = Array.from({ length: 200 }, (_, i) =>
      lostParcel(`f${i}`, {
        url: null,
        text: `Acme lost parcel number ${i}, terrible delivery`,
        author: `user${i}`,
      }),
    );
    const r = await bot.services.pipeline.ingest(flood);
    expect(r.alerted).toBe(200);
    await bot.services.deps.jobs.drain();
    clock.advance(61_000);
    await bot.services.deps.jobs.drain();
    const posts = standin.callsOf("chat.postMessage").filter((p) => !p.args.thread_ts);
    expect(posts.length).toBeLessThanOrEqual(6);
    const summary = posts.find((p) => json(p.args.blocks).includes("195 more alert(s)"));
    expect(summary).toBeDefined();
    expect(json(summary!.args.blocks)).toContain('"action_id":"orm_flood"');
    await click({
      actionId: "orm_flood",
      value: json(summary!.args.blocks).match(/"value":"(\d+:CSHIP)"/)![1]!,
      userId: "UANA",
      channel: "CSHIP",
      messageTs: "1.1",
      responseUrl: standin.responseUrl("all"),
      triggerId: "t.all",
    });
    const parts = await eventually(() => {
      const p = standin
        .callsOf("response_url")
        .filter((c) => json(c.args).includes("grouped alert(s), part"));
      return p.length === 4 ? p : null;
    }, "show all, in four parts");
    expect(json(parts.map((p) => p.args))).toContain("*#200*");
    expect(parts.every((p) => json(p.args).length < 12_000)).toBe(true);
  });

  it("waits out a 429 and posts once; after a 500 the retry finds the first post instead of posting twice", async () => {
    const { standin, bot, clock } = rig;
    standin.failNext("chat.postMessage", { status: 429, retryAfterS: 1 });
    await bot.services.pipeline.ingest([lostParcel("m4")]);
    await bot.services.deps.jobs.drain();
    const calls = standin.callsOf("chat.postMessage");
    expect(calls).toHaveLength(2);
    expect(calls[1]!.atMs - calls[0]!.atMs).toBeGreaterThanOrEqual(1000);
    expect(standin.messages).toHaveLength(1);

    standin.failNext("chat.postMessage", { status: 500, afterApplying: true });
    await bot.services.pipeline.ingest([
      lostParcel("m5", { text: "Another lost package, awful delivery service" }),
    ]);
    await bot.services.deps.jobs.drain();
    expect(standin.messages).toHaveLength(2);
    clock.advance(5_000);
    await bot.services.deps.jobs.drain();
    expect(standin.callsOf("conversations.history").length).toBeGreaterThan(0);
    expect(standin.messages).toHaveLength(2);
    expect(await bot.services.alerts.refOf(2)).toEqual({ channel: "CSHIP", ts: standin.messages[1]!.ts });
  });

  it("re-alerts an unclaimed case with the team lead mentioned, and reminds an owner who has not answered", async () => {
    const { standin, bot, clock } = rig;
    const jobs = bot.services.deps.jobs as unknown as { runDue(): Promise<void>; drain(): Promise<void> };
    await bot.services.pipeline.ingest([lostParcel("s1")]);
    await jobs.drain();
    clock.advance(31 * 60_000);
    await jobs.runDue();
    await jobs.drain();
    const realert = await eventually(
      () => standin.callsOf("chat.postMessage").find((p) => json(p.args.blocks).includes("without an owner")),
      "the SLA re-alert",
    );
    expect(json(realert.args.blocks)).toContain("<@ULEAD>");
    expect((await bot.services.cases.get(1)).slaBreaches).toBe(1);

    await bot.services.cases.act(1, { kind: "claim", actor: "UANA" });
    await jobs.drain();
    clock.advance(61 * 60_000);
    await jobs.runDue();
    await jobs.drain();
    const reminder = await eventually(
      () => standin.callsOf("chat.postMessage").find((p) => json(p.args.blocks).includes("has no response")),
      "the owner's reminder",
    );
    expect(json(reminder.args.blocks)).toContain("<@UANA>");
    expect(reminder.args.thread_ts).toBe(standin.messages[0]!.ts);
    const c = await bot.services.cases.get(1);
    expect(c.slaBreaches).toBe(2);
    expect(c.history.filter((h) => h.action === "sla_breach").map((h) => h.note)).toEqual([
      "unclaimed after 30 min",
      "unresponded after 60 min",
    ]);
  });
});
