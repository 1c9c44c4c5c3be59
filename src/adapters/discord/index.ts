import { createHash } from "node:crypto";
import { Client, GatewayIntentBits, REST, Routes } from "discord.js";
import { errorMessage } from "../../core/errors.js";
import type { Logger } from "../../core/log.js";
import type {
  ChatAdapter,
  ChatCapabilities,
  ChatInbound,
  ChatMessage,
  CommandSpec,
  DirectoryUser,
  FileUpload,
  MessageRef,
  ModalSubmission,
  Responder,
} from "../../ports/chat.js";
import { answeredPrompt, CONFIRM, confirmPrompt, confirmTarget } from "./confirm.js";
import { DiscordDirectory } from "./directory.js";
import { readModalSubmit } from "./modal.js";
import { commandText, componentAction, INTERACTION, type Interaction, InteractionSchema } from "./parse.js";
import { ormCommandBody } from "./register.js";
import { DISCORD_LIMITS, renderDiscordMessage } from "./render.js";
import { CALLBACK, EPHEMERAL, InteractionResponder } from "./responder.js";
import { createDiscordThread, pinDiscordMessage, uploadDiscordFiles } from "./rooms-files.js";

export interface DiscordAdapterConfig {
  token: string;
  applicationId?: string;
  /** Registers `/orm` in this guild (instant) instead of globally. */
  guildId?: string;
  /** REST base URL (DISCORD_API_URL), e.g. a local stand-in: `http://127.0.0.1:PORT/api`. */
  apiUrl?: string;
  log: Logger;
  /** Connect to the gateway for interactions (default true); tests inject them with handleInteraction. */
  gateway?: boolean;
  /** The commands to register; default: the ones the dispatcher serves. */
  commands?: CommandSpec[];
  /** Rooms (`createRoom`) are private threads in this channel (the alert channel); none without it. */
  roomParentChannel?: string;
}

/** Discord over discord.js: `/orm` with subcommands, buttons and selects, defer-then-follow-up, no pings. */
export class DiscordAdapter implements ChatAdapter {
  readonly name = "discord";
  readonly capabilities: ChatCapabilities;
  readonly rest: REST;
  private client: Client | null = null;
  private inbound: ChatInbound | null = null;
  private readonly directory: DiscordDirectory;
  /** The server each channel belongs to, as interactions tell it (for member search). */
  private readonly guildOf = new Map<string, string>();

  constructor(private readonly config: DiscordAdapterConfig) {
    this.capabilities = {
      threads: false,
      buttons: true,
      ephemeral: true,
      userSelect: true,
      files: true,
      directMessages: true,
      createChannels: Boolean(config.roomParentChannel),
      maxTextChars: DISCORD_LIMITS.content,
    };
    this.rest = new REST({ version: "10", ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(
      config.token,
    );
    this.directory = new DiscordDirectory(this.rest);
  }

  async start(inbound: ChatInbound): Promise<void> {
    this.inbound = inbound;
    await this.registerCommands();
    if (this.config.gateway === false) return;
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: this.config.apiUrl ? { api: this.config.apiUrl } : {},
    });
    client.ws.on("INTERACTION_CREATE" as never, (raw: unknown) => {
      this.handleInteraction(raw).catch((err) =>
        this.config.log.error("discord interaction failed", { error: errorMessage(err) }),
      );
    });
    await client.login(this.config.token);
    this.client = client;
  }

  /** Registers `/orm` from the command registry, in the guild when one is configured, else globally. */
  async registerCommands(): Promise<void> {
    const app = this.config.applicationId;
    if (!app) {
      this.config.log.warn("DISCORD_APPLICATION_ID is not set: /orm is not registered");
      return;
    }
    const commands = this.config.commands ?? this.inbound?.commands() ?? [];
    const route = this.config.guildId
      ? Routes.applicationGuildCommands(app, this.config.guildId)
      : Routes.applicationCommands(app);
    await this.rest.put(route, { body: [ormCommandBody(commands)] });
  }

  /**
   * Handles one raw interaction (what the gateway delivers): defers at once (well inside Discord's 3 s),
   * then runs the command, action or submitted form and answers with follow-ups. A click that opens a
   * form is not deferred: the form must be its first answer.
   */
  async handleInteraction(raw: unknown): Promise<void> {
    const parsed = InteractionSchema.safeParse(raw);
    if (!parsed.success || !this.inbound) {
      this.config.log.warn("discord interaction rejected", { issue: parsed.error?.issues[0]?.message });
      return;
    }
    const i = parsed.data;
    const inbound = this.inbound;
    const kind =
      i.type === INTERACTION.command
        ? "command"
        : i.type === INTERACTION.component
          ? "component"
          : i.type === INTERACTION.modalSubmit
            ? "modal"
            : null;
    if (!kind) return;
    const action = kind === "component" ? componentAction(i) : null;
    const modalFirst = action !== null && (inbound.opensModal?.(action.actionId) ?? false);
    if (!modalFirst && !(await this.defer(i, kind !== "component"))) return;
    const u = i.member?.user ?? i.user;
    const user = {
      id: u?.id ?? "unknown",
      name: u?.global_name ?? u?.username ?? "someone",
      groups: i.member?.roles ?? [],
    };
    const channel = i.channel_id ?? i.channel?.id ?? "";
    if (i.guild_id && channel) this.guildOf.set(channel, i.guild_id);
    const first = modalFirst ? "none" : kind === "component" ? "answered" : "deferred-reply";
    const respond = new InteractionResponder(this.rest, i, first, (m) =>
      this.send(channel, m, i.message ? { channel, ts: i.message.id } : undefined).then(() => {}),
    );
    const requestId = `discord:${i.id}`;
    try {
      if (kind === "command")
        await inbound.onCommand({ user, channel, text: commandText(i), respond, requestId });
      else if (action) {
        const message = i.message ? { channel, ts: i.message.id } : null;
        const target = await this.confirmStep(i, action, respond);
        if (target) await inbound.onAction({ user, channel, ...target, message, respond, requestId });
      } else await this.submitModal(inbound, { user, channel, respond, requestId }, i);
      await respond.done();
    } catch (err) {
      this.config.log.error("discord interaction failed", { error: errorMessage(err) });
    }
  }

  /**
   * The confirm step of a red button (confirm.ts): asks, closes the prompt when answered, and returns the
   * action to run — null when there is nothing to run (asked, or cancelled).
   */
  private async confirmStep(
    i: Interaction,
    action: { actionId: string; value: string },
    respond: Responder,
  ): Promise<{ actionId: string; value: string } | null> {
    if (action.actionId === CONFIRM.ask) {
      const target = confirmTarget(action.value);
      const question = this.inbound?.confirmation?.(target.actionId, target.value) ?? null;
      await respond.whisper(confirmPrompt(action.value, question));
      return null;
    }
    if (action.actionId !== CONFIRM.yes && action.actionId !== CONFIRM.no) return action;
    const confirmed = action.actionId === CONFIRM.yes;
    await this.rest.patch(Routes.webhookMessage(i.application_id, i.token, "@original"), {
      body: { ...renderDiscordMessage(answeredPrompt(confirmed)), components: [] },
      auth: false,
    });
    return confirmed ? confirmTarget(action.value) : null;
  }

  /** Acknowledges an interaction (a deferred ephemeral reply, or a deferred update for a click). */
  private async defer(i: Interaction, withReply: boolean): Promise<boolean> {
    const callback = withReply
      ? { type: CALLBACK.deferredMessage, data: { flags: EPHEMERAL } }
      : { type: CALLBACK.deferredUpdate };
    try {
      await this.rest.post(Routes.interactionCallback(i.id, i.token), { body: callback, auth: false });
      return true;
    } catch (err) {
      // 40060: delivered again and already handled; 10062: too late, the token is gone. Act once, never throw.
      const code = (err as { code?: unknown }).code;
      this.config.log.warn("discord interaction could not be acknowledged", {
        ...(code !== undefined ? { code } : {}),
        error: errorMessage(err),
      });
      return false;
    }
  }

  /** A submitted form: field problems are whispered (Discord's modals show no field errors). */
  private async submitModal(
    inbound: ChatInbound,
    base: Pick<ModalSubmission, "user" | "channel" | "respond" | "requestId">,
    i: Interaction,
  ): Promise<void> {
    if (!inbound.onModalSubmit) return;
    const answer = await inbound.onModalSubmit({ ...base, ...readModalSubmit(i) });
    if ("errors" in answer) {
      const lines = Object.values(answer.errors).map((e) => `• ${e}`);
      await base.respond.whisper({
        fallback: "Not saved",
        blocks: [{ type: "section", text: [`Not saved:\n${lines.join("\n")}`] }],
      });
      return;
    }
    await answer.done;
  }

  private async send(
    channel: string,
    msg: ChatMessage,
    replyTo?: MessageRef,
    key?: string,
  ): Promise<MessageRef> {
    const body = {
      ...renderDiscordMessage(msg),
      // Discord's own idempotency: a second create with the same nonce returns the first message.
      ...(key
        ? { nonce: createHash("sha256").update(key).digest("hex").slice(0, 25), enforce_nonce: true }
        : {}),
      ...(replyTo ? { message_reference: { message_id: replyTo.ts, fail_if_not_exists: false } } : {}),
    };
    const res = (await this.rest.post(Routes.channelMessages(channel), { body })) as {
      id: string;
      channel_id?: string;
    };
    return { channel: res.channel_id ?? channel, ts: res.id };
  }

  async post(
    channel: string,
    msg: ChatMessage,
    options: { thread?: MessageRef; idempotencyKey?: string } = {},
  ): Promise<MessageRef> {
    return this.send(channel, msg, options.thread, options.idempotencyKey);
  }

  async update(ref: MessageRef, msg: ChatMessage): Promise<void> {
    await this.rest.patch(Routes.channelMessage(ref.channel, ref.ts), { body: renderDiscordMessage(msg) });
  }

  async dm(userId: string, msg: ChatMessage): Promise<MessageRef> {
    const dm = (await this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
      id: string;
    };
    return this.send(dm.id, msg);
  }

  /** Sends files as attachments, ten per message, the first with `comment`; a thread makes them replies. */
  async upload(
    channel: string,
    files: FileUpload[],
    comment: string,
    options: { thread?: MessageRef } = {},
  ): Promise<void> {
    await uploadDiscordFiles(this.rest, channel, files, comment, options.thread);
  }

  /** Pins a message in its channel. */
  async pin(ref: MessageRef): Promise<void> {
    await pinDiscordMessage(this.rest, ref);
  }

  /**
   * A thread in `roomParentChannel` with the users added, private (only they and moderators see it)
   * unless `private: false`; returns the thread's channel id.
   */
  async createRoom(
    name: string,
    inviteUserIds: string[],
    options: { private?: boolean } = {},
  ): Promise<string> {
    const parent = this.config.roomParentChannel;
    if (!parent) throw new Error("Discord rooms need a parent channel (ORM_ALERT_CHANNEL)");
    return createDiscordThread(this.rest, parent, name, inviteUserIds, options.private ?? true);
  }

  /** Members of the channel's server (or the configured guild) named `name`: username, global name or nickname. */
  async findUsers(name: string, where: { channel: string }): Promise<DirectoryUser[]> {
    const guild = this.guildOf.get(where.channel) ?? this.config.guildId;
    if (!guild) return [];
    return this.directory.find(guild, name);
  }

  async healthy(): Promise<boolean> {
    if (this.config.gateway === false) return this.inbound !== null;
    return this.client?.isReady() ?? false;
  }

  async stop(): Promise<void> {
    await this.client?.destroy();
    this.client = null;
    this.inbound = null;
  }
}

/** Builds the Discord adapter from its settings. */
export function createDiscordAdapter(config: DiscordAdapterConfig): DiscordAdapter {
  return new DiscordAdapter(config);
}
