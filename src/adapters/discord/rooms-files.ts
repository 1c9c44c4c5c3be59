import type { REST } from "discord.js";
import { ChannelType, Routes } from "discord.js";
import type { FileUpload, MessageRef } from "../../ports/chat.js";
import { DISCORD_LIMITS, escapeDiscord } from "./render.js";

/** Discord takes at most 10 attachments per message. */
export const ATTACHMENTS_PER_MESSAGE = 10;
const THREAD_NAME_MAX = 100;
const DESCRIPTION_MAX = 1024;
/** A week: the longest auto-archive delay every server may use. */
const ARCHIVE_AFTER_MINUTES = 10_080;

const TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  svg: "image/svg+xml",
  csv: "text/csv",
  pdf: "application/pdf",
  txt: "text/plain",
};

function contentTypeOf(filename: string): string {
  return TYPES[filename.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/**
 * Sends files as message attachments (multipart: `payload_json` plus `files[n]`), ten per message;
 * the first message carries `comment`, escaped and pinging no one. `replyTo` makes them replies.
 */
export async function uploadDiscordFiles(
  rest: REST,
  channel: string,
  files: FileUpload[],
  comment: string,
  replyTo?: MessageRef,
): Promise<void> {
  for (let i = 0; i < files.length; i += ATTACHMENTS_PER_MESSAGE) {
    const batch = files.slice(i, i + ATTACHMENTS_PER_MESSAGE);
    const body = {
      ...(i === 0 && comment ? { content: cut(escapeDiscord(comment), DISCORD_LIMITS.content) } : {}),
      allowed_mentions: { parse: [] },
      attachments: batch.map((f, n) => ({
        id: n,
        filename: f.filename,
        description: cut(f.title, DESCRIPTION_MAX),
      })),
      ...(replyTo ? { message_reference: { message_id: replyTo.ts, fail_if_not_exists: false } } : {}),
    };
    await rest.post(Routes.channelMessages(channel), {
      body,
      files: batch.map((f, n) => ({
        key: `files[${n}]`,
        name: f.filename,
        data: f.bytes,
        contentType: contentTypeOf(f.filename),
      })),
    });
  }
}

/**
 * Opens a thread named `name` under `parentChannel` (private: only its members and moderators see it;
 * members can't invite others) and adds each user to it; returns the thread's id (a channel id the
 * bot posts to like any other).
 */
export async function createDiscordThread(
  rest: REST,
  parentChannel: string,
  name: string,
  inviteUserIds: string[],
  isPrivate = true,
): Promise<string> {
  const thread = (await rest.post(Routes.threads(parentChannel), {
    body: {
      name: cut(name.trim() || "ORM room", THREAD_NAME_MAX),
      type: isPrivate ? ChannelType.PrivateThread : ChannelType.PublicThread,
      ...(isPrivate ? { invitable: false } : {}),
      auto_archive_duration: ARCHIVE_AFTER_MINUTES,
    },
  })) as { id: string };
  for (const user of new Set(inviteUserIds)) await rest.put(Routes.threadMembers(thread.id, user));
  return thread.id;
}

/** Pins a message in its channel (PUT /channels/{id}/messages/pins/{message id}). */
export async function pinDiscordMessage(rest: REST, ref: MessageRef): Promise<void> {
  await rest.put(Routes.channelMessagesPin(ref.channel, ref.ts));
}
