/** A message as the Slack stand-in holds it. */
export interface StoredMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks: unknown;
  metadata?: unknown;
  /** Set by chat.update (Slack's `edited` marker). */
  edited?: { user: string; ts: string };
}

/** A message posted through a response_url: in the channel, or ephemeral (seen by `onlyFor` alone). */
export interface ResponseMessage extends StoredMessage {
  onlyFor: string | null;
}

/** Who and where a response_url answers (Slack issues one per slash command and per click). */
export interface ResponseContext {
  channel: string;
  user: string;
  /** The message a clicked button sits on (a click's response_url can replace it). */
  messageTs?: string;
}

type Answer = Record<string, unknown>;
const fail = (error: string): Answer => ({ ok: false, error });
const BOT = { user: "UBOT", bot_id: "BBOT", app_id: "A0ORMBOT", team: "T111" };

/**
 * The channels' messages in the Slack stand-in, kept as Slack keeps them: `ts` is the posting time in
 * seconds with six decimals (unique and increasing), history is newest first and honours `oldest`,
 * `latest`, `limit` and `include_all_metadata`, replies start with the thread's parent, and
 * chat.update edits the stored message (or answers `message_not_found`).
 */
export class SlackMessages {
  readonly messages: StoredMessage[] = [];
  /** Messages posted through response_urls, in order. */
  readonly responses: ResponseMessage[] = [];
  private readonly dmChannels = new Map<string, string>();
  private lastMicros = 0;

  /** A new message timestamp: now, in seconds with microseconds, never the same twice. */
  nextTs(): string {
    this.lastMicros = Math.max(this.lastMicros + 1, Date.now() * 1000);
    const s = Math.floor(this.lastMicros / 1e6);
    return `${s}.${String(this.lastMicros % 1e6).padStart(6, "0")}`;
  }

  /** The DM channel conversations.open gave for `user`, if it opened one. */
  dmChannelOf(user: string): string | undefined {
    return this.dmChannels.get(user);
  }

  /** Answers a Web API method this class knows, else `null`. */
  answer(method: string, a: Answer): Answer | null {
    switch (method) {
      case "chat.postMessage":
        return this.post(a);
      case "chat.update":
        return this.update(a);
      case "chat.postEphemeral":
        return this.ephemeral(a);
      case "conversations.open": {
        const user = String(a.users ?? "");
        if (!user) return fail("users_list_not_supplied");
        const id = this.dmChannels.get(user) ?? `D${user}`;
        this.dmChannels.set(user, id);
        return { ok: true, channel: { id } };
      }
      case "conversations.history":
        return this.history(a);
      case "conversations.replies":
        return this.replies(a);
      default:
        return null;
    }
  }

  private post(a: Answer): Answer {
    if (!a.channel) return fail("channel_not_found");
    if (!a.text && !a.blocks) return fail("no_text");
    const m: StoredMessage = {
      channel: String(a.channel),
      ts: this.nextTs(),
      text: String(a.text ?? ""),
      blocks: a.blocks,
      ...(a.thread_ts ? { thread_ts: String(a.thread_ts) } : {}),
      ...(a.metadata ? { metadata: a.metadata } : {}),
    };
    this.messages.push(m);
    return { ok: true, channel: m.channel, ts: m.ts, message: this.shape(m, true) };
  }

  /** An ephemeral message: shown to `user` in `channel` only, never stored in history. */
  private ephemeral(a: Answer): Answer {
    if (!a.channel) return fail("channel_not_found");
    if (!a.user) return fail("user_not_in_channel");
    if (!a.text && !a.blocks) return fail("no_text");
    const ts = this.nextTs();
    this.responses.push({
      channel: String(a.channel),
      ts,
      text: String(a.text ?? ""),
      blocks: a.blocks,
      onlyFor: String(a.user),
    });
    return { ok: true, message_ts: ts };
  }

  private update(a: Answer): Answer {
    const m = this.messages.find((x) => x.channel === a.channel && x.ts === a.ts);
    if (!m) return fail("message_not_found");
    m.text = String(a.text ?? "");
    if (a.blocks !== undefined) m.blocks = a.blocks;
    m.edited = { user: BOT.user, ts: this.nextTs() };
    return { ok: true, channel: m.channel, ts: m.ts, text: m.text, message: this.shape(m, false) };
  }

  /** A message as the Web API returns it; metadata only when asked for. */
  private shape(m: StoredMessage, withMetadata: boolean): Answer {
    const { channel: _channel, metadata, ...rest } = m;
    return { type: "message", ...BOT, ...rest, ...(withMetadata && metadata ? { metadata } : {}) };
  }

  private window(list: StoredMessage[], a: Answer): { messages: Answer[]; has_more: boolean } {
    const oldest = a.oldest === undefined ? -Infinity : Number(a.oldest);
    const latest = a.latest === undefined ? Infinity : Number(a.latest);
    const inWindow = list.filter((m) => Number(m.ts) > oldest && Number(m.ts) <= latest);
    const limit = Math.min(Math.max(Number(a.limit ?? 100), 1), 999);
    const withMeta = a.include_all_metadata === true || a.include_all_metadata === "true";
    return {
      messages: inWindow.slice(0, limit).map((m) => this.shape(m, withMeta)),
      has_more: inWindow.length > limit,
    };
  }

  private history(a: Answer): Answer {
    const top = this.messages.filter((m) => m.channel === a.channel && !m.thread_ts).reverse();
    return { ok: true, ...this.window(top, a) };
  }

  private replies(a: Answer): Answer {
    const parent = this.messages.find((m) => m.channel === a.channel && m.ts === a.ts);
    if (!parent) return fail("thread_not_found");
    const thread = this.messages.filter((m) => m.channel === a.channel && m.thread_ts === a.ts);
    return { ok: true, ...this.window([parent, ...thread], a) };
  }

  /** A post to a response_url: replaces the clicked message, or adds one (ephemeral by default). */
  respond(ctx: ResponseContext, a: Answer): Answer {
    if (a.replace_original === true || a.replace_original === "true") {
      return this.update({ channel: ctx.channel, ts: ctx.messageTs, text: a.text, blocks: a.blocks });
    }
    const inChannel = a.response_type === "in_channel";
    this.responses.push({
      channel: ctx.channel,
      ts: this.nextTs(),
      text: String(a.text ?? ""),
      blocks: a.blocks,
      onlyFor: inChannel ? null : ctx.user,
    });
    return { ok: true };
  }
}
