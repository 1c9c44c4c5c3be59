import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DiscordAdapter } from "../../src/adapters/discord/index.js";
import type { Bot } from "../../src/app/bot.js";
import { type DiscordStandin, interaction } from "../helpers/discord-standin.js";
import { startDiscordRig } from "./discord-harness.js";
import { lostParcel } from "./slack-harness.js";

const CHANNEL = "444444444444444444";
const [ANA, BEN, BOSS, COM, LAW] = ["5", "6", "7", "8", "9"].map((d) => d.repeat(18)) as [
  string,
  string,
  string,
  string,
  string,
];
/** The Discord role of team logistics. */
const CREW = "121212121212121212";

const YAML = `
brand: { name: Acme Telecom, languages: [en], timezone: UTC }
routing:
  rules:
    - { name: shipping, when: { topics: [shipping] }, channel: "${CHANNEL}", team: logistics }
teams:
  logistics: { members: ["group:${CREW}"] }
permissions: { assign: ["${BOSS}"], escalate: ["${BOSS}"] }
crisis:
  roles:
    community: { chain: ["${COM}"] }
    legal: { chain: ["${LAW}"] }
`;

let standin: DiscordStandin;
let chat: DiscordAdapter;
let bot: Bot;

beforeEach(async () => {
  ({ standin, chat, bot } = await startDiscordRig(YAML, CHANNEL));
});
afterEach(async () => {
  await bot.stop();
  await standin.stop();
});

/** A button click by `userId` (with Discord `roles`); returns the ephemeral follow-up it got. */
async function click(userId: string, customId: string, roles: string[] = []): Promise<string> {
  await chat.handleInteraction(interaction({ kind: "component", userId, roles, channel: CHANNEL, customId }));
  const said = standin.find("POST", /^\/webhooks\//).at(-1)!;
  expect(said.body.flags).toBe(64);
  return String(said.body.content);
}

/** `/orm SUB ARGS` by `userId`; returns the deferred answer (ephemeral). */
async function slash(userId: string, sub: string, args: string): Promise<string> {
  await chat.handleInteraction(interaction({ kind: "command", userId, channel: CHANNEL, sub, args }));
  return String(standin.find("PATCH", /(@|%40)original$/).at(-1)!.body.content);
}

describe("permissions through Discord (REST stand-in, interactions at the adapter's edge)", () => {
  it("a team owns its cases through a Discord role: the role's members claim, others are refused", async () => {
    await bot.services.pipeline.ingest([lostParcel("d1")]);
    await bot.services.deps.jobs.drain();
    expect((await bot.services.cases.get(1)).team).toBe("logistics");
    expect(await click(BEN, "orm_claim|1")).toContain(
      `Case #1 belongs to team logistics (group:${CREW}): only its members, or someone with the "assign" or "configure" permission, may claim it.`,
    );
    expect((await bot.services.cases.get(1)).owner).toBeNull();
    expect(await click(ANA, "orm_claim|1", [CREW])).toContain("Case #1 is yours.");
  });

  it("crisis steps belong to their role; the notify-or-not decision to dpo and legal only", async () => {
    const run = await bot.services.crisis.start({
      playbookId: "data-protection-incident",
      reason: "Leak",
      actor: BOSS,
    });
    expect(await click(BEN, `orm_step_done|${run.id}:contain`)).toContain(
      `Only community (@${COM}), the crisis lead dpo (nobody) or someone with the "escalate" permission may mark done "Contain the exposure".`,
    );
    expect(await click(COM, `orm_step_done|${run.id}:contain`)).toContain("Thanks, noted.");
    expect(await slash(BOSS, "crisis", `decide ${run.id} assess-risk unlikely`)).toContain(
      `Only dpo (nobody) or legal (@${LAW}) may decide "Assess the risk to the people affected"`,
    );
    expect(await slash(LAW, "crisis", `decide ${run.id} assess-risk high-risk`)).toContain("Decision noted.");
    expect((await bot.services.crisis.get(run.id)).current).toBe("notify-authority");
  });
});
