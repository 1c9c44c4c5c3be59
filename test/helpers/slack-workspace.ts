/** A file as the Slack stand-in holds it: announced, then its bytes, then shared in a channel. */
export interface StoredFile {
  id: string;
  name: string;
  /** The length announced to files.getUploadURLExternal. */
  length: number;
  bytes: Buffer | null;
  title?: string;
  channel?: string;
  threadTs?: string;
  comment?: string;
}

/** A channel created through conversations.create. */
export interface StoredChannel {
  id: string;
  name: string;
  members: string[];
  /** Created with `is_private: true` (Slack then needs groups:write). */
  isPrivate: boolean;
}

type Answer = Record<string, unknown>;

const NAME_RULE = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const fail = (error: string): Answer => ({ ok: false, error });

/**
 * The stateful part of the Slack stand-in: channels created and joined, pins, and files through the
 * upload flow (getUploadURLExternal → POST to the upload URL → completeUploadExternal), answering
 * with Slack's error codes where Slack would refuse.
 */
export class SlackWorkspace {
  readonly channels: StoredChannel[] = [];
  readonly pins: Array<{ channel: string; ts: string }> = [];
  readonly files: StoredFile[] = [];
  /** Channel ids are `CROOM1`, `CROOM2`… in creation order. */
  private roomSeq = 0;
  private fileSeq = 0;

  constructor(
    private readonly uploadBase: () => string,
    private readonly hasMessage: (channel: string, ts: string) => boolean,
  ) {}

  /** Files shared in a channel, in completion order. */
  shared(channel?: string): StoredFile[] {
    return this.files.filter((f) => f.channel && (channel === undefined || f.channel === channel));
  }

  /** Answers a Web API method this class knows, else `null`. */
  answer(method: string, a: Answer): Answer | null {
    switch (method) {
      case "conversations.create":
        return this.create(String(a.name ?? ""), a.is_private === true || a.is_private === "true");
      case "conversations.invite":
        return this.invite(String(a.channel ?? ""), String(a.users ?? ""));
      case "pins.add":
        return this.pin(String(a.channel ?? ""), String(a.timestamp ?? ""));
      case "files.getUploadURLExternal":
        return this.announce(String(a.filename ?? ""), Number(a.length));
      case "files.completeUploadExternal":
        return this.complete(a);
      default:
        return null;
    }
  }

  private create(name: string, isPrivate: boolean): Answer {
    if (!NAME_RULE.test(name)) return fail("invalid_name_specials");
    if (this.channels.some((c) => c.name === name)) return fail("name_taken");
    const channel = { id: `CROOM${++this.roomSeq}`, name, members: ["UBOT"], isPrivate };
    this.channels.push(channel);
    // New private channels get C ids too; Slack marks them is_private (and is_group, the old shape).
    return {
      ok: true,
      channel: { id: channel.id, name, is_channel: !isPrivate, is_group: isPrivate, is_private: isPrivate },
    };
  }

  private invite(id: string, users: string): Answer {
    const channel = this.channels.find((c) => c.id === id);
    if (!channel) return fail("channel_not_found");
    const ids = users.split(",").filter(Boolean);
    if (!ids.length) return fail("no_user");
    if (ids.includes("UBOT")) return fail("cant_invite_self");
    if (ids.some((u) => channel.members.includes(u))) return fail("already_in_channel");
    channel.members.push(...ids);
    return { ok: true, channel: { id, name: channel.name } };
  }

  private pin(channel: string, ts: string): Answer {
    if (!this.hasMessage(channel, ts)) return fail("message_not_found");
    if (this.pins.some((p) => p.channel === channel && p.ts === ts)) return fail("already_pinned");
    this.pins.push({ channel, ts });
    return { ok: true };
  }

  private announce(name: string, length: number): Answer {
    if (!name) return fail("invalid_arguments");
    if (!Number.isInteger(length) || length < 1) return fail("invalid_arguments");
    const id = `F${String(++this.fileSeq).padStart(8, "0")}`;
    this.files.push({ id, name, length, bytes: null });
    return { ok: true, file_id: id, upload_url: `${this.uploadBase()}/upload/${id}` };
  }

  /** Takes the bytes POSTed to an upload URL (raw or as the single file of a multipart form). */
  async receive(id: string, raw: Buffer, contentType: string | undefined): Promise<number> {
    const file = this.files.find((f) => f.id === id);
    if (!file || file.bytes) return 404;
    let bytes = raw;
    if (contentType?.startsWith("multipart/form-data")) {
      const form = await new Response(new Uint8Array(raw), {
        headers: { "content-type": contentType },
      }).formData();
      const blob = [...form.values()].find((v) => typeof v !== "string");
      if (!blob || typeof blob === "string") return 400;
      bytes = Buffer.from(await blob.arrayBuffer());
    }
    file.bytes = bytes;
    return 200;
  }

  private complete(a: Answer): Answer {
    const list = Array.isArray(a.files) ? (a.files as Array<{ id?: string; title?: string }>) : null;
    if (!list?.length) return fail("invalid_arguments");
    const files = list.map((f) => this.files.find((s) => s.id === f.id));
    for (const f of files) {
      if (!f) return fail("file_not_found");
      if (!f.bytes || f.bytes.length !== f.length) return fail("file_upload_size_mismatch");
    }
    const channel = a.channel_id ? String(a.channel_id) : undefined;
    list.forEach((entry, i) => {
      const f = files[i]!;
      f.title = entry.title ?? f.name;
      if (channel) f.channel = channel;
      if (a.thread_ts) f.threadTs = String(a.thread_ts);
      if (a.initial_comment) f.comment = String(a.initial_comment);
    });
    return { ok: true, files: files.map((f) => ({ id: f!.id, name: f!.name, title: f!.title })) };
  }
}
