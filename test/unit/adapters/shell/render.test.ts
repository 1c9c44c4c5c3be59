import { describe, expect, it } from "vitest";
import { plainStyle, renderCard } from "../../../../src/adapters/shell/render.js";
import type { ChatMessage } from "../../../../src/ports/chat.js";

describe("terminal card actions", () => {
  const card: ChatMessage = {
    fallback: "Case #3",
    blocks: [
      { type: "section", text: [{ text: "Case #3" }] },
      {
        type: "actions",
        elements: [
          { type: "button", actionId: "orm_claim", label: "Claim", value: "3" },
          {
            type: "button",
            actionId: "orm_assign",
            label: "Assign…",
            value: "3",
            command: "/orm assign 3 @user",
          },
          { type: "select", actionId: "orm_assign", placeholder: "Assign to…", options: "users", value: "3" },
        ],
      },
    ],
  };

  it("shows a typed command once when two controls stand for it (a form and a menu)", () => {
    const out = renderCard(card, plainStyle, (id) => id);
    expect(out).toContain("[Claim] /orm claim 3");
    expect(out).toContain("[Assign…] /orm assign 3 @user");
    expect(out).not.toContain("Assign to…");
    expect(out.split("/orm assign 3 @user")).toHaveLength(2);
  });

  it("draws a one-line answer as one line and drops trailing empty lines", () => {
    const one: ChatMessage = {
      fallback: "x",
      blocks: [{ type: "section", text: [{ text: "Case #3 claimed" }] }],
    };
    expect(renderCard(one, plainStyle, (id) => id)).toBe("─ Case #3 claimed");
    const trailing: ChatMessage = {
      fallback: "x",
      blocks: [
        { type: "section", text: [{ text: "Case #3" }] },
        { type: "section", text: [{ text: "Timeline\n" }] },
      ],
    };
    expect(renderCard(trailing, plainStyle, (id) => id)).toBe("┌ Case #3\n└ Timeline");
  });
});
