/** A file sent as a message attachment (multipart `files[n]`). */
export interface DiscordFile {
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** An error answer in Discord's shape: HTTP status plus `{ code, message }` (JSON error codes). */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** A message as the Discord stand-in holds it (the API's message object, plus who may see it). */
export interface DiscordMessage {
  id: string;
  channel_id: string;
  type: number;
  content: string;
  components: unknown[];
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string; channel_id?: string };
  attachments: Array<{ id: string; filename: string; size: number; description?: string }>;
  flags: number;
  author: { id: string; username: string; bot: boolean };
  timestamp: string;
  edited_timestamp: string | null;
  nonce?: string;
  /** An ephemeral message: only this user sees it. */
  onlyFor: string | null;
  /** The attachments' bytes (not part of Discord's JSON). */
  files: DiscordFile[];
}

const BOT = { id: "100000000000000001", username: "orm-bot", bot: true };
const CONTENT_MAX = 2000;
/** Discord's flag for a message only its interaction's user sees. */
export const EPHEMERAL = 64;

/**
 * Messages in the Discord stand-in: created (with `enforce_nonce` returning the first message of a
 * nonce), edited (404 10008 for a message it doesn't know), DM channels, and Discord's refusals of
 * empty or over-long messages (50006, 50035).
 */
export class DiscordMessages {
  readonly all: DiscordMessage[] = [];
  private readonly nonces = new Map<string, DiscordMessage>();
  private readonly dms = new Map<string, string>();

  constructor(private readonly nextId: () => string) {}

  /** The DM channel opened for `user`, if one was. */
  dmChannelOf(user: string): string | undefined {
    return this.dms.get(user);
  }

  /** POST /users/@me/channels: the DM channel with `user` (the same one every time). */
  openDm(user: string): Record<string, unknown> {
    const id = this.dms.get(user) ?? `9${user}`;
    this.dms.set(user, id);
    return { id, type: 1, recipients: [{ id: user, username: `user${user.slice(-3)}` }] };
  }

  /** The message `id` in `channel`, if it exists. */
  find(channel: string, id: string): DiscordMessage | undefined {
    return this.all.find((m) => m.channel_id === channel && m.id === id);
  }

  /** POST /channels/{id}/messages (or an interaction's message): creates one, or returns the nonce's. */
  create(
    channel: string,
    body: Record<string, unknown>,
    files: DiscordFile[],
    onlyFor: string | null = null,
  ): DiscordMessage {
    const nonce = body.enforce_nonce ? String(body.nonce) : null;
    const earlier = nonce ? this.nonces.get(nonce) : undefined;
    if (earlier) return earlier;
    const content = String(body.content ?? "");
    const components = (body.components as unknown[] | undefined) ?? [];
    if (!content && !components.length && !files.length)
      throw new DiscordHttpError(400, 50006, "Cannot send an empty message");
    if (content.length > CONTENT_MAX) throw new DiscordHttpError(400, 50035, "Invalid Form Body");
    const described = (body.attachments as Array<{ description?: string }> | undefined) ?? [];
    const m: DiscordMessage = {
      id: this.nextId(),
      channel_id: channel,
      type: body.message_reference ? 19 : 0,
      content,
      components,
      ...(body.allowed_mentions ? { allowed_mentions: body.allowed_mentions as never } : {}),
      ...(body.message_reference ? { message_reference: body.message_reference as never } : {}),
      attachments: files.map((f, n) => ({
        id: String(n),
        filename: f.name,
        size: f.bytes.length,
        ...(described[n]?.description ? { description: described[n].description } : {}),
      })),
      flags: Number(body.flags ?? 0),
      author: BOT,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      ...(body.nonce !== undefined ? { nonce: String(body.nonce) } : {}),
      onlyFor,
      files,
    };
    if (nonce) this.nonces.set(nonce, m);
    this.all.push(m);
    return m;
  }

  /** PATCH /channels/{id}/messages/{id}: edits a message it knows. */
  edit(channel: string, id: string, body: Record<string, unknown>): DiscordMessage {
    const m = this.find(channel, id);
    if (!m) throw new DiscordHttpError(404, 10008, "Unknown Message");
    if (body.content !== undefined) m.content = String(body.content);
    if (body.components !== undefined) m.components = body.components as unknown[];
    if (body.allowed_mentions !== undefined) m.allowed_mentions = body.allowed_mentions as never;
    m.edited_timestamp = new Date().toISOString();
    return m;
  }

  /** The message object as Discord's API returns it. */
  static json(m: DiscordMessage): Record<string, unknown> {
    const { onlyFor: _onlyFor, files: _files, ...api } = m;
    return api;
  }
}
