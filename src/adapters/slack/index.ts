import { App, HTTPReceiver } from "@slack/bolt";
import type { Logger } from "../../core/log.js";
import type { HttpHandler } from "../../http/server.js";
import type {
  ChatAdapter,
  ChatCapabilities,
  ChatInbound,
  ChatMessage,
  DirectoryUser,
  FileUpload,
  MessageRef,
} from "../../ports/chat.js";
import { boltLogger } from "./bolt-logger.js";
import { SlackDirectory } from "./directory.js";
import { guardSlackRequest } from "./http-guard.js";
import { registerListeners } from "./inbound.js";
import { realSleep, SlackPoster, type Sleep } from "./poster.js";
import { renderSlackMessage } from "./render.js";
import { createSlackRoom, pinSlackMessage, uploadSlackFiles } from "./rooms-files.js";
import { UserGroups } from "./user-groups.js";

export interface SlackAdapterConfig {
  botToken: string;
  /** HTTP mode: requests on `/slack/events` are checked against it (5-minute replay window). */
  signingSecret?: string;
  /** Socket Mode (no public URL) when set. */
  appToken?: string;
  /** Base URL of the Web API (SLACK_API_URL), e.g. a local stand-in. */
  apiUrl?: string;
  log: Logger;
  /** Minimum gap between two posts to one channel; default 1000 ms. */
  minPostIntervalMs?: number;
  sleep?: Sleep;
}

/** How long one auth.test answer stands for `/healthz`. */
const HEALTH_CACHE_MS = 30_000;

/** Slack over Bolt: HTTP (`POST /slack/events`) or Socket Mode; posts paced, escaped and within limits. */
export class SlackAdapter implements ChatAdapter {
  readonly name = "slack";
  readonly capabilities: ChatCapabilities = {
    threads: true,
    buttons: true,
    ephemeral: true,
    userSelect: true,
    files: true,
    directMessages: true,
    createChannels: true,
    maxTextChars: 3000,
  };
  private readonly app: InstanceType<typeof App>;
  private readonly receiver: InstanceType<typeof HTTPReceiver> | null;
  private readonly poster: SlackPoster;
  private readonly groups: UserGroups;
  private readonly directory: SlackDirectory;
  private started = false;
  private authCheck: { atMs: number; ok: Promise<boolean> } | null = null;

  constructor(private readonly config: SlackAdapterConfig) {
    const apiUrl = config.apiUrl ? config.apiUrl.replace(/\/?$/, "/") : undefined;
    const clientOptions = {
      ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    };
    const logger = boltLogger(config.log.child({ component: "slack" }));
    if (config.appToken) {
      this.receiver = null;
      this.app = new App({
        token: config.botToken,
        appToken: config.appToken,
        socketMode: true,
        clientOptions,
        logger,
        deferInitialization: true,
      });
    } else {
      if (!config.signingSecret) throw new Error("SLACK_SIGNING_SECRET is needed for Slack over HTTP");
      this.receiver = new HTTPReceiver({
        signingSecret: config.signingSecret,
        endpoints: ["/slack/events"],
        logger,
      });
      this.app = new App({
        token: config.botToken,
        receiver: this.receiver,
        clientOptions,
        logger,
        deferInitialization: true,
      });
    }
    this.app.error(async (err) => {
      config.log.error("slack listener failed", { error: err.message });
    });
    this.poster = new SlackPoster({
      client: this.app.client,
      log: config.log,
      minPostIntervalMs: config.minPostIntervalMs ?? 1000,
      maxRateLimitWaits: 3,
      sleep: config.sleep ?? realSleep,
    });
    this.groups = new UserGroups(this.app.client, config.log);
    this.directory = new SlackDirectory(this.app.client, config.log);
  }

  /** The HTTP routes this adapter serves: `POST /slack/events` in HTTP mode, none in Socket Mode. */
  routes(): Record<string, HttpHandler> {
    const r = this.receiver;
    if (!r) return {};
    return { "POST /slack/events": guardSlackRequest((req, res) => r.requestListener(req, res)) };
  }

  /**
   * Checks the token (auth.test) and starts listening. Initialisation is deferred to here so that an
   * unreachable Slack or a bad token fails `start` with its reason instead of an unhandled rejection.
   */
  async start(inbound: ChatInbound): Promise<void> {
    await this.app.init();
    registerListeners(this.app, inbound, {
      groups: this.groups,
      log: this.config.log,
      post: (channel, msg, thread) => this.post(channel, msg, thread ? { thread } : {}),
    });
    if (this.config.appToken) await this.app.start();
    this.started = true;
  }

  async post(
    channel: string,
    msg: ChatMessage,
    options: { thread?: MessageRef; idempotencyKey?: string; maybePostedSince?: number } = {},
  ): Promise<MessageRef> {
    const { text, blocks } = renderSlackMessage(msg);
    return this.poster.post({
      channel,
      text,
      blocks,
      ...(options.thread ? { threadTs: options.thread.ts } : {}),
      ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
      ...(options.maybePostedSince !== undefined ? { maybePostedSince: options.maybePostedSince } : {}),
    });
  }

  async update(ref: MessageRef, msg: ChatMessage): Promise<void> {
    const { text, blocks } = renderSlackMessage(msg);
    await this.app.client.chat.update({ channel: ref.channel, ts: ref.ts, text, blocks: blocks as never });
  }

  async dm(userId: string, msg: ChatMessage): Promise<MessageRef> {
    const open = await this.app.client.conversations.open({ users: userId });
    const channel = open.channel?.id;
    if (!channel) throw new Error(`Slack did not open a DM with ${userId}`);
    return this.post(channel, msg);
  }

  /** Uploads files (files upload v2) and shares them in one message with `comment`. */
  async upload(
    channel: string,
    files: FileUpload[],
    comment: string,
    options: { thread?: MessageRef } = {},
  ): Promise<void> {
    await uploadSlackFiles(this.app.client, channel, files, comment, options.thread?.ts);
  }

  /** Pins a message in its channel (pins.add); an already pinned message is fine. */
  async pin(ref: MessageRef): Promise<void> {
    await pinSlackMessage(this.app.client, ref);
  }

  /**
   * Creates a channel (conversations.create; private unless `private: false`, which needs groups:write)
   * and invites the users; returns its id.
   */
  async createRoom(
    name: string,
    inviteUserIds: string[],
    options: { private?: boolean } = {},
  ): Promise<string> {
    return createSlackRoom(this.app.client, name, inviteUserIds, options.private ?? true);
  }

  /** People by handle, display or real name, from users.list (cached five minutes). */
  async findUsers(name: string): Promise<DirectoryUser[]> {
    return this.directory.find(name);
  }

  /** Started, and Slack's auth.test answered ok: asked at most once per 30 s, the answer cached between. */
  async healthy(): Promise<boolean> {
    if (!this.started) return false;
    const now = Date.now();
    if (!this.authCheck || now - this.authCheck.atMs >= HEALTH_CACHE_MS) {
      const ok = this.app.client.auth.test().then(
        (r) => r.ok === true,
        () => false,
      );
      this.authCheck = { atMs: now, ok };
    }
    return this.authCheck.ok;
  }

  async stop(): Promise<void> {
    if (this.config.appToken && this.started) await this.app.stop();
    this.started = false;
  }
}

/** Builds the Slack adapter from its settings. */
export function createSlackAdapter(config: SlackAdapterConfig): SlackAdapter {
  return new SlackAdapter(config);
}
