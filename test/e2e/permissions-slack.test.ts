import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blockActions, slashCommand } from "../helpers/slack-payloads.js";
import { eventually, postSigned } from "../helpers/slack-standin.js";
import { until } from "./crisis-rig.js";
import { CONTAIN_REFUSAL, DECISION_REFUSAL, PERMISSIONS_YAML, TEAM_REFUSAL } from "./permissions-rig.js";
import { lostParcel, SECRET, type SlackRig, startSlackRig } from "./slack-harness.js";

let rig: SlackRig;
let seq = 0;
beforeEach(async () => {
  rig = await startSlackRig(PERMISSIONS_YAML);
  // UCREW is in the Slack user group @crew (handle), which is a member of team logistics.
  rig.standin.usergroups = [{ id: "S0CREW", handle: "crew", users: ["UCREW"] }];
});
afterEach(async () => {
  await rig.close();
});

/** The text of what the bot answered through the request's response_url. */
async function answerAfter(send: (responseUrl: string) => Promise<void>): Promise<string> {
  const before = rig.standin.callsOf("response_url").length;
  await send(rig.standin.responseUrl(`p${++seq}`));
  const call = await eventually(
    () => rig.standin.callsOf("response_url")[before] ?? null,
    "the answer on response_url",
  );
  return String(call.args.text);
}

/** Every refusal went to the person alone (ephemeral), never into the channel. */
function expectRefusalsPrivate(): void {
  const refusals = rig.standin
    .callsOf("response_url")
    .filter((c) => /^(Only |Sorry|Case #\d+ (belongs|is @))/.test(String(c.args.text)));
  expect(refusals.length).toBeGreaterThan(3);
  for (const r of refusals) expect(r.args.response_type, String(r.args.text)).toBe("ephemeral");
}

/** A signed button click by `userId`; returns what the bot answered them. */
function click(userId: string, actionId: string, value: string, channel = "CSHIP") {
  return answerAfter(async (responseUrl) => {
    const form = blockActions({ actionId, value, userId, channel, messageTs: "1.1", responseUrl });
    expect((await postSigned(rig.eventsUrl, SECRET, form)).status).toBe(200);
  });
}

/** A signed `/orm TEXT` by `userId`; returns what the bot answered them privately. */
function slash(userId: string, text: string, channel = "CSHIP") {
  return answerAfter(async (responseUrl) => {
    const form = slashCommand({ text, userId, channel, responseUrl });
    expect((await postSigned(rig.eventsUrl, SECRET, form)).status).toBe(200);
  });
}

describe("permissions through Slack (signed requests, Web API stand-in)", () => {
  it("a team owns its cases: members (by id or user group) act, others need assign; unclaim likewise", async () => {
    const { bot } = rig;
    await bot.services.pipeline.ingest([
      lostParcel("m1"),
      lostParcel("m2", { text: "Acme support is awful and rude to me." }),
    ]);
    await bot.services.deps.jobs.drain();
    const [teamCase, plain] = [await bot.services.cases.get(1), await bot.services.cases.get(2)];
    expect(teamCase.team).toBe("logistics");
    expect(plain.team).toBeNull();

    expect(await click("UOUT", "orm_claim", "1")).toContain(TEAM_REFUSAL("claim"));
    expect(await click("UOUT", "orm_resolve", "1:fixed")).toContain(TEAM_REFUSAL("resolve"));
    expect(await click("UOUT", "orm_assign", "1:UOUT")).toContain(TEAM_REFUSAL("assign"));
    expect(await click("UOUT", "orm_private", "1")).toContain(TEAM_REFUSAL("move to private"));
    expect((await bot.services.cases.get(1)).owner).toBeNull();

    // A member by group claims it; someone outside the team cannot give it back, UBOSS (assign) can.
    expect(await click("UCREW", "orm_claim", "1")).toContain("Case #1 is yours.");
    expect(await slash("UOUT", "unclaim 1")).toContain(TEAM_REFUSAL("unclaim"));
    expect((await bot.services.cases.get(1)).owner).toBe("UCREW");
    await slash("UBOSS", "unclaim 1");
    await until(async () => (await bot.services.cases.get(1)).owner === null || null, "UBOSS's unclaim");
    // The lead assigns it to a member by id, who resolves it.
    await slash("ULEAD", "assign 1 <@UANA|ana>");
    await eventually(
      async () => (await bot.services.cases.get(1)).owner === "UANA" || null,
      "the assignment",
    );
    expect(await click("UANA", "orm_resolve", "1:fixed")).toContain("Case #1 resolved (fixed).");

    // A case no team owns follows the lists: claim is open to everyone, giving back someone else's needs assign.
    expect(await click("UOUT", "orm_claim", "2")).toContain("Case #2 is yours.");
    expect(await slash("UANA", "unclaim 2")).toBe(
      'Case #2 is @UOUT\'s; ask them, or someone with the "assign" permission.',
    );
    expectRefusalsPrivate();
  });

  it("crisis steps: strangers are refused by name, the step's role acts, the notify-or-not decision is dpo's and legal's", async () => {
    const { bot, standin } = rig;
    expect(await slash("UOUT", "crisis start data-protection-incident Customer list posted on a forum")).toBe(
      'Sorry, you need the "escalate" permission to crisis start.',
    );
    await slash("UBOSS", "crisis start data-protection-incident Customer list posted on a forum");
    const run = await until(async () => (await bot.services.crisis.open())[0] ?? null, "the crisis");
    const room = run.room!;

    expect(await click("UOUT", "orm_step_done", `${run.id}:contain`, room)).toContain(CONTAIN_REFUSAL);
    expect(await click("UOUT", "orm_step_help", `${run.id}:contain`, room)).toContain("may ask for help on");
    expect(await slash("UOUT", `crisis review ${run.id} why nobody knows`, room)).toContain(
      "Only the crisis team",
    );
    expect(await slash("UOUT", `crisis close ${run.id}`, room)).toBe(
      `Only the crisis lead dpo (@UDPO) or someone with the "escalate" permission may close crisis #${run.id}.`,
    );
    expect((await bot.services.crisis.get(run.id)).current).toBe("contain");
    expect(await click("UCOM", "orm_step_done", `${run.id}:contain`, room)).toContain("Thanks, noted.");

    // The decision whether the authority must be notified: not even UBOSS (escalate) may take it.
    const assess = standin.messages.filter((m) => JSON.stringify(m.blocks).includes("Assess the risk"));
    expect(JSON.stringify(assess)).toContain("Only dpo or legal may decide, skip or reassign this step");
    expect(await click("UBOSS", "orm_decision", `${run.id}:assess-risk:unlikely`, room)).toContain(
      DECISION_REFUSAL,
    );
    expect(await click("UCOM", "orm_step_skip", `${run.id}:assess-risk`, room)).toContain("may skip");
    expect(await click("ULAW", "orm_decision", `${run.id}:assess-risk:high-risk`, room)).toContain(
      "Decision noted.",
    );
    const after = await bot.services.crisis.get(run.id);
    expect(after.current).toBe("notify-authority");
    expect(after.timeline.filter((t) => t.kind === "decision").map((t) => t.actor)).toEqual(["ULAW"]);
    // UBOSS holds escalate: a step the playbook does not limit is theirs too (the review, too).
    expect(
      await slash("UBOSS", `crisis review ${run.id} why A spreadsheet was shared by link`, room),
    ).toContain("Noted in the review.");
  });
});
