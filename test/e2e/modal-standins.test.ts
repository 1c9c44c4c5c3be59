import { afterEach, describe, expect, it } from "vitest";
import { interaction } from "../helpers/discord-payloads.js";
import { type DiscordStandin, startDiscordStandin } from "../helpers/discord-standin.js";
import { newTriggerId } from "../helpers/slack-payloads.js";
import { type SlackStandin, startSlackStandin } from "../helpers/slack-standin.js";

/** The stand-ins hold modals to the platforms' rules, so the bot is tested against them, not around them. */
describe("modal rules in the stand-ins", () => {
  let slack: SlackStandin | null = null;
  let discord: DiscordStandin | null = null;
  afterEach(async () => {
    await slack?.stop();
    await discord?.stop();
    slack = discord = null;
  });

  const view = {
    type: "modal",
    callback_id: "orm_x",
    title: { type: "plain_text", text: "Reply to case #1" },
    blocks: [
      {
        type: "input",
        block_id: "a",
        label: { type: "plain_text", text: "Answer" },
        element: { type: "plain_text_input", action_id: "a" },
      },
    ],
  };

  it("Slack: views.open takes a trigger_id once, within 3 s, and only one Slack issued", async () => {
    slack = await startSlackStandin();
    const open = async (trigger_id: string, v: object = view) =>
      (await (
        await fetch(`${slack!.url}/api/views.open`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ trigger_id, view: v }),
        })
      ).json()) as { ok: boolean; error?: string; view?: { id: string } };
    const fresh = newTriggerId();
    slack.views.issue(fresh, "U1");
    const first = await open(fresh);
    expect(first.ok).toBe(true);
    expect(first.view?.id).toMatch(/^V/);
    expect(await open(fresh)).toEqual({ ok: false, error: "exchanged_trigger_id" });
    const old = newTriggerId();
    slack.views.issue(old, "U1", Date.now() - 3500);
    expect(await open(old)).toEqual({ ok: false, error: "expired_trigger_id" });
    expect(await open("1.2.never-issued")).toEqual({ ok: false, error: "invalid_trigger_id" });
    const other = newTriggerId();
    slack.views.issue(other, "U1");
    const longTitle = { ...view, title: { type: "plain_text", text: "A title longer than twenty-four" } };
    expect(await open(other, longTitle)).toEqual({ ok: false, error: "invalid_arguments" });
    expect(slack.views.opened).toHaveLength(1);
  });

  it("Discord: a MODAL answer only first, within 3 s, and never to a submitted modal", async () => {
    discord = await startDiscordStandin();
    const modal = {
      type: 9,
      data: {
        custom_id: "orm_x|1:n",
        title: "Reply to case #1",
        components: [{ type: 18, label: "Answer", component: { type: 4, custom_id: "answer", style: 2 } }],
      },
    };
    const answer = async (raw: Record<string, unknown>, body: object) =>
      fetch(`${discord!.url}/v10/interactions/${String(raw.id)}/${String(raw.token)}/callback`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: r.status === 204 ? null : await r.json() }));
    const click = () =>
      interaction({ kind: "component", userId: "5", channel: "4", customId: "orm_reply_open|1" });

    const ok = click();
    discord.interactions.issue(ok);
    expect((await answer(ok, modal)).status).toBe(204);

    const deferred = click();
    discord.interactions.issue(deferred);
    expect((await answer(deferred, { type: 6 })).status).toBe(204);
    expect(await answer(deferred, modal)).toMatchObject({ status: 400, body: { code: 40060 } });

    const late = click();
    discord.interactions.issue(late, Date.now() - 3500);
    expect(await answer(late, modal)).toMatchObject({ status: 404, body: { code: 10062 } });

    const submitted = interaction({ kind: "modal", userId: "5", channel: "4", customId: "orm_x|1:n" });
    discord.interactions.issue(submitted);
    expect(await answer(submitted, modal)).toMatchObject({ status: 400, body: { code: 50035 } });
  });
});
