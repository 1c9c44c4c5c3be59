import { describe, expect, it } from "vitest";
import { readModalSubmit, renderDiscordModal } from "../../../../src/adapters/discord/modal.js";
import { InteractionSchema } from "../../../../src/adapters/discord/parse.js";

describe("Discord modals", () => {
  it("renders Labels around the inputs, the intro as a Text Display, context in the custom_id", () => {
    const data = renderDiscordModal({
      callbackId: "orm_reply_submit",
      context: "3:n1",
      title: "Reply to case #3",
      submitLabel: "Record",
      intro: ["@everyone see this"],
      fields: [
        {
          kind: "text",
          id: "answer",
          label: "Answer to the author",
          multiline: true,
          maxChars: 9000,
          initial: "Hi",
        },
      ],
    }) as { custom_id: string; components: Array<{ type: number; content?: string }> };
    expect(data.custom_id).toBe("orm_reply_submit|3:n1");
    expect(data.components[0]!.type).toBe(10);
    expect(data.components[0]!.content).not.toMatch(/@everyone/);
    expect(data.components[1]).toEqual({
      type: 18,
      label: "Answer to the author",
      component: { type: 4, custom_id: "answer", style: 2, max_length: 4000, required: true, value: "Hi" },
    });
  });

  it("reads a MODAL_SUBMIT in Labels or in classic Action Rows", () => {
    const base = { id: "1", application_id: "2", type: 5, token: "t" };
    const labels = InteractionSchema.parse({
      ...base,
      data: {
        custom_id: "orm_assign_submit|4:n2",
        components: [
          { type: 18, id: 1, component: { type: 5, id: 2, custom_id: "owner", values: ["555"] } },
          { type: 18, id: 3, component: { type: 4, id: 4, custom_id: "note", value: "yours" } },
        ],
      },
    });
    expect(readModalSubmit(labels)).toEqual({
      callbackId: "orm_assign_submit",
      context: "4:n2",
      values: { owner: "555", note: "yours" },
    });
    const rows = InteractionSchema.parse({
      ...base,
      data: {
        custom_id: "orm_reply_submit|5:n3",
        components: [{ type: 1, components: [{ type: 4, custom_id: "answer", value: "Hola" }] }],
      },
    });
    expect(readModalSubmit(rows).values).toEqual({ answer: "Hola" });
  });
});
