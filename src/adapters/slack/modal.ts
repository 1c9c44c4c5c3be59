import { z } from "zod";
import type { ModalField, ModalForm } from "../../ports/chat.js";
import { renderMrkdwn, truncatePlain } from "./mrkdwn.js";

/** Slack's modal limits (views.open): title and button texts, private_metadata, text input length. */
export const SLACK_MODAL_LIMITS = {
  title: 24,
  button: 24,
  label: 2000,
  privateMetadata: 3000,
  inputMaxLength: 3000,
} as const;

const plain = (text: string, max: number) => ({ type: "plain_text", text: truncatePlain(text, max) || " " });

function element(f: ModalField): Record<string, unknown> {
  switch (f.kind) {
    case "text":
      return {
        type: "plain_text_input",
        action_id: f.id,
        multiline: f.multiline ?? false,
        max_length: Math.min(f.maxChars, SLACK_MODAL_LIMITS.inputMaxLength),
        ...(f.initial ? { initial_value: f.initial.slice(0, SLACK_MODAL_LIMITS.inputMaxLength) } : {}),
        ...(f.placeholder ? { placeholder: plain(f.placeholder, 150) } : {}),
      };
    case "select": {
      const options = f.options.slice(0, 100).map((o) => ({ text: plain(o.label, 75), value: o.value }));
      const initial = options.find((o) => o.value === f.initial);
      return {
        type: "static_select",
        action_id: f.id,
        options,
        ...(initial ? { initial_option: initial } : {}),
      };
    }
    case "user":
      return { type: "users_select", action_id: f.id };
  }
}

/** What the bot keeps in a view's private_metadata: the form's context and the channel it came from. */
const MetadataSchema = z.object({ context: z.string(), channel: z.string() });

/** A modal view for views.open: an input block per field (block and action ids are the field's id). */
export function renderSlackModal(form: ModalForm, channel: string): Record<string, unknown> {
  const blocks: Array<Record<string, unknown>> = [];
  if (form.intro)
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: renderMrkdwn(form.intro), verbatim: true }],
    });
  for (const f of form.fields)
    blocks.push({
      type: "input",
      block_id: f.id,
      label: plain(f.label, SLACK_MODAL_LIMITS.label),
      optional: f.kind === "text" ? (f.optional ?? false) : false,
      element: element(f),
    });
  return {
    type: "modal",
    callback_id: form.callbackId,
    title: plain(form.title, SLACK_MODAL_LIMITS.title),
    submit: plain(form.submitLabel, SLACK_MODAL_LIMITS.button),
    close: plain("Cancel", SLACK_MODAL_LIMITS.button),
    private_metadata: JSON.stringify({ context: form.context, channel }),
    blocks,
  };
}

const StateValueSchema = z
  .object({
    type: z.string(),
    value: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_user: z.string().nullish(),
  })
  .passthrough();

/** A `view_submission` payload, the parts the bot uses. */
export const ViewSubmissionSchema = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id: z.string().min(1), username: z.string().optional(), name: z.string().optional() }),
  view: z.object({
    id: z.string().min(1),
    callback_id: z.string().min(1),
    private_metadata: z.string().max(SLACK_MODAL_LIMITS.privateMetadata),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), StateValueSchema)) }),
  }),
});
export type ViewSubmission = z.infer<typeof ViewSubmissionSchema>;

/** What a submitted view says: its handler, context, channel, and each field's value (by field id). */
export function readViewSubmission(v: ViewSubmission): {
  callbackId: string;
  context: string;
  channel: string;
  values: Record<string, string>;
} {
  const meta = MetadataSchema.parse(JSON.parse(v.view.private_metadata || "{}"));
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(v.view.state.values))
    for (const a of Object.values(actions))
      values[blockId] = a.value ?? a.selected_option?.value ?? a.selected_user ?? "";
  return { callbackId: v.view.callback_id, context: meta.context, channel: meta.channel, values };
}
