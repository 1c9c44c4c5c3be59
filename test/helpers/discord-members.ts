import { DiscordHttpError } from "./discord-messages.js";

/** A member of a server, as Discord's guild member object carries one. */
export interface GuildMember {
  guildId: string;
  user: { id: string; username: string; global_name?: string | null };
  nick?: string | null;
  roles?: string[];
}

/**
 * Search Guild Members (`GET /guilds/{id}/members/search?query=&limit=`) as Discord answers it: the
 * members of that server whose username or nickname starts with `query` (any case), at most `limit`
 * (default 1, 1–1000); a missing query or a bad limit is 400 Invalid Form Body (50035).
 */
export function searchMembers(members: readonly GuildMember[], guildId: string, q: URLSearchParams): unknown {
  const query = q.get("query");
  const limit = q.has("limit") ? Number(q.get("limit")) : 1;
  if (query === null || !Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new DiscordHttpError(400, 50035, "Invalid Form Body");
  const want = query.toLowerCase();
  return members
    .filter((m) => m.guildId === guildId)
    .filter((m) => [m.user.username, m.nick].some((n) => n?.toLowerCase().startsWith(want)))
    .slice(0, limit)
    .map((m) => ({
      user: {
        id: m.user.id,
        username: m.user.username,
        global_name: m.user.global_name ?? null,
        avatar: null,
      },
      nick: m.nick ?? null,
      roles: m.roles ?? [],
      joined_at: "2026-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
    }));
}
