import type { WebClient } from "@slack/web-api";
import { errorMessage } from "../../core/errors.js";
import type { FileUpload, MessageRef } from "../../ports/chat.js";
import { escapeMrkdwn, truncatePlain } from "./mrkdwn.js";

/** Slack's channel-name rules: lower-case letters, digits, `-` and `_`, at most 80 characters. */
const NAME_MAX = 80;
/** How many numbered names `createRoom` tries when a name is taken. */
const NAME_TRIES = 5;
/** Slack caps an initial comment like a message's text. */
const COMMENT_MAX = 4000;

function slackError(err: unknown): string | undefined {
  return (err as { data?: { error?: string } }).data?.error;
}

/** Turns any room name into a valid Slack channel name (`orm-room` when nothing usable is left). */
export function channelSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, NAME_MAX)
    .replace(/[-_]+$/, "");
  return slug || "orm-room";
}

/**
 * Creates a channel named after `name` (numbered `-2`, `-3`… when the name is taken), private unless
 * `isPrivate` is false, and invites the users; returns the channel id.
 */
export async function createSlackRoom(
  client: WebClient,
  name: string,
  inviteUserIds: string[],
  isPrivate = true,
) {
  const base = channelSlug(name);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `-${n}`;
    const slug = `${base.slice(0, NAME_MAX - suffix.length)}${suffix}`;
    try {
      const res = await client.conversations.create({ name: slug, is_private: isPrivate });
      const id = res.channel?.id;
      if (!id) throw new Error(`Slack did not create channel ${slug}`);
      const users = [...new Set(inviteUserIds)];
      if (users.length) await client.conversations.invite({ channel: id, users: users.join(",") });
      return id;
    } catch (err) {
      if (slackError(err) !== "name_taken" || n >= NAME_TRIES) throw err;
    }
  }
}

/** Pins a message; a message that is already pinned counts as pinned. */
export async function pinSlackMessage(client: WebClient, ref: MessageRef): Promise<void> {
  try {
    await client.pins.add({ channel: ref.channel, timestamp: ref.ts });
  } catch (err) {
    if (slackError(err) !== "already_pinned") throw err;
  }
}

/**
 * Uploads files through Slack's upload flow (files.getUploadURLExternal, a POST of the bytes to the
 * returned URL, files.completeUploadExternal) and shares them in one message with `comment`.
 */
export async function uploadSlackFiles(
  client: WebClient,
  channel: string,
  files: FileUpload[],
  comment: string,
  threadTs?: string,
): Promise<void> {
  if (!files.length) return;
  try {
    await client.filesUploadV2({
      channel_id: channel,
      initial_comment: escapeMrkdwn(truncatePlain(comment, COMMENT_MAX)),
      ...(threadTs ? { thread_ts: threadTs } : {}),
      file_uploads: files.map((f) => ({ file: f.bytes, filename: f.filename, title: f.title })),
    });
  } catch (err) {
    const names = files.map((f) => f.filename).join(", ");
    throw new Error(`Slack upload of ${names} to ${channel} failed: ${errorMessage(err)}`, { cause: err });
  }
}
