import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Bot, buildBot } from "../../src/app/bot.js";
import { parseConfigText } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../src/config/sections/runtime.js";
import { silentLogger } from "../../src/core/log.js";
import type { Mention } from "../../src/core/mention.js";
import type { CrisisService } from "../../src/crisis/index.js";
import type { CrisisRun } from "../../src/crisis/run.js";
import type { ChatAdapter } from "../../src/ports/chat.js";
import type { ManualClock } from "../../src/ports/clock.js";

export const T0 = Date.parse("2026-11-20T10:00:00.000Z");
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const ROUTING_KEY = "R0ut1ngK3yR0ut1ngK3yR0ut1ngK3y12";

/** The crisis scenario's config: roles with rotations, PagerDuty at `pagerUrl`, no mention alerts. */
export function crisisConfig(pagerUrl: string, slack?: { apiUrl: string; secret: string }): Config {
  const yaml = `
brand: { name: Acme Telecom, languages: [en, es], timezone: UTC }
routing:
  alertWhen: { sentiment: [], orMinReach: 100 }
crisis:
  managersChannel: CMGR
  proposeTo: [dircom, ceo]
  ackTimeoutMinutes: 15
  roles:
    dircom: { title: Communications director, chain: [UDIR, UDIR2] }
    community: { chain: [UCOM] }
    ceo: { chain: [UCEO] }
    legal: { chain: [ULEGAL] }
  paging: { provider: pagerduty, baseUrl: "${pagerUrl}", routingKey: ${ROUTING_KEY} }
`;
  const runtime = RuntimeConfigSchema.parse({
    slack: slack ? { botToken: "xoxb-test", signingSecret: slack.secret, apiUrl: slack.apiUrl } : {},
    discord: {},
  });
  return { ...parseConfigText(yaml, "crisis-test.yaml"), runtime, configPath: null, baseDir: process.cwd() };
}

/** A fresh temp data dir for the embedded store (kept across a restart). */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "orm-crisis-"));
}

/** Builds the bot on `dataDir` with crisis mode registered, and starts it. */
export async function startCrisisBot(
  config: Config,
  chat: ChatAdapter,
  clock: ManualClock,
  dataDir: string,
): Promise<{ bot: Bot; crisis: CrisisService }> {
  const bot = await buildBot(config, { chat, dataDir, clock, log: silentLogger });
  await bot.start();
  return { bot, crisis: bot.services.crisis };
}

/**
 * Three days of quiet (one complaint an hour), then two hours of 70 negative mentions an hour about a
 * battery catching fire, ending at `T0`: the surge the KPI detector should find.
 */
export function surgeHistory(): Mention[] {
  const out: Mention[] = [];
  for (let t = T0 - 72 * HOUR; t < T0 - 2 * HOUR; t += HOUR)
    out.push(
      mention(`base-${t}`, t, `Acme delivery was late again, order ${t / HOUR} still waiting, bad service`),
    );
  for (let i = 0; i < 140; i++) {
    const t = T0 - 2 * HOUR + Math.floor((i * 2 * HOUR) / 140);
    out.push(
      mention(
        `fire-${i}`,
        t,
        `My Acme phone battery caught fire tonight, unit ${i}, dangerous and terrible, I am furious`,
      ),
    );
  }
  return out;
}

/** A negative mention published at `atMs`. */
export function mention(id: string, atMs: number, text: string, extra: Partial<Mention> = {}): Mention {
  return {
    id,
    source: "reddit",
    url: `https://reddit.example/r/acme/${id}`,
    title: null,
    text,
    author: `user_${id}`,
    publishedAt: new Date(atMs).toISOString(),
    reach: 50,
    rating: null,
    ...extra,
  };
}

/** Polls an async check until it holds (bounds the wait; not a timing assertion). */
export async function until<T>(check: () => Promise<T | null | undefined | false>, what: string): Promise<T> {
  const limit = Date.now() + 15_000;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > limit) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Waits until crisis `id` satisfies `pred`. */
export function runWhere(crisis: CrisisService, id: number, pred: (r: CrisisRun) => boolean, what: string) {
  return until(async () => {
    const r = await crisis.get(id).catch(() => null);
    return r && pred(r) ? r : null;
  }, what);
}
