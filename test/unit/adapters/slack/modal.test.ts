import { describe, expect, it } from "vitest";
import {
  readViewSubmission,
  renderSlackModal,
  ViewSubmissionSchema,
} from "../../../../src/adapters/slack/modal.js";
import type { ModalForm } from "../../../../src/ports/chat.js";

const FORM: ModalForm = {
  callbackId: "orm_resolve_submit",
  context: "12:abc",
  title: "Resolve case #12 with a long long title",
  submitLabel: "Resolve",
  intro: ["Outside <!channel> text"],
  fields: [
    {
      kind: "select",
      id: "outcome",
      label: "Outcome",
      options: [
        { label: "fixed", value: "fixed" },
        { label: "spam", value: "spam" },
      ],
      initial: "fixed",
    },
    {
      kind: "text",
      id: "note",
      label: "Note",
      multiline: true,
      maxChars: 9000,
      optional: true,
      initial: "x",
    },
    { kind: "user", id: "owner", label: "Assign to" },
  ],
};

describe("Slack modals", () => {
  it("renders a modal view within Slack's limits, escaping outside text, context and channel in private_metadata", () => {
    const v = renderSlackModal(FORM, "C1") as {
      type: string;
      title: { text: string };
      private_metadata: string;
      blocks: Array<{ element: { type: string; initial_option?: unknown; options?: unknown[] } }>;
    };
    expect(v.type).toBe("modal");
    expect([...v.title.text].length).toBeLessThanOrEqual(24);
    expect(JSON.parse(v.private_metadata)).toEqual({ context: "12:abc", channel: "C1" });
    expect(JSON.stringify(v.blocks[0])).not.toContain("<!channel>");
    const [, outcome, note, owner] = v.blocks;
    expect(outcome!.element.initial_option).toEqual(outcome!.element.options?.[0]);
    expect(note).toMatchObject({
      block_id: "note",
      optional: true,
      element: { type: "plain_text_input", max_length: 3000, multiline: true },
    });
    expect(owner!.element.type).toBe("users_select");
  });

  it("reads a view_submission's values by field id, whatever the element", () => {
    const body = ViewSubmissionSchema.parse({
      type: "view_submission",
      user: { id: "U1", username: "ana" },
      view: {
        id: "V1",
        callback_id: "orm_resolve_submit",
        private_metadata: JSON.stringify({ context: "12:abc", channel: "C1" }),
        state: {
          values: {
            outcome: { outcome: { type: "static_select", selected_option: { value: "spam" } } },
            note: { note: { type: "plain_text_input", value: null } },
            owner: { owner: { type: "users_select", selected_user: "U2" } },
          },
        },
      },
    });
    expect(readViewSubmission(body)).toEqual({
      callbackId: "orm_resolve_submit",
      context: "12:abc",
      channel: "C1",
      values: { outcome: "spam", note: "", owner: "U2" },
    });
  });
});
