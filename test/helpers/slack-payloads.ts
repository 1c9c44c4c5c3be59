import { randomBytes, randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(import.meta.dirname, "..", "fixtures", "slack");

/**
 * A fresh trigger id shaped like Slack's (`{digits}.{digits}.{hex}`): Slack issues a new one for every
 * command and click, and sends the same one again only when it retries that request.
 */
export function newTriggerId(): string {
  const hex = randomBytes(16).toString("hex");
  return `${Date.now()}${randomInt(1000, 9999)}.${randomInt(1e8, 1e9)}.${hex}`;
}

/** Slack's own block_actions sample (bolt-python tests) with our action, user, channel and message. */
export function blockActions(o: {
  actionId: string;
  value?: string;
  selected?: string;
  selectedUser?: string;
  blockId?: string;
  userId: string;
  channel: string;
  messageTs: string;
  responseUrl: string;
  triggerId?: string;
  /** The message the button sits on, as Slack sends it (default: a stub with `ts` and `text`). */
  message?: Record<string, unknown>;
}): Record<string, string> {
  const body = JSON.parse(readFileSync(join(DIR, "block_actions.body.json"), "utf8")) as Record<
    string,
    unknown
  >;
  const base = (body.actions as Array<Record<string, unknown>>)[0]!;
  const action: Record<string, unknown> = { ...base, action_id: o.actionId, block_id: o.blockId ?? "orm_b4" };
  if (o.selected !== undefined) {
    delete action.value;
    Object.assign(action, {
      type: "static_select",
      selected_option: { value: o.selected, text: { type: "plain_text", text: o.selected } },
    });
  } else if (o.selectedUser !== undefined) {
    delete action.value;
    Object.assign(action, { type: "users_select", selected_user: o.selectedUser });
  } else action.value = o.value ?? "";
  Object.assign(body, {
    user: { id: o.userId, username: o.userId.toLowerCase(), name: o.userId.toLowerCase(), team_id: "T111" },
    channel: { id: o.channel, name: "team" },
    container: { type: "message", message_ts: o.messageTs, channel_id: o.channel, is_ephemeral: false },
    message: o.message ?? { type: "message", ts: o.messageTs, text: "alert" },
    response_url: o.responseUrl,
    trigger_id: o.triggerId ?? newTriggerId(),
    actions: [action],
  });
  return { payload: JSON.stringify(body) };
}

/** Slack's own slash-command sample body (bolt-python tests) turned into `/orm <text>`. */
export function slashCommand(o: {
  text: string;
  userId: string;
  channel: string;
  responseUrl: string;
  triggerId?: string;
}): Record<string, string> {
  const form = new URLSearchParams(
    readFileSync(join(DIR, "slash_command.body.urlencoded.txt"), "utf8").trim(),
  );
  form.set("command", "/orm");
  form.set("text", o.text);
  form.set("user_id", o.userId);
  form.set("user_name", o.userId.toLowerCase());
  form.set("channel_id", o.channel);
  form.set("response_url", o.responseUrl);
  form.set("trigger_id", o.triggerId ?? newTriggerId());
  return Object.fromEntries(form);
}
