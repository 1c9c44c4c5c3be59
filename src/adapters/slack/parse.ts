import { z } from "zod";
import { BLOCK_CONTEXT_PREFIX } from "./render.js";

/** The form fields of a slash command that the bot uses. */
export const SlashCommandSchema = z.object({
  user_id: z.string().min(1),
  user_name: z.string().optional(),
  channel_id: z.string().min(1),
  text: z.string().default(""),
  trigger_id: z.string().min(1),
  response_url: z.string().optional(),
});
export type SlashCommand = z.infer<typeof SlashCommandSchema>;

const ActionSchema = z.object({
  action_id: z.string().min(1),
  block_id: z.string().optional(),
  type: z.string(),
  action_ts: z.string().optional(),
  value: z.string().optional(),
  selected_user: z.string().optional(),
  selected_option: z.object({ value: z.string() }).nullish(),
});

/** A `block_actions` payload (button click or select), the parts the bot uses. */
export const BlockActionsSchema = z.object({
  type: z.literal("block_actions"),
  trigger_id: z.string().optional(),
  user: z.object({ id: z.string().min(1), username: z.string().optional(), name: z.string().optional() }),
  channel: z.object({ id: z.string() }).nullish(),
  container: z
    .object({ channel_id: z.string().optional(), message_ts: z.string().optional() })
    .passthrough()
    .optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).passthrough().nullish(),
  actions: z.array(ActionSchema).min(1),
});
export type BlockActions = z.infer<typeof BlockActionsSchema>;

/** What one click means: the action id, the value (with the block's context for selects), and where. */
export interface ParsedAction {
  actionId: string;
  value: string;
  channel: string;
  messageTs: string | null;
  requestId: string;
}

/** Reads the first action of a block_actions payload; a select's value is `context:chosen`. */
export function parseBlockAction(body: BlockActions): ParsedAction {
  const a = body.actions[0]!;
  const chosen = a.selected_user ?? a.selected_option?.value ?? a.value ?? "";
  const ctx = a.block_id?.startsWith(BLOCK_CONTEXT_PREFIX)
    ? a.block_id.slice(BLOCK_CONTEXT_PREFIX.length)
    : null;
  const isSelect = a.type.endsWith("_select");
  const channel = body.channel?.id ?? body.container?.channel_id ?? "";
  const messageTs = body.container?.message_ts ?? body.message?.ts ?? null;
  // An option whose value already names the context (`3:spam` in block `ctx:3`) is not prefixed twice.
  const prefixed = isSelect && ctx !== null && !chosen.startsWith(`${ctx}:`);
  return {
    actionId: a.action_id,
    value: prefixed ? `${ctx}:${chosen}` : chosen,
    channel,
    messageTs,
    requestId: `slack:${body.trigger_id ?? `${a.action_ts ?? ""}:${body.user.id}:${a.action_id}`}`,
  };
}
