import { errorMessage, UserError } from "../core/errors.js";
import type { ChatAdapter, DirectoryUser } from "../ports/chat.js";
import { userMention } from "./args.js";

/** A typed name: letters, digits, `.`, `_`, `-` (Slack handles, Discord usernames), at most 80. */
const NAME = /^@?([\p{L}\p{N}._-]{1,80})$/u;
/** Names shown when a typed name matches several people. */
const SHOWN = 5;

/**
 * Reads the person a command names and returns their chat id: a platform mention (`<@U123|bob>`,
 * `<@U123>`, `<@!123>`) as it is, or `@bob` / `bob` looked up in the chat's directory (an old Slack
 * manifest sends names unescaped). Unknown or ambiguous names are a UserError naming what was typed, so
 * nothing is changed. Without a directory (the terminal) the name is the id.
 */
export async function resolvePerson(
  chat: ChatAdapter | null,
  arg: string | undefined,
  usage: string,
  channel: string,
): Promise<string> {
  const id = userMention(arg);
  if (id) return id;
  const name = NAME.exec(arg ?? "")?.[1];
  if (!name) throw new UserError("bad_usage", `Which person? Usage: /orm ${usage}`);
  if (!chat?.findUsers) return name;
  const typed = `"${(arg ?? "").slice(0, 80)}"`;
  let found: DirectoryUser[];
  try {
    found = await chat.findUsers(name, { channel });
  } catch (err) {
    // A directory the bot may not read (an old install without users:read, a rate limit): say so.
    throw new UserError(
      "directory_unavailable",
      `I couldn't look up ${typed} just now (${errorMessage(err).slice(0, 120)}). Nothing was changed. Pick them as @someone.`,
    );
  }
  if (found.length === 1) return found[0]!.id;
  if (!found.length)
    throw new UserError(
      "unknown_user",
      `I can't find ${typed} here. Nothing was changed. Pick them as @someone.`,
    );
  const names = found
    .slice(0, SHOWN)
    .map((u) => `@${u.name}`)
    .join(", ");
  throw new UserError(
    "ambiguous_user",
    `${typed} could be ${found.length} people (${names}${found.length > SHOWN ? ", …" : ""}). Nothing was changed. Pick one as @someone.`,
  );
}
