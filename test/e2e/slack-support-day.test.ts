import { afterEach, describe, expect, it } from "vitest";
import type { SlackMember } from "../helpers/slack-directory.js";
import { blockActions, slashCommand } from "../helpers/slack-payloads.js";
import { eventually, postSigned } from "../helpers/slack-standin.js";
import { CONFIG_YAML, lostParcel, SECRET, type SlackRig, startSlackRig, T0 } from "./slack-harness.js";
import { complaints, loudMention } from "./support-day-fixtures.js";

/**
 * A support team's day in Slack (issue 15, points 1–3): people named by @mention or plain name, the loud
 * mention first, grouped mentions that stay actionable, and SLA reminders that arrive grouped.
 */
let rig: SlackRig;
afterEach(async () => {
  await rig.close();
});

const json = (v: unknown) => JSON.stringify(v);
const MIN = 60_000;

type DueJobs = { runDue(): Promise<void>; drain(): Promise<void> };
const jobsOf = (r: SlackRig) => r.bot.services.deps.jobs as unknown as DueJobs;

/** 450 colleagues (three users.list pages of 200), Bob, a deactivated "bob", Ana, and two people called "al". */
function workspace(): SlackMember[] {
  const crowd = Array.from({ length: 450 }, (_, i) => ({ id: `U${1000 + i}`, name: `person${i}` }));
  return [
    ...crowd,
    {
      id: "UBOB",
      name: "bob",
      real_name: "Bob Stone",
      profile: { display_name: "bobby", real_name: "Bob Stone" },
    },
    { id: "UOLDBOB", name: "bob", deleted: true },
    { id: "UANA", name: "ana", real_name: "Ana Ruiz" },
    { id: "UAL1", name: "al" },
    { id: "UAL2", name: "alvaro", profile: { display_name: "al" } },
  ];
}

let seq = 0;

/** Picks `selected` in a select menu of the message at `ts` (a signed block_actions click). */
async function pick(actionId: string, selected: string, ts: string, user = "UANA", channel = "CSHIP") {
  const id = `p${++seq}`;
  const res = await postSigned(
    rig.eventsUrl,
    SECRET,
    blockActions({
      actionId,
      selected,
      userId: user,
      channel,
      messageTs: ts,
      responseUrl: rig.standin.responseUrl(id),
    }),
  );
  expect(res.status).toBe(200);
}

const topLevel = () => rig.standin.callsOf("chat.postMessage").filter((p) => !p.args.thread_ts);
const postsWith = (s: string) =>
  rig.standin.callsOf("chat.postMessage").filter((p) => json(p.args.blocks).includes(s));

async function caseOfMention(id: string): Promise<number> {
  return (await rig.bot.services.deps.store.mentions.get(id))!.caseId!;
}

describe("a support team's day in Slack", () => {
  it("finds people by @mention, escaped mention or plain name; an unknown or ambiguous name changes nothing", async () => {
    rig = await startSlackRig();
    rig.standin.users = workspace();
    await rig.bot.services.pipeline.ingest([lostParcel("p1")]);
    await jobsOf(rig).drain();

    await type("assign 1 @bob");
    expect((await rig.bot.services.cases.get(1)).owner).toBe("UBOB");
    const pages = rig.standin.callsOf("users.list");
    expect(pages).toHaveLength(3);
    expect(pages[0]!.args.cursor).toBeUndefined();
    expect(pages.slice(1).every((p) => typeof p.args.cursor === "string" && p.args.cursor !== "")).toBe(true);

    await type("assign 1 <@UANA|ana>");
    expect((await rig.bot.services.cases.get(1)).owner).toBe("UANA");

    const unknown = await type("assign 1 @nobody");
    expect(unknown).toContain('\\"@nobody\\"');
    expect(unknown).toContain("Nothing was changed");
    expect(unknown).toContain("ephemeral");
    const ambiguous = await type("assign 1 al");
    expect(ambiguous).toContain("could be 2 people");
    expect((await rig.bot.services.cases.get(1)).owner).toBe("UANA");

    // A display name works too, and the directory is read once for all of it (cached).
    await type("role set legal bobby");
    expect((await rig.bot.services.crisis.roles()).find((r) => r.role === "legal")?.chain).toEqual(["UBOB"]);
    expect(rig.standin.callsOf("users.list")).toHaveLength(3);
  });

  it("says so when it may not read the directory (an old install without users:read), and changes nothing", async () => {
    rig = await startSlackRig();
    rig.standin.answerWith("users.list", { ok: false, error: "missing_scope", needed: "users:read" });
    await rig.bot.services.pipeline.ingest([lostParcel("p1")]);
    await jobsOf(rig).drain();
    const answer = await type("assign 1 @bob");
    expect(answer).toContain('look up \\"@bob\\"');
    expect(answer).toContain("missing_scope");
    expect((await rig.bot.services.cases.get(1)).owner).toBeNull();
  });

  it("gives the loud mention its own card at once, keeps grouped cases actionable, and cards them when the flood passes", async () => {
    rig = await startSlackRig();
    const { bot, standin, clock } = rig;
    await bot.services.pipeline.ingest([...complaints(11), loudMention]);
    await jobsOf(rig).drain();
    const loudCase = await caseOfMention("loud");
    const loudCard = postsWith("famous_reviewer");
    expect(loudCard).toHaveLength(1);
    expect(loudCard[0]!.args.thread_ts).toBeUndefined();
    expect(await bot.services.alerts.refOf(loudCase)).not.toBeNull();
    expect(topLevel()).toHaveLength(6); // 5 within the budget + the loud one

    clock.advance(61_000);
    await jobsOf(rig).drain();
    const summary = postsWith("more alert(s) in one minute")[0]!;
    const blocks = json(summary.args.blocks);
    expect(blocks).toContain("6 more alert(s)");
    for (const id of ["orm_claim", "orm_card", "orm_resolve"])
      expect(blocks).toContain(`"action_id":"${id}"`);
    expect(blocks).toContain('"type":"static_select"');
    const summaryTs = standin.messages.find((m) => json(m.blocks).includes("more alert(s)"))!.ts;
    const grouped = (
      await bot.services.alerts.floods.cases({ channel: "CSHIP", bucket: Math.floor(T0 / MIN) })
    ).map((c) => c.id);
    expect(grouped).toHaveLength(6);
    expect(grouped).not.toContain(loudCase);

    // Claim one, show another's card, resolve a third, all from the summary.
    const [a, b, c] = grouped as [number, number, number];
    await pick("orm_claim", String(a), summaryTs);
    await until(async () => (await bot.services.cases.get(a)).owner === "UANA");
    await pick("orm_card", String(b), summaryTs);
    await until(async () => (await bot.services.alerts.refOf(b)) !== null);
    const shown = standin.callsOf("chat.postMessage").find((p) => p.args.thread_ts === summaryTs);
    expect(json(shown!.args.blocks)).toContain(`"value":"${b}"`);
    // Its events are told in the thread its card sits in (Slack threads have one level).
    await type(`claim ${b}`, "UBEN");
    const told = await eventually(
      () =>
        standin
          .callsOf("chat.postMessage")
          .find((p) => p.args.thread_ts === summaryTs && json(p.args.blocks).includes("claimed it")),
      "the claim told in the summary's thread",
    );
    expect(json(told.args.blocks)).toContain("<@UBEN>");
    await pick("orm_resolve", `${c}:answered`, summaryTs);
    await until(async () => (await bot.services.cases.get(c)).status === "resolved");

    // The next minute is the team's to claim from the summary; then the rest get cards, within the budget.
    const before = topLevel().length;
    clock.advance(2 * MIN);
    await jobsOf(rig).runDue();
    await jobsOf(rig).drain();
    const released = topLevel().slice(before);
    expect(released).toHaveLength(3);
    for (const id of grouped.slice(3)) expect(await bot.services.alerts.refOf(id)).not.toBeNull();
    expect(await bot.services.alerts.refOf(a)).toBeNull();
  });

  it("posts a loud mention in quiet hours at once; an ordinary one waits for the morning", async () => {
    rig = await startSlackRig(
      CONFIG_YAML.replace(
        "floodPerMinute: 5",
        "floodPerMinute: 5\n  quietHours: { from: 9, to: 12 }\n  quietHoursMinPriority: 95",
      ).replace("unclaimedMinutes: 30", "unclaimedMinutes: 600"),
    );
    await rig.bot.services.pipeline.ingest([...complaints(1), loudMention]);
    await jobsOf(rig).drain();
    const cards = () => topLevel().filter((p) => json(p.args.blocks).includes('"action_id":"orm_escalate"'));
    expect(cards()).toHaveLength(1);
    expect(json(cards()[0]!.args.blocks)).toContain("famous_reviewer");
    expect(await rig.bot.services.alerts.refOf(await caseOfMention("c0"))).toBeNull();
    rig.clock.advance(20 * MIN);
    await jobsOf(rig).runDue();
    await jobsOf(rig).drain();
    expect(cards()).toHaveLength(1);
    expect(await rig.bot.services.alerts.refOf(await caseOfMention("c0"))).toBeNull();
    rig.clock.advance(2 * 60 * MIN);
    await jobsOf(rig).runDue();
    await jobsOf(rig).drain();
    expect(cards()).toHaveLength(2);
    expect(json(cards()[1]!.args.blocks)).toContain("Acme lost parcel number 0");
  });

  it("held-out style: a flood with one loud mention, @user assign, and 25 unclaimed cases reminded in at most three messages", async () => {
    rig = await startSlackRig();
    const { bot, standin, clock } = rig;
    standin.users = workspace();
    const tail = complaints(7, 20);
    tail[6] = {
      ...tail[6]!,
      text: "Acme lost parcel 26, terrible delivery <!channel> <@U0ADMIN> <https://evil.example|bank> write to bob@example.com\nmore",
    };
    await bot.services.pipeline.ingest([...complaints(20), loudMention, ...tail]);
    await jobsOf(rig).drain();
    const loudCase = await caseOfMention("loud");
    expect(postsWith("famous_reviewer")).toHaveLength(1);
    expect(topLevel()).toHaveLength(6);

    clock.advance(61_000);
    await jobsOf(rig).drain();
    const summaryTs = standin.messages.find((m) => json(m.blocks).includes("more alert(s)"))!.ts;
    // Two people claim from the summary; one grouped case goes to Bob by his plain name.
    await type("assign 10 @bob");
    expect((await bot.services.cases.get(10)).owner).toBe("UBOB");
    await pick("orm_claim", "11", summaryTs);
    await pick("orm_claim", "12", summaryTs, "UCARL");
    await until(async () => (await bot.services.cases.get(12)).owner === "UCARL");
    await jobsOf(rig).drain();
    const open = await bot.services.cases.listOpen();
    const unclaimed = open.filter((c) => c.status === "new");
    expect(unclaimed).toHaveLength(25);
    expect(unclaimed.map((c) => c.id)).toContain(loudCase);

    const mark = standin.callsOf("chat.postMessage").length;
    clock.advance(30 * MIN);
    await jobsOf(rig).runDue();
    await jobsOf(rig).drain();
    const since = () => standin.callsOf("chat.postMessage").slice(mark);
    const reminders = since().filter((p) => json(p.args.blocks).includes("waiting without an owner"));
    expect(reminders).toHaveLength(1);
    expect(since().filter((p) => !p.args.thread_ts)).toHaveLength(0); // nothing new at the top of the channel
    const r = reminders[0]!;
    expect(r.args.thread_ts).toBe(summaryTs);
    const text = json(r.args.blocks);
    expect(text).toContain("25 cases waiting without an owner: #");
    expect(text).toContain("<@ULEAD>");
    for (const c of unclaimed) expect(text).toContain(`*#${c.id}*`);
    expect(text).toContain("Acme lost parcel number 24, terrible delivery");
    expect(text).not.toContain("second line with more detail");
    expect(text).toContain("https://forum.example/t/c24");
    expect(text).toContain('"action_id":"orm_claim"');
    // Outside text pings no one, forges no link, and shows no personal data.
    // Outside text pings no one and forges no link: escaped in mrkdwn, and in the menus only as plain_text
    // (which Slack never parses); personal data is redacted everywhere.
    const sections = (r.args.blocks as Array<{ type: string; text?: { type: string; text: string } }>)
      .filter((b) => b.type === "section")
      .map((b) => b.text!.text)
      .join("\n");
    for (const raw of ["<!channel>", "<@U0ADMIN>", "<https://evil.example|bank>"])
      expect(sections).not.toContain(raw);
    expect(text).not.toContain("bob@example.com");
    const options = (r.args.blocks as Array<{ type: string; elements?: Array<{ options?: unknown[] }> }>)
      .filter((b) => b.type === "actions")
      .flatMap((b) => b.elements!.flatMap((e) => e.options ?? []));
    expect(options.every((o) => (o as { text: { type: string } }).text.type === "plain_text")).toBe(true);
    expect(text).toContain("Acme lost parcel 26, terrible delivery &lt;!channel&gt;");
    // Every case the reminder names has a card someone can click (held ones got theirs in the thread).
    for (const c of unclaimed) expect(await bot.services.alerts.refOf(c.id)).not.toBeNull();
    expect((await bot.services.cases.get(unclaimed[0]!.id)).slaBreaches).toBe(1);

    // Half an hour later the claimed ones without a response: one more message, to their owners.
    clock.advance(31 * MIN);
    await jobsOf(rig).runDue();
    await jobsOf(rig).drain();
    const owners = since().filter((p) =>
      json(p.args.blocks).includes("claimed and still without a response"),
    );
    expect(owners).toHaveLength(1);
    for (const who of ["<@UBOB>", "<@UANA>", "<@UCARL>"]) expect(json(owners[0]!.args.blocks)).toContain(who);
    const allReminders = since().filter((p) => json(p.args.blocks).includes("⏰"));
    expect(allReminders.length).toBeLessThanOrEqual(3);
  });
});

/** Waits until an async condition holds (bounded; not a timing assertion). */
async function until(check: () => Promise<boolean>): Promise<void> {
  let ok = false;
  await eventually(() => {
    void check().then((v) => {
      ok = ok || v;
    });
    return ok;
  }, "a condition");
}

/** Types `/orm <text>` and returns the JSON of the first answer on its response_url. */
async function type(text: string, user = "UANA"): Promise<string> {
  const id = `r${++seq}`;
  const url = rig.standin.responseUrl(id);
  const before = rig.standin.callsOf("response_url").length;
  const res = await postSigned(
    rig.eventsUrl,
    SECRET,
    slashCommand({ text, userId: user, channel: "CSHIP", responseUrl: url }),
  );
  expect(res.status).toBe(200);
  const answer = await eventually(
    () => rig.standin.callsOf("response_url")[before],
    `the answer to /orm ${text}`,
  );
  await jobsOf(rig).drain();
  return json(answer.args);
}
