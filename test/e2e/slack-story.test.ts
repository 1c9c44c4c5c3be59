import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eventually } from "../helpers/eventually.js";
import { httpTransport, SlackDriver } from "../helpers/slack-driver.js";
import { blockActions } from "../helpers/slack-payloads.js";
import { postSigned, type StoredMessage } from "../helpers/slack-standin.js";
import { lostParcel, SECRET, type SlackRig, startSlackRig } from "./slack-harness.js";
import { Agent, expectTimeline, settles } from "./story-scenarios.js";

const YAML = `
brand: { name: Acme Telecom, languages: [en, es, ru], timezone: UTC }
routing:
  alertWhen: { sentiment: [negative], orMinReach: 95 }
  rules:
    - name: shipping
      when: { topics: [shipping] }
      channel: C0ALERTS
      team: support
  defaultChannel: C0ALERTS
teams: { support: { lead: U0LEAD, members: [U0ANA] } }
permissions: { label: [U0ANA, W0BEN] }
sla: { unclaimedMinutes: 30, unrespondedMinutes: 60 }
`;

let rig: SlackRig;
let driver: SlackDriver;
let ana: Agent;
let ben: Agent;
beforeEach(async () => {
  rig = await startSlackRig(YAML);
  driver = new SlackDriver(rig.standin, httpTransport(rig.eventsUrl, SECRET));
  ana = new Agent(driver, "U0ANA", "C0ALERTS");
  ben = new Agent(driver, "W0BEN", "C0ALERTS");
});
afterEach(async () => {
  await rig.close();
});

/** The case opened for a mention. */
async function caseOf(mentionId: string): Promise<number> {
  const open = await rig.bot.services.cases.listOpen();
  return open.find((c) => c.mentionId === mentionId)!.id;
}

/** The card as posted (raw Block Kit) for a case. */
function rawCard(caseId: number): StoredMessage {
  return rig.standin.messages.find((m) => JSON.stringify(m.blocks).includes(`"value":"${caseId}"`))!;
}

type RawElement = Record<string, unknown> & { action_id?: string };
function elementOf(card: StoredMessage, actionId: string): { blockId: string; element: RawElement } {
  for (const b of card.blocks as Array<{ block_id?: string; elements?: RawElement[] }>) {
    const element = b.elements?.find((e) => e.action_id === actionId);
    if (element) return { blockId: b.block_id ?? "", element };
  }
  throw new Error(`no ${actionId} on the card`);
}

/** Picks an option of a select on a case's card, as Slack sends it: with the block's real block_id. */
async function pick(person: string, caseId: number, actionId: string, option: string): Promise<void> {
  const card = rawCard(caseId);
  const { blockId, element } = elementOf(card, actionId);
  const options = element.options as Array<{ value: string }>;
  const value = options.find((o) => o.value === option || o.value.endsWith(`:${option}`))!.value;
  const form = blockActions({
    actionId,
    selected: value,
    blockId,
    userId: person,
    channel: card.channel,
    messageTs: card.ts,
    responseUrl: rig.standin.responseUrl(`pick-${actionId}-${Date.now()}`, {
      channel: card.channel,
      user: person,
      messageTs: card.ts,
    }),
  });
  expect((await postSigned(rig.eventsUrl, SECRET, form)).status).toBe(200);
}

describe("Slack: a case's story, the queue, manners and labels, as a support agent uses them", () => {
  it("walks a loud case through claim, label, resolve and reopen, then tells its story; the queue puts it first", async () => {
    const { bot } = rig;
    await bot.services.pipeline.ingest([
      lostParcel("older", {
        author: "angry_bob",
        text: "Acme delivery late again, my parcel never arrived and nobody answers",
        reach: 50,
      }),
      lostParcel("quiet", {
        author: "calm_carl",
        text: "My Acme parcel is late again and the delivery is slow and annoying",
        reach: 1,
      }),
      lostParcel("loud", {
        author: "angry_bob",
        reach: 50_000,
        text: "Acme lost my package again. Terrible delivery, the parcel never arrived and support ignores me. Call me at +34 612 345 678",
      }),
      lostParcel("billing", {
        author: "dora",
        text: "Acme charged me twice this month, terrible billing, I want a refund now",
      }),
    ]);
    await bot.services.deps.jobs.drain();
    const loud = await caseOf("loud");
    const quiet = await caseOf("quiet");
    const older = await caseOf("older");
    const mLoud = (await bot.services.cases.mentionOf(await bot.services.cases.get(loud)))!;
    const mQuiet = (await bot.services.cases.mentionOf(await bot.services.cases.get(quiet)))!;
    expect(mLoud.analysis.priority).toBeGreaterThan(mQuiet.analysis.priority);

    // The queue: highest priority first, each with its SLA time left; nothing claimed yet.
    const queue = await ana.says("queue", /open case\(s\)/);
    expect(queue.onlyFor).toBe("U0ANA");
    expect(queue.text.indexOf(`#${loud}`)).toBeLessThan(queue.text.indexOf(`#${quiet}`));
    expect(queue.text).toContain(`priority ${mLoud.analysis.priority} · SLA 30 min left`);

    // A typo gets the nearest command, and nothing happens to the case.
    const typo = await ana.says(`clam ${loud}`, /Unknown command/);
    expect(typo.text).toContain('Unknown command "clam". Did you mean /orm claim?');
    expect(typo.onlyFor).toBe("U0ANA");
    expect((await bot.services.cases.get(loud)).status).toBe("new");
    const sub = await ana.says("crisis strat", /Unknown crisis subcommand/);
    expect(sub.text).toContain("Did you mean /orm crisis start?");

    // Help for one command: its usage and two examples, not the whole list.
    const help = await ana.says("help claim", /\/orm claim/);
    expect(help.text).toContain("/orm claim CASE");
    expect(help.text).toMatch(/Examples\*?\n\/orm claim 419\n\/orm claim #12/);
    expect(help.text).not.toContain("/orm report");

    // Escalate asks first: Slack's confirm dialog on the red button.
    const escalate = elementOf(rawCard(loud), "orm_escalate").element;
    expect(escalate.style).toBe("danger");
    expect(escalate.confirm).toMatchObject({
      title: { type: "plain_text", text: `Escalate case #${loud}?` },
      confirm: { type: "plain_text", text: "Escalate" },
      deny: { type: "plain_text", text: "Cancel" },
      style: "danger",
    });
    expect(elementOf(rawCard(loud), "orm_claim").element.confirm).toBeUndefined();

    // Claim, correct the label from the card, resolve from the card (selects as Slack sends them).
    const card = await ana.sees(new RegExp(`#${loud} negative`));
    // Slack sends the click once the person said yes: the case records it, the managers get a proposal
    // whose Declare asks first too.
    await driver.click("U0ANA", card, "Escalate");
    await settles(
      async () => (await bot.services.cases.get(loud)).history.some((h) => h.action === "escalate"),
      "the escalation recorded",
    );
    const proposal = await eventually(
      () => rig.standin.messages.find((m) => JSON.stringify(m.blocks).includes("orm_crisis_declare")),
      "the crisis proposal",
    );
    expect(elementOf(proposal, "orm_crisis_declare").element.confirm).toMatchObject({
      title: { text: expect.stringMatching(/^Declare crisis #\d+\?$/) },
      confirm: { text: "Declare" },
    });
    await driver.click("U0ANA", card, "Claim");
    await ana.sees(/Claimed by @U0ANA/);
    rig.clock.advance(3 * 60_000);
    await pick("U0ANA", loud, "orm_label", "neutral");
    const relabelled = await ana.sees(
      /label corrected to neutral by @U0ANA/,
      "the card showing the correction",
    );
    expect(relabelled.edited).toBe(true);
    await ana.sees(/label corrected to neutral \(the analysis said negative\)/);
    rig.clock.advance(5 * 60_000);
    await pick("U0ANA", loud, "orm_resolve", "fixed");
    await ana.sees(/Resolved\*? \(fixed\)/, "the card resolved");

    // The customer comes back: reopen, and the card is open again with its owner.
    rig.clock.advance(60 * 60_000);
    const resolvedCard = await ana.sees(/Resolved\*? \(fixed\)/, "the card resolved");
    expect(resolvedCard.buttons).toEqual(["Reopen"]);
    const reopened = await ana.says(`reopen ${loud}`, /open again/);
    expect(reopened.onlyFor).toBe("U0ANA");
    await settles(async () => (await bot.services.cases.get(loud)).status === "claimed", "reopened");
    await eventually(
      () => driver.seen("C0ALERTS", "U0ANA").some((s) => s.threadOf && /reopened it/.test(s.text)),
      "the reopening told in the card's thread",
    );

    // The story: the mention (redacted), its analysis, the author's other case and the timeline.
    const story = await ana.says(`case ${loud}`, new RegExp(`Case #${loud}`));
    expect(story.onlyFor).toBe("U0ANA");
    expect(story.text).toContain("[phone]");
    expect(story.text).not.toContain("612 345");
    expect(story.text).toMatch(
      new RegExp(
        `Analysis\\*?: en · negative -?\\d\\.\\d\\d · topics [^\\n]*shipping[^\\n]* · priority ${mLoud.analysis.priority} · reach ${mLoud.analysis.reachScore}`,
      ),
    );
    expect(story.text).toContain("Label corrected to neutral by @U0ANA");
    expect(story.text).toMatch(/Author\*?: angry_bob · 2 mention\(s\)/);
    expect(story.text).toMatch(new RegExp(`Other cases \\(1\\): \\*?#${older}\\*? new`));
    expectTimeline(story, [
      /10:00 · ORM Bot opened/,
      /10:00 · @U0ANA claimed/,
      /10:03 · @U0ANA corrected the label — negative → neutral/,
      /10:08 · @U0ANA resolved — fixed/,
      /11:08 · @U0ANA reopened/,
    ]);

    // Labels by command: typos get the nearest word; the correction is kept once, latest word wins.
    const badLabel = await ben.says(`label ${loud} positiv`, /not a label/);
    expect(badLabel.text).toContain('did you mean "positive"?');
    const badTopic = await ben.says(`label ${loud} negative shiping`, /Unknown topic/);
    expect(badTopic.text).toContain('did you mean "shipping"?');
    await ben.says(`label ${loud} negative shipping customer_service`, /label corrected to negative/);
    const lines = await bot.services.corrections.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      label: "negative",
      topics: ["shipping", "customer_service"],
      mentionId: "loud",
      source: "corrections",
    });
    expect(lines[0]!.text).toContain("[phone]");

    // Queues: mine (ana holds the reopened case), team (support's shipping cases, not the billing one).
    const mine = await ana.says("queue mine", /open case\(s\) \(mine\)/);
    expect(mine.text).toContain(`#${loud}`);
    expect(mine.text).not.toContain(`#${quiet}`);
    const team = await ana.says("queue team", /open case\(s\) \(team\)/);
    expect(team.text).toContain(`#${quiet}`);
    expect(team.text).not.toContain(`#${await caseOf("billing")}`);
    const noTeam = await ben.says("queue team", /no team/);
    expect(noTeam.text).toContain("You are in no team");
  });

  it("keeps labels to those with the label permission, and a case that doesn't exist gets a clear answer", async () => {
    await rig.bot.services.pipeline.ingest([lostParcel("p1")]);
    await rig.bot.services.deps.jobs.drain();
    const id = await caseOf("p1");
    const eve = new Agent(driver, "U0EVE", "C0ALERTS");
    const refused = await eve.says(`label ${id} positive`, /permission/);
    expect(refused.text).toContain('you need the "label" permission');
    expect(refused.onlyFor).toBe("U0EVE");
    expect(await rig.bot.services.corrections.lines()).toEqual([]);
    const missing = await ana.says("case 9999", /9999/);
    expect(missing.text).toContain("There is no case #9999.");
    const nothing = await ana.says("reopen 9999", /9999/);
    expect(nothing.text).toContain("There is no case #9999.");
    const stillOpen = await ana.says(`reopen ${id}`, /already open/);
    expect(stillOpen.onlyFor).toBe("U0ANA");
  });
});
