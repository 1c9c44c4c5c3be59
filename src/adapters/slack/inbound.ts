import type { App, RespondFn } from "@slack/bolt";
import { errorMessage, UserError } from "../../core/errors.js";
import type { Logger } from "../../core/log.js";
import type { ChatInbound, ChatMessage, MessageRef, ModalForm, Responder } from "../../ports/chat.js";
import { readViewSubmission, renderSlackModal, ViewSubmissionSchema } from "./modal.js";
import { BlockActionsSchema, parseBlockAction, SlashCommandSchema } from "./parse.js";
import { renderSlackMessage } from "./render.js";
import type { UserGroups } from "./user-groups.js";

type WebClient = App["client"];

/** Slack's refusals of a trigger_id: too late (3 s), already used, or unknown. */
const TRIGGER_ERRORS = new Set(["expired_trigger_id", "exchanged_trigger_id", "invalid_trigger_id"]);

/** Opens a modal with a click's trigger_id; a trigger Slack refuses becomes a private "click again". */
async function openView(client: WebClient, trigger: string, form: ModalForm, channel: string): Promise<void> {
  try {
    await client.views.open({ trigger_id: trigger, view: renderSlackModal(form, channel) as never });
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (code && TRIGGER_ERRORS.has(code))
      throw new UserError(
        "modal_expired",
        `Slack would not open the form (${code}: it must open within 3 seconds of the click). Click again.`,
      );
    throw err;
  }
}

export interface InboundDeps {
  groups: UserGroups;
  log: Logger;
  /** Posts in a channel (in a thread when given), paced like every other post. */
  post(channel: string, msg: ChatMessage, thread?: MessageRef): Promise<MessageRef>;
}

/** Answers through `response_url`: ephemeral for whispers; replies in-channel (or in the alert's thread). */
function responder(
  respond: RespondFn,
  replyTo: (m: ChatMessage) => Promise<unknown>,
  openModal?: (form: ModalForm) => Promise<void>,
): Responder {
  return {
    ...(openModal ? { openModal } : {}),
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

  app.action(/^orm_/, async ({ ack, body, respond, client }) => {
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
    const trigger = b.trigger_id;
    // A modal opens with the click's trigger_id, once, within Slack's 3 s.
    const openModal = trigger ? (form: ModalForm) => openView(client, trigger, form, a.channel) : undefined;
    await inbound
      .onAction({
        user: { id: b.user.id, name: b.user.username ?? b.user.name ?? b.user.id, groups },
        channel: a.channel,
        actionId: a.actionId,
        value: a.value,
        message,
        respond: responder(respond, (m) => deps.post(a.channel, m, thread ?? undefined), openModal),
        requestId: a.requestId,
      })
      .catch((err) => deps.log.error("slack action failed", { error: errorMessage(err) }));
  });

  app.view({ type: "view_submission", callback_id: /^orm_/ }, async ({ ack, body, client }) =>
    submitView(body, ack as (r?: object) => Promise<void>, client, inbound, deps),
  );
}

/**
 * A submitted modal: field errors go back in the ack (the modal stays open, nothing changed); otherwise
 * the ack closes it and the work runs after. Answers go to the channel the form was opened from
 * (ephemeral for the submitter).
 */
async function submitView(
  body: unknown,
  ack: (r?: object) => Promise<void>,
  client: WebClient,
  inbound: ChatInbound,
  deps: InboundDeps,
): Promise<void> {
  const parsed = ViewSubmissionSchema.safeParse(body);
  let form: ReturnType<typeof readViewSubmission> | null = null;
  try {
    form = parsed.success ? readViewSubmission(parsed.data) : null;
  } catch {
    form = null;
  }
  if (!parsed.success || !form || !inbound.onModalSubmit) {
    await ack();
    deps.log.warn("slack view submission rejected", {
      issue: parsed.error?.issues[0]?.message ?? "metadata",
    });
    return;
  }
  const { user, view } = parsed.data;
  const channel = form.channel;
  const whisper = async (m: ChatMessage) => {
    const { text, blocks } = renderSlackMessage(m);
    await client.chat.postEphemeral({ channel, user: user.id, text, blocks: blocks as never });
  };
  const answer = await inbound
    .onModalSubmit({
      user: {
        id: user.id,
        name: user.username ?? user.name ?? user.id,
        groups: await deps.groups.of(user.id),
      },
      channel,
      callbackId: form.callbackId,
      context: form.context,
      values: form.values,
      respond: { whisper, reply: async (m) => void (await deps.post(channel, m)) },
      requestId: `slack:view:${view.id}`,
    })
    .catch((err: unknown) => {
      deps.log.error("slack view submission failed", { error: errorMessage(err) });
      return { accepted: true as const, done: Promise.resolve() };
    });
  if ("errors" in answer) {
    await ack({ response_action: "errors", errors: answer.errors });
    return;
  }
  await ack();
  await answer.done.catch((err) =>
    deps.log.error("slack view submission failed", { error: errorMessage(err) }),
  );
}
