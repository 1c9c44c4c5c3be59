import { describe, expect, it } from "vitest";
import { escapeDiscord, renderDiscordMessage } from "../../../../src/adapters/discord/render.js";

describe("Discord rendering", () => {
  it.each([
    "@everyone",
    "@here",
    "<@123456789012345678>",
    "<@&123456789012345678>",
    "[bank](https://evil.example)",
  ])("neutralises %s", (attack) => {
    const out = escapeDiscord(attack);
    expect(out).not.toBe(attack);
    expect(out).not.toMatch(/(^|[^\\])<@|(^|[^\\])\[bank\]|@(everyone|here)/);
  });

  it("sends allowed_mentions with no parse and pings only bot-held user spans", () => {
    const body = renderDiscordMessage({
      fallback: "x",
      blocks: [
        { type: "section", text: ["@everyone ", { user: "555555555555555555" }, { user: "not-an-id" }] },
      ],
    });
    expect(body.allowed_mentions).toEqual({ parse: [], users: ["555555555555555555"] });
    expect(body.content).toContain("<@555555555555555555>");
    expect(body.content).not.toContain("<@not-an-id>");
  });

  it("keeps content within 2,000 characters and components within five rows of five", () => {
    const body = renderDiscordMessage({
      fallback: "x",
      blocks: [
        { type: "section", text: ["y".repeat(5000)] },
        {
          type: "actions",
          elements: [
            ...Array.from({ length: 12 }, (_, i) => ({
              type: "button" as const,
              actionId: `orm_b${i}`,
              label: "z".repeat(200),
              value: "v".repeat(300),
            })),
            {
              type: "select" as const,
              actionId: "orm_assign",
              placeholder: "Assign",
              options: "users" as const,
              value: "3",
            },
          ],
        },
      ],
    });
    expect(body.content.length).toBeLessThanOrEqual(2000);
    expect(body.content.endsWith("…")).toBe(true);
    expect(body.components.length).toBeLessThanOrEqual(5);
    for (const row of body.components) {
      expect(row.components.length).toBeLessThanOrEqual(5);
      for (const c of row.components as Array<{ custom_id: string; label?: string }>) {
        expect(c.custom_id.length).toBeLessThanOrEqual(100);
        expect((c.label ?? "").length).toBeLessThanOrEqual(80);
      }
    }
  });
});
