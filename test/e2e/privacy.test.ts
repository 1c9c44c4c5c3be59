import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../src/adapters/discord/index.js";
import { buildBot } from "../../src/app/bot.js";
import { parseConfigText } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../src/config/sections/runtime.js";
import { createLogger } from "../../src/core/log.js";
import type { Mention } from "../../src/core/mention.js";
import { ManualClock } from "../../src/ports/clock.js";
import { until } from "../contract/jobs.contract.js";
import { BotSession, cleanEnv, tempDir } from "../helpers/cli.js";
import { startDiscordStandin } from "../helpers/discord-standin.js";
import { freePort } from "../helpers/redis-server.js";
import { slashCommand } from "../helpers/slack-payloads.js";
import { eventually, postSigned } from "../helpers/slack-standin.js";
import { lostParcel, SECRET, startSlackRig, T0 } from "./slack-harness.js";

/** What must never reach a chat or a log: the authors' address and phone, in any writing. */
const RAW = ["juan.perez", "gmail.com", "612 345 678", "612345678", "612\u00a0345"];

/** A config that alerts negative mentions, proposes a crisis on a loud one and has a reply naming the author. */
const YAML = `
brand: { name: Acme Telecom, languages: [en, es, ru], timezone: UTC }
routing: { alertWhen: { sentiment: [negative] } }
crisis: { triggers: { reachThreshold: 1 } }
templates:
  - id: sorry
    title: Apology
    text: "Hi {author}, sorry about this. {brand}"
`;

/** Two loud negative mentions whose authors are an e-mail address and a phone number, one with a link carrying the address. */
function mentions(tag: string): Mention[] {
  return [
    lostParcel(`${tag}-mail`, {
      author: "juan.perez@gmail.com",
      url: `https://forum.example/t/${tag}?from=juan.perez@gmail.com`,
      reach: 100_000,
    }),
    lostParcel(`${tag}-phone`, {
      author: "+34\u00a0612\u00a0345\u00a0678",
      text: "Acme broke my router and support hung up on me twice. Worst service ever.",
      reach: 100_000,
    }),
  ];
}

function expectClean(what: string, text: string): void {
  for (const raw of RAW) expect(text, `${what} holds "${raw}"`).not.toContain(raw);
}

/** A JSON-lines logger at debug level that keeps its lines. */
function capturingLogger(lines: string[]) {
  return createLogger("debug", {}, (l) => lines.push(l));
}

const stops: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

describe("an author's e-mail and phone never reach a chat or a log", () => {
  it("Slack: alerts, the crisis proposal, a reply template and the logs show [email] and [phone]", async () => {
    const logs: string[] = [];
    const rig = await startSlackRig(YAML, capturingLogger(logs));
    stops.push(() => rig.close());
    await rig.bot.services.pipeline.ingest(mentions("s"));
    await rig.bot.services.deps.jobs.drain();
    const calls = JSON.stringify(rig.standin.calls);
    expect(rig.standin.callsOf("chat.postMessage").length).toBeGreaterThanOrEqual(2);
    expect(calls).toContain("[email]");
    expect(calls).toContain("[phone]");
    expect(calls).toContain("link withheld (personal data)");
    expect(calls).toMatch(/Loud negative mention[^"]* by \[(email|phone)\]/);
    expectClean("the Slack calls", calls);
    const c = (await rig.bot.services.deps.store.cases.listOpen())[0]!;
    const form = slashCommand({
      text: `reply ${c.id} sorry`,
      userId: "UANA",
      channel: "CALERTS",
      responseUrl: rig.standin.responseUrl("r"),
    });
    expect((await postSigned(rig.eventsUrl, SECRET, form)).status).toBe(200);
    await eventually(
      () => /Hi \[(email|phone)\], sorry/.test(JSON.stringify(rig.standin.calls)),
      "the reply with the author redacted",
    );
    expectClean("the reply", JSON.stringify(rig.standin.calls));
    expectClean("the logs", logs.join(""));
    // The store keeps what came in (retention and `forget` deal with it), the profile only the posted name.
    const stored = await rig.bot.services.deps.store.mentions.get("s-mail");
    expect(stored!.author).toBe("juan.perez@gmail.com");
    const profile = await rig.bot.services.deps.store.authors.get(stored!.authorKey!);
    expect(profile!.name).toBe("[email]");
  });

  it("Discord: the alerts posted over REST show [email] and [phone]", async () => {
    const standin = await startDiscordStandin();
    const logs: string[] = [];
    const log = capturingLogger(logs);
    const runtime = RuntimeConfigSchema.parse({ slack: {}, discord: { token: "dt" }, alertChannel: "444" });
    const config: Config = {
      ...parseConfigText(YAML, "t.yaml"),
      runtime,
      configPath: null,
      baseDir: process.cwd(),
    };
    const chat = createDiscordAdapter({ token: "dt", apiUrl: standin.url, log, gateway: false });
    const bot = await buildBot(config, { chat, dataDir: null, clock: new ManualClock(T0), log });
    await bot.start();
    stops.push(async () => {
      await bot.stop();
      await standin.stop();
    });
    await bot.services.pipeline.ingest(mentions("d"));
    await bot.services.deps.jobs.drain();
    const calls = JSON.stringify(standin.calls);
    expect(standin.find("POST", /^\/channels\/444\/messages$/).length).toBeGreaterThanOrEqual(2);
    // Discord's markdown escapes the brackets: \[email\].
    expect(calls).toContain("\\\\[email\\\\]");
    expect(calls).toContain("\\\\[phone\\\\]");
    expectClean("the Discord calls", calls);
    expectClean("the logs", logs.join(""));
  });

  it("terminal: a bot process fed over POST /ingest prints [email] and [phone], and its stderr holds neither", async () => {
    const dir = tempDir();
    const configPath = join(dir, "orm.config.yaml");
    writeFileSync(configPath, YAML.replace("routing: {", "routing: { defaultChannel: terminal,"));
    const port = await freePort();
    const bot = new BotSession(["start"], {
      cwd: dir,
      env: cleanEnv({ ORM_CONFIG: configPath, PORT: String(port), INGEST_TOKEN: "tok", LOG_LEVEL: "debug" }),
    });
    stops.push(() => bot.stop());
    await until(
      `the bot on ${port} healthy (stderr: ${bot.stderr})`,
      async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status === 200,
      60_000,
    );
    const res = await fetch(`http://127.0.0.1:${port}/ingest`, {
      method: "POST",
      headers: { authorization: "Bearer tok", "content-type": "application/json" },
      body: JSON.stringify(mentions("t")),
    });
    expect(res.status).toBe(202);
    await bot.waitFor(/\[email\][\s\S]*\[phone\]|\[phone\][\s\S]*\[email\]/, 0, 60_000);
    await bot.waitFor(/Loud negative mention/, 0, 60_000);
    bot.type("/orm queue");
    await bot.waitFor(/#\d+/, 0, 30_000);
    expect(await bot.stop()).toBe(0);
    expectClean("the terminal", bot.stdout);
    expectClean("the logs", bot.stderr);
  }, 120_000); // a bound on a hang, not a speed goal
});
