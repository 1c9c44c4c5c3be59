import { rmSync } from "node:fs";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShellAdapter } from "../../src/adapters/shell/index.js";
import type { Bot } from "../../src/app/bot.js";
import { parseConfigText } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../src/config/sections/runtime.js";
import type { ChatUser } from "../../src/ports/chat.js";
import { ManualClock } from "../../src/ports/clock.js";
import { mention, startCrisisBot, T0, tempDataDir, until } from "./crisis-rig.js";
import { CONTAIN_REFUSAL, DECISION_REFUSAL, PERMISSIONS_YAML, TEAM_REFUSAL } from "./permissions-rig.js";

const config: Config = {
  ...parseConfigText(PERMISSIONS_YAML, "permissions-test.yaml"),
  runtime: RuntimeConfigSchema.parse({ slack: {}, discord: {} }),
  configPath: null,
  baseDir: process.cwd(),
};
const clock = new ManualClock(T0);
let dataDir: string;
let out = "";
let current: { bot: Bot; input: PassThrough } | null = null;

/** (Re)starts the bot on the same data dir with `user` at the keyboard (a terminal has one person). */
async function as(user: ChatUser): Promise<Bot> {
  await current?.bot.stop();
  const input = new PassThrough();
  const output = new PassThrough();
  output.on("data", (b: Buffer) => {
    out += b.toString("utf8");
  });
  const chat = createShellAdapter({ input, output, tty: false, user });
  const { bot } = await startCrisisBot(config, chat, clock, dataDir);
  current = { bot, input };
  return bot;
}

/** Types a command and returns what the terminal printed after it, once `expectText` shows up. */
async function type(line: string, expectText: RegExp): Promise<string> {
  const mark = out.length;
  current!.input.write(`${line}\n`);
  return until(
    async () => (expectText.test(out.slice(mark)) ? out.slice(mark) : null),
    `${expectText} after ${line}`,
  );
}

const quoted = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

beforeAll(() => {
  dataDir = tempDataDir();
});
afterAll(async () => {
  await current?.bot.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("permissions in the terminal chat, one person at a time", () => {
  it("refuses strangers by name, lets the step's role, the team and legal act", async () => {
    let bot = await as({ id: "UOUT", name: "Out", groups: [] });
    await bot.services.pipeline.ingest([
      mention("parcel", T0, "Acme lost my parcel, the delivery never arrived, terrible shipping", {
        reach: 96,
      }),
    ]);
    await bot.services.deps.jobs.drain();
    expect((await bot.services.cases.get(1)).team).toBe("logistics");

    await type("/orm crisis start data-protection-incident Leak", /you need the "escalate" permission/);
    await bot.services.crisis.start({
      playbookId: "data-protection-incident",
      reason: "Leak",
      actor: "UBOSS",
    });
    await type("/orm crisis done 1 contain", quoted(CONTAIN_REFUSAL));
    await type("/orm crisis review 1 why nobody knows", /Only the crisis team/);
    await type("/orm claim 1", quoted(TEAM_REFUSAL("claim")));
    await type("/orm resolve 1 fixed", quoted(TEAM_REFUSAL("resolve")));

    // The community manager finishes their step, but may not take the notify-or-not decision.
    await as({ id: "UCOM", name: "Com", groups: [] });
    await type("/orm crisis done 1 contain", /Thanks, noted\./);
    await type("/orm crisis decide 1 assess-risk unlikely", quoted(DECISION_REFUSAL));
    await type("/orm crisis status", /Only dpo or legal may decide, skip or reassign this step/);

    // Legal takes it; a member of the team's group claims and resolves the team's case.
    await as({ id: "ULAW", name: "Law", groups: [] });
    await type("/orm crisis decide 1 assess-risk unlikely", /Decision noted\./);
    bot = await as({ id: "UCREW", name: "Crew", groups: ["crew"] });
    await type("/orm claim 1", /Case #1 claimed by Crew\./);
    await type("/orm resolve 1 fixed", /Case #1 resolved \(fixed\) by Crew\./);

    const run = await bot.services.crisis.get(1);
    expect(run.current).toBe("record-only");
    expect(run.timeline.filter((t) => t.kind === "decision").map((t) => t.actor)).toEqual(["ULAW"]);
    expect((await bot.services.cases.get(1)).history.map((h) => h.actor)).not.toContain("UOUT");
  });
});
