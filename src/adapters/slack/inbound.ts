import type { App, RespondFn } from "@slack/bolt";
import { errorMessage } from "../../core/errors.js";
import type { Logger } from "../../core/log.js";
import type { ChatInbound, ChatMessage, MessageRef, Responder } from "../../ports/chat.js";
import { BlockActionsSchema, parseBlockAction, SlashCommandSchema } from "./parse.js";
import { renderSlackMessage } from "./render.js";
import type { UserGroups } from "./user-groups.js";

export interface InboundDeps {
  groups: UserGroups;
  log: Logger;
  /** Posts in a channel (in a thread when given), paced like every other post. */
  post(channel: string, msg: ChatMessage, thread?: MessageRef): Promise<MessageRef>;
}

/** Answers through `response_url`: ephemeral for whispers; replies in-channel (or in the alert's thread). */
function responder(respond: RespondFn, replyTo: (m: ChatMessage) => Promise<unknown>): Responder {
  return {
    reply: async (m) => {
      await replyTo(m);
    },
    whisper: async (m) => {
      const { text, blocks } = renderSlackMessage(m);
      await respond({ response_type: "ephemeral", replace_original: false, text, blocks: blocks as never });
    },
  };
}

/**
 * Wires `/orm` and every `orm_*` action: acknowledges at once (well inside Slack's 3 s), then runs the
 * request in the background; replies go through response_url or a threaded post.
 */
export function registerListeners(app: App, inbound: ChatInbound, deps: InboundDeps): void {
  app.command("/orm", async ({ ack, body, respond }) => {
    await ack();
    const cmd = SlashCommandSchema.safeParse(body);
    if (!cmd.success) {
      deps.log.warn("slack slash command payload rejected", { issue: cmd.error.issues[0]?.message });
      return;
    }
    const c = cmd.data;
    const groups = await deps.groups.of(c.user_id);
    const inChannel = async (m: ChatMessage) => {
      const { text, blocks } = renderSlackMessage(m);
      await respond({ response_type: "in_channel", text, blocks: blocks as never });
    };
    await inbound
      .onCommand({
        user: { id: c.user_id, name: c.user_name ?? c.user_id, groups },
        channel: c.channel_id,
        text: c.text,
        respond: responder(respond, inChannel),
        requestId: `slack:${c.trigger_id}`,
      })
      .catch((err) => deps.log.error("slack command failed", { error: errorMessage(err) }));
  });

  app.action(/^orm_/, async ({ ack, body, respond }) => {
    await ack();
    const parsed = BlockActionsSchema.safeParse(body);
    if (!parsed.success) {
      deps.log.warn("slack action payload rejected", { issue: parsed.error.issues[0]?.message });
      return;
    }
    const b = parsed.data;
    const a = parseBlockAction(b);
    const message: MessageRef | null = a.messageTs ? { channel: a.channel, ts: a.messageTs } : null;
    const thread = b.message?.thread_ts ? { channel: a.channel, ts: b.message.thread_ts } : message;
    const groups = await deps.groups.of(b.user.id);
    await inbound
      .onAction({
        user: { id: b.user.id, name: b.user.username ?? b.user.name ?? b.user.id, groups },
        channel: a.channel,
        actionId: a.actionId,
        value: a.value,
        message,
        respond: responder(respond, (m) => deps.post(a.channel, m, thread ?? undefined)),
        requestId: a.requestId,
      })
      .catch((err) => deps.log.error("slack action failed", { error: errorMessage(err) }));
  });
}
