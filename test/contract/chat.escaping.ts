import { expect, it } from "vitest";
import type { Block, ChatMessage } from "../../src/ports/chat.js";
import type { ChatDriver, Seen } from "../helpers/chat-driver.js";
import { type ChatContext, note, seenWith, token, waitToSee } from "./chat.fixtures.js";

/** A link the bot itself gives (a mention's address): the only link target allowed besides bare URLs. */
const BOT_URL = "https://forum.example/t/42?lang=en&page=2";

/**
 * Outside text written to ping and to forge links on every platform at once: Slack's `<!channel>`,
 * `<@U…>`, `<!subteam^…>` and `<url|label>`; Discord's `@everyone`, `<@id>`, `<@&role>` and
 * `[label](url)`; a terminal's OSC 8 hyperlink; and the two people's own ids.
 */
function outside(d: ChatDriver): string {
  const [p0, p1] = d.people;
  return [
    `angry @channel @here @everyone <!channel> <!here|here> <!everyone> <@${p0}> <@${p1}|ben>`,
    `<@!${p1}> <@&777777777777777777> <!subteam^S0TEAM|@team> <https://evil.example|bank login>`,
    "[bank login](https://evil.example) [bank](<https://evil.example/x>)",
    "\x1b]8;;https://evil.example\x07bank login\x1b]8;;\x07 *loud* _sly_ ~gone~ # heading",
  ].join(" ");
}

/** Phrases of the outside text a person must still be able to read (escaping keeps, never drops). */
const READABLE = ["@channel", "@here", "@everyone", "<!channel>", "<@&777777777777777777>", "[bank login]"];

/** One message per place outside text can sit. */
function placements(evil: string): Array<[string, ChatMessage]> {
  const section = (text: Extract<Block, { type: "section" }>["text"]): ChatMessage => ({
    fallback: "alert",
    blocks: [{ type: "section", text }],
  });
  return [
    ["plain text", section([evil])],
    ["bold", section([{ text: evil, bold: true }])],
    ["italic", section([{ text: evil, italic: true }])],
    ["code", section([{ text: evil, code: true }])],
    ["quote", section([{ text: evil, quote: true }])],
    ["link text", section([{ text: evil, url: BOT_URL }])],
    ["a link to a non-web address", section([{ text: "open it", url: "javascript:alert(1)" }])],
    ["a field", { fallback: "alert", blocks: [{ type: "section", text: ["f"], fields: [[evil]] }] }],
    ["context", { fallback: "alert", blocks: [{ type: "context", text: [evil] }] }],
    ["header", { fallback: "alert", blocks: [{ type: "header", text: evil }] }],
    ["fallback", { fallback: evil, blocks: [] }],
    [
      "a button label",
      note("pick", {
        type: "actions",
        elements: [{ type: "button", actionId: "orm_x", label: evil, value: evil }],
      }),
    ],
  ];
}

const norm = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

/** Nobody but `pinged` is notified, and every link either shows its own address or is the bot's. */
function expectHarmless(where: string, seen: Seen | undefined, pinged: string[] = []): void {
  expect(seen, `${where}: the message`).toBeDefined();
  expect([...seen!.pings].sort(), `${where}: who is notified`).toEqual(pinged);
  for (const link of seen!.links)
    if (link.label !== link.url)
      expect(norm(link.url), `${where}: where "${link.label}" leads`).toBe(norm(BOT_URL));
}

/** Outside text can't ping or forge a link through any span kind, an update, a DM or a reply. */
export function escapingCases(ctx: ChatContext): void {
  it("outside text in any span kind pings no one and forges no link", async () => {
    const { adapter: a, driver: d } = ctx.rig;
    const evil = outside(d);
    for (const [where, msg] of placements(evil)) {
      const ref = await a.post(d.channel, msg);
      const seen = d.seen(d.channel, d.people[1]).at(-1);
      if (seen?.ref) expect(seen.ref).toEqual(ref);
      expectHarmless(where, seen);
      if (where === "plain text" || where === "fallback")
        for (const phrase of READABLE) expect(seen!.text, `${where}: readable`).toContain(phrase);
      if (where === "link text") expect(seen!.links.map((l) => norm(l.url))).toContain(norm(BOT_URL));
    }
  });

  it("a user the bot names is pinged (where the platform notifies), and nobody else", async () => {
    const { adapter: a, driver: d } = ctx.rig;
    const words = token("cc");
    await a.post(d.channel, {
      fallback: words,
      blocks: [{ type: "section", text: [words, outside(d), { user: d.people[0] }] }],
    });
    const [seen] = seenWith(d, d.channel, d.people[0], words);
    expectHarmless("with a user span", seen, d.notifies ? [`user:${d.people[0]}`] : []);
  });

  it("an update and a direct message are escaped like a post", async ({ skip }) => {
    const { adapter: a, driver: d } = ctx.rig;
    const [head, words] = [token("upd"), token("dm")];
    const ref = await a.post(d.channel, note(head));
    await a.update(ref, note(`${head} ${outside(d)}`));
    expectHarmless("update", seenWith(d, d.channel, d.people[0], head)[0]);
    skip(!a.capabilities.directMessages, "no direct messages");
    await a.dm(d.people[1], note(`${words} ${outside(d)}`));
    expectHarmless(
      "dm",
      d.dms(d.people[1]).find((s) => s.text.includes(words)),
    );
  });

  it("a reply to a command carries the person's words harmlessly", async () => {
    const { driver: d } = ctx.rig;
    const words = token("echo");
    await d.command(d.people[0], d.channel, `say ${words} ${outside(d)}`);
    expectHarmless("reply", await waitToSee(d, d.channel, d.people[1], words));
  });
}
