import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../src/adapters/slack/index.js";
import type { Bot } from "../../src/app/bot.js";
import type { Config } from "../../src/config/schema.js";
import { silentLogger } from "../../src/core/log.js";
import { CRISIS_SURGE_QUEUE, type CrisisService } from "../../src/crisis/index.js";
import { HttpServer } from "../../src/http/server.js";
import { ManualClock } from "../../src/ports/clock.js";
import { type PagerStandin, startPagerStandin } from "../helpers/pager-standin.js";
import { blockActions, slashCommand } from "../helpers/slack-payloads.js";
import { postSigned, type SlackStandin, startSlackStandin } from "../helpers/slack-standin.js";
import {
  crisisConfig,
  HOUR,
  MIN,
  mention,
  runWhere,
  startCrisisBot,
  surgeHistory,
  T0,
  tempDataDir,
  until,
} from "./crisis-rig.js";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

let slack: SlackStandin;
let pager: PagerStandin;
let config: Config;
let dataDir: string;
const clock = new ManualClock(T0);
let current: { bot: Bot; crisis: CrisisService; http: HttpServer; url: string } | null = null;
let seq = 0;

/** Starts (or restarts) the bot on the same data dir, behind a real HTTP server for /slack/events. */
async function boot(): Promise<NonNullable<typeof current>> {
  const chat: SlackAdapter = createSlackAdapter({
    botToken: "xoxb-test",
    signingSecret: SECRET,
    apiUrl: `${slack.url}/api/`,
    log: silentLogger,
    minPostIntervalMs: 1,
  });
  const { bot, crisis } = await startCrisisBot(config, chat, clock, dataDir);
  const http = new HttpServer({
    port: 0,
    host: "127.0.0.1",
    log: silentLogger,
    metrics: bot.services.deps.metrics,
    checks: [],
    routes: chat.routes(),
  });
  const port = await http.listen();
  current = { bot, crisis, http, url: `http://127.0.0.1:${port}/slack/events` };
  return current;
}

async function shutdown(): Promise<void> {
  if (!current) return;
  await current.http.close();
  await current.bot.stop();
  current = null;
}

async function click(userId: string, actionId: string, value: string, channel = "CROOM1") {
  const n = ++seq;
  const form = blockActions({
    actionId,
    value,
    userId,
    channel,
    messageTs: "1.1",
    responseUrl: slack.responseUrl(`a${n}`),
    triggerId: `t${n}`,
  });
  expect((await postSigned(current!.url, SECRET, form)).status).toBe(200);
}

async function slash(userId: string, text: string, channel = "CROOM1") {
  const n = ++seq;
  const form = slashCommand({
    text,
    userId,
    channel,
    responseUrl: slack.responseUrl(`c${n}`),
    triggerId: `t${n}`,
  });
  expect((await postSigned(current!.url, SECRET, form)).status).toBe(200);
}

const posted = (channel: string) =>
  slack.messages.filter((m) => m.channel === channel).map((m) => JSON.stringify(m.blocks));

beforeAll(async () => {
  // The stand-in numbers created channels CROOM1, CROOM2…: the crisis room is CROOM1.
  slack = await startSlackStandin();
  pager = await startPagerStandin();
  config = crisisConfig(pager.url, { apiUrl: `${slack.url}/api/`, secret: SECRET });
  dataDir = tempDataDir();
});
afterAll(async () => {
  await shutdown();
  await slack.stop();
  await pager.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("crisis mode through Slack (Web API stand-in), with a restart in the middle", () => {
  it("surge → proposal → Declare → room, pages → steps → overdue page → restart → close → review", async () => {
    let { bot, crisis } = await boot();
    await bot.services.pipeline.ingest(surgeHistory());

    // 1. The periodic surge check (the KPI detector) proposes a crisis to the managers.
    await bot.services.deps.jobs.enqueue(CRISIS_SURGE_QUEUE, {});
    await bot.services.deps.jobs.drain();
    const proposal = await until(
      async () => posted("CMGR").find((b) => b.includes("Declare a crisis?")),
      "the proposal",
    );
    expect(proposal).toMatch(/140 negative mentions in 2 h, \d+× normal — drivers: [^"]*battery/);
    expect(proposal).toContain('"action_id":"orm_crisis_declare"');
    expect(proposal).toContain("<@UDIR>");

    // 2. Declare: the room is created with the role holders, the status posted, the roles paged.
    await click("UDIR", "orm_crisis_declare", "1", "CMGR");
    // The declaration ends by attaching the surge's mentions: once they are there, every effect ran.
    let run = await runWhere(crisis, 1, (r) => r.mentionIds.length > 100, "the declaration");
    await bot.services.deps.jobs.drain();
    const create = slack.callsOf("conversations.create")[0]!;
    expect(create.args.name).toBe("crisis-1-social-media-crisis");
    // Private by default (crisis.rooms.private): legal advice and data-protection incidents stay in the room.
    expect(slack.workspace.channels[0]!.isPrivate).toBe(true);
    expect(String(slack.callsOf("conversations.invite")[0]!.args.users).split(",").sort()).toEqual([
      "UCEO",
      "UCOM",
      "UDIR",
      "ULEGAL",
    ]);
    expect(
      posted("CROOM1").some(
        (b) => b.includes("Assess the reach of the criticism") && b.includes("orm_step_done"),
      ),
    ).toBe(true);
    expect(posted("DUDIR").some((b) => b.includes("You are paged as Communications director"))).toBe(true);
    expect(posted("DUCOM").length).toBeGreaterThan(0);
    await until(async () => pager.events("trigger").length >= 2, "PagerDuty triggers");
    expect(pager.events("trigger")[0]).toMatchObject({
      routing_key: expect.any(String),
      payload: { severity: "critical" },
    });

    // 3. The community manager acknowledges; steps are done by button.
    await click("UCOM", "orm_page_ack", "1:p2", "DUCOM");
    clock.advance(5 * MIN);
    await click("UCOM", "orm_step_done", "1:assess-reach");
    await click("UCOM", "orm_decision", "1:classify-author:unhappy-customer");
    await click("UCOM", "orm_decision", "1:alone-or-group:group");
    run = await runWhere(crisis, 1, (r) => r.current === "convene-team", "the decisions");
    await until(async () => pager.events("acknowledge").length === 1, "the PagerDuty acknowledge");

    // 4. Nobody acknowledges the dircom page for 15 min: it goes to the next person in the chain.
    clock.advance(11 * MIN);
    await bot.services.deps.jobs.drain();
    run = await runWhere(crisis, 1, (r) => r.pages.some((p) => p.userId === "UDIR2"), "the page passed on");
    expect(posted("DUDIR2").length).toBeGreaterThan(0);

    // 5. The bot restarts mid-crisis; the convene-team deadline survives as a stored timer.
    await shutdown();
    ({ bot, crisis } = await boot());
    clock.advance(20 * MIN);
    await bot.services.deps.jobs.drain();
    run = await runWhere(
      crisis,
      1,
      (r) => r.steps["convene-team"]!.overdue,
      "the overdue step after the restart",
    );
    expect(run.pages.at(-1)).toMatchObject({ role: "ceo", userId: "UCEO" });
    expect(posted("DUCEO").some((b) => b.includes("overdue"))).toBe(true);
    await until(
      async () => pager.events("trigger").some((e) => JSON.stringify(e).includes("UCEO")),
      "the CEO's PagerDuty page",
    );

    // 6. A new matching mention attaches; the rest of the playbook goes on by button after the restart.
    await bot.services.pipeline.ingest([
      mention("late-1", clock.now(), "Acme battery fire again in my kitchen, unit 999, scary stuff"),
    ]);
    await crisis.onMentions([(await bot.services.deps.store.mentions.get("late-1"))!]);
    clock.advance(4 * MIN);
    await click("UDIR", "orm_step_done", "1:convene-team");
    clock.advance(6 * MIN);
    await click("UDIR", "orm_step_done", "1:holding-statement");
    await click("UDIR", "orm_decision", "1:legal-check:no-legal");
    run = await runWhere(
      crisis,
      1,
      (r) => r.current === "respond-with-empathy",
      "the statement and the legal decision",
    );
    expect(run.mentionIds).toContain("late-1");

    // 7. The team answers the two questions and closes: the review is posted in the room.
    await slash("UDIR", "crisis review 1 why A battery batch from one supplier overheated");
    await slash("UDIR", "crisis review 1 change Recall the batch and publish a statement within 30 minutes");
    clock.advance(2 * HOUR);
    await slash("UDIR", "crisis close");
    run = await runWhere(crisis, 1, (r) => r.status === "closed" && r.reviewRef !== null, "the close");
    const review = posted("CROOM1").find((b) => b.includes("Post-crisis review"))!;
    expect(review).toContain("Time to first statement: 46 min after the declaration");
    expect(review).toMatch(/Steps done late[^"]*Agree the strategy with the crisis team: \d+ min late/);
    expect(review).toContain("A battery batch from one supplier overheated");
    expect(review).toContain("Recall the batch");
    expect(review).toMatch(/Before: 5 mentions \(1\/h\)[^"]*During: 141 mentions/);
    expect(review).toMatch(/Paged UDIR2 as dircom/);

    // 8. A day later the review gains its "after" figures, edited in place.
    const updates = slack.callsOf("chat.update").length;
    clock.advance(25 * HOUR);
    await bot.services.deps.jobs.drain();
    await until(
      async () =>
        slack
          .callsOf("chat.update")
          .slice(updates)
          .some((c) => JSON.stringify(c.args.blocks).includes("After: ")),
      "the after-window update",
    );
  });
});
