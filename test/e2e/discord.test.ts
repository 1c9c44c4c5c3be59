import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DiscordAdapter } from "../../src/adapters/discord/index.js";
import type { Bot } from "../../src/app/bot.js";
import { type DiscordStandin, interaction } from "../helpers/discord-standin.js";
import { startDiscordRig } from "./discord-harness.js";
import { lostParcel } from "./slack-harness.js";

const CHANNEL = "444444444444444444";
const ANA = "555555555555555555";
const BEN = "666666666666666666";

let standin: DiscordStandin;
let chat: DiscordAdapter;
let bot: Bot;

beforeEach(async () => {
  const yaml = "brand: { name: Acme Telecom }\npermissions: { resolve: ['group:777777777777777777'] }\n";
  ({ standin, chat, bot } = await startDiscordRig(yaml, CHANNEL));
});
afterEach(async () => {
  await bot.stop();
  await standin.stop();
});

const json = (v: unknown) => JSON.stringify(v);

describe("Discord through a REST stand-in, interactions injected at the adapter's edge", () => {
  it("registers /orm in the guild with a subcommand per command file", async () => {
    const put = standin.find(
      "PUT",
      /^\/applications\/111111111111111111\/guilds\/222222222222222222\/commands$/,
    );
    expect(put).toHaveLength(1);
    const subs = (
      (put[0]!.body as unknown as Array<{ options: Array<{ name: string }> }>)[0]!.options ?? []
    ).map((o) => o.name);
    for (const name of [
      "help",
      "claim",
      "assign",
      "resolve",
      "mine",
      "queue",
      "watch",
      "unwatch",
      "mute",
      "sources",
    ])
      expect(subs).toContain(name);
  });

  it("posts an alert that pings no one, takes a Claim click, updates it in place and refuses a second claimer", async () => {
    const evil =
      "Acme lost my package @everyone @here <@&777777777777777777> [bank](https://evil.example) terrible delivery";
    await bot.services.pipeline.ingest([lostParcel("d1", { text: evil, author: "@everyone" })]);
    await bot.services.deps.jobs.drain();
    const posts = standin.find("POST", new RegExp(`^/channels/${CHANNEL}/messages$`));
    expect(posts).toHaveLength(1);
    const alert = posts[0]!.body;
    expect(alert.allowed_mentions).toEqual({ parse: [], users: [] });
    const content = String(alert.content);
    expect(content).not.toMatch(/@everyone|@here/);
    expect(content).not.toContain("<@&777777777777777777>");
    expect(content).not.toContain("[bank](https://evil.example)");
    expect(json(alert.components)).toContain('"custom_id":"orm_claim|1"');
    expect(typeof alert.nonce).toBe("string");

    await chat.handleInteraction(
      interaction({
        kind: "component",
        userId: ANA,
        channel: CHANNEL,
        customId: "orm_claim|1",
        messageId: "m1",
      }),
    );
    const callback = standin.find("POST", /^\/interactions\/\d+\/[^/]+\/callback$/);
    expect(callback[0]!.body).toEqual({ type: 6 });
    const whisper = standin.find("POST", /^\/webhooks\/111111111111111111\/token-/);
    expect(json(whisper.map((w) => w.body))).toContain("is yours");
    expect(whisper.every((w) => w.body.flags === 64)).toBe(true);
    await bot.services.deps.jobs.drain();
    const edit = standin.find("PATCH", /^\/channels\/.+\/messages\/.+$/).at(-1)!;
    expect(String(edit.body.content)).toContain(`Claimed by <@${ANA}>`);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], users: [ANA] });

    await chat.handleInteraction(
      interaction({
        kind: "component",
        userId: BEN,
        channel: CHANNEL,
        customId: "orm_claim|1",
        messageId: "m1",
      }),
    );
    const refusal = standin.find("POST", /^\/webhooks\//).at(-1)!;
    expect(String(refusal.body.content)).toContain(`already claimed by ${ANA}`);
    expect(refusal.body.flags).toBe(64);
  });

  it("defers a slash command, refuses without the role, and resolves with it", async () => {
    await bot.services.pipeline.ingest([lostParcel("d2")]);
    await bot.services.deps.jobs.drain();
    await chat.handleInteraction(
      interaction({ kind: "command", userId: BEN, channel: CHANNEL, sub: "resolve", args: "1 fixed" }),
    );
    const deferred = standin.find("POST", /callback$/).at(-1)!;
    expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
    const refusal = standin.find("PATCH", /(@|%40)original$/).at(-1)!;
    expect(String(refusal.body.content)).toContain('"resolve" permission');
    expect((await bot.services.cases.get(1)).status).toBe("new");

    await chat.handleInteraction(
      interaction({
        kind: "command",
        userId: ANA,
        roles: ["777777777777777777"],
        channel: CHANNEL,
        sub: "resolve",
        args: "1 fixed",
      }),
    );
    expect((await bot.services.cases.get(1)).outcome).toBe("fixed");
    // A quiet answer: private to the one who typed it; the card is the channel's record.
    const said = standin.find("PATCH", /(@|%40)original$/).at(-1)!;
    expect(String(said.body.content)).toContain("resolved (fixed)");
    expect(said.body.flags).toBe(64);
    const posted = standin.find("POST", new RegExp(`^/channels/${CHANNEL}/messages$`));
    expect(posted).toHaveLength(1);
    await bot.services.deps.jobs.drain();
    const card = standin.find("PATCH", new RegExp(`^/channels/${CHANNEL}/messages/`)).at(-1)!;
    expect(String(card.body.content)).toContain("Resolved");
  });

  it("assigns through the user select and resolves through the outcome select", async () => {
    await bot.services.pipeline.ingest([lostParcel("d3")]);
    await bot.services.deps.jobs.drain();
    await chat.handleInteraction(
      interaction({
        kind: "component",
        userId: ANA,
        channel: CHANNEL,
        customId: "orm_assign|1",
        values: [BEN],
      }),
    );
    expect((await bot.services.cases.get(1)).owner).toBe(BEN);
    await chat.handleInteraction(
      interaction({
        kind: "component",
        userId: BEN,
        roles: ["777777777777777777"],
        channel: CHANNEL,
        customId: "orm_resolve",
        values: ["1:spam"],
      }),
    );
    const c = await bot.services.cases.get(1);
    expect(c.status).toBe("resolved");
    expect(c.outcome).toBe("spam");
  });
});
