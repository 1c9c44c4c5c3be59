import { describe, expect, it } from "vitest";
import { escapeMrkdwn, renderMrkdwn, truncateMrkdwn } from "../../../../src/adapters/slack/mrkdwn.js";
import { renderSlackMessage, SLACK_LIMITS } from "../../../../src/adapters/slack/render.js";
import type { ChatMessage } from "../../../../src/ports/chat.js";

const ATTACKS = [
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<@U0123ABC>",
  "<!subteam^S0123|@team>",
  "<https://evil.example|bank>",
];

describe("Slack mrkdwn escaping", () => {
  it.each(ATTACKS)("shows %s as text: no ping, no link", (attack) => {
    const out = renderMrkdwn([attack, { text: attack, bold: true }, { text: attack, quote: true }]);
    expect(out).not.toContain("<");
    expect(out).not.toContain(attack);
  });

  it("escapes &, <, > and breaks @channel, @here and @everyone", () => {
    expect(escapeMrkdwn("a & b < c > d")).toBe("a &amp; b &lt; c &gt; d");
    expect(escapeMrkdwn("hey @channel @Here @everyone")).not.toMatch(/@(channel|here|everyone)/i);
  });

  it("pings only user spans with a Slack id, and links only http(s)", () => {
    expect(renderMrkdwn([{ user: "U0ANA" }])).toBe("<@U0ANA>");
    expect(renderMrkdwn([{ user: "!channel" }])).toBe("@!channel");
    expect(renderMrkdwn([{ text: "x", url: "javascript:alert(1)" }])).toBe("x");
    expect(renderMrkdwn([{ text: "a|b", url: "https://x.example/?q=1|2>" }])).toBe(
      "<https://x.example/?q=1%7C2%3E|a¦b>",
    );
  });

  it("never cuts an entity or a mention in half", () => {
    expect(truncateMrkdwn("abc &amp; def", 7)).toBe("abc …");
    expect(truncateMrkdwn("hi <@U0ANA> there", 8)).toBe("hi …");
    expect(truncateMrkdwn("short", 10)).toBe("short");
  });
});

describe("Block Kit limits", () => {
  const long = (n: number) => "x".repeat(n);
  it("truncates with … instead of failing: sections, buttons, values, action ids, blocks, total size", () => {
    const msg: ChatMessage = {
      fallback: long(50_000),
      blocks: [
        { type: "header", text: long(500) },
        { type: "section", text: [long(10_000)] },
        {
          type: "actions",
          elements: [{ type: "button", actionId: `orm_${long(400)}`, label: long(200), value: long(5000) }],
        },
        ...Array.from({ length: 80 }, (_, i) => ({
          type: "context" as const,
          text: [`line ${i} ${long(300)}`],
        })),
      ],
    };
    const { text, blocks } = renderSlackMessage(msg);
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallback);
    const header = blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.header);
    const section = blocks[1] as { text: { text: string } };
    expect(section.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(section.text.text.endsWith("…")).toBe(true);
    const btn = (
      blocks[2] as { elements: Array<{ action_id: string; value: string; text: { text: string } }> }
    ).elements[0]!;
    expect(btn.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    expect(btn.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    expect(btn.action_id.length).toBeLessThanOrEqual(SLACK_LIMITS.actionId);
    expect(JSON.stringify(blocks).length).toBeLessThan(13_000);
    expect(JSON.stringify(blocks.at(-1))).toContain("more block(s) not shown");
  });

  it("puts a user select's case number in its block id and keeps option values short", () => {
    const { blocks } = renderSlackMessage({
      fallback: "x",
      blocks: [
        {
          type: "actions",
          elements: [
            { type: "select", actionId: "orm_assign", placeholder: "Assign…", options: "users", value: "7" },
            {
              type: "select",
              actionId: "orm_resolve",
              placeholder: "Resolve…",
              options: [{ label: long(100), value: "7:spam" }],
            },
          ],
        },
      ],
    });
    const b = blocks[0] as { block_id: string; elements: Array<Record<string, unknown>> };
    expect(b.block_id).toBe("ctx:7");
    expect(b.elements[0]!.type).toBe("users_select");
    const opt = (b.elements[1]!.options as Array<{ text: { text: string }; value: string }>)[0]!;
    expect(opt.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.optionText);
    expect(opt.value).toBe("7:spam");
  });
});
