import { type REST, Routes } from "discord.js";
import { z } from "zod";
import type { DirectoryUser } from "../../ports/chat.js";

const TTL_MS = 5 * 60 * 1000;
/** Prefix matches asked for; exact ones are kept. */
const LIMIT = 25;
/** Cached answers at most (names typed in commands: few). */
const MAX_CACHED = 500;

/** The fields of a guild member the directory reads. */
const MemberSchema = z.object({
  nick: z.string().nullish(),
  user: z.object({
    id: z.string().min(1),
    username: z.string().default(""),
    global_name: z.string().nullish(),
  }),
});

/**
 * A Discord server's people by name: Search Guild Members (`GET /guilds/{id}/members/search?query=`,
 * prefix matches on username and nickname), keeping the exact matches on username, global name or
 * nickname, any case; each answer cached five minutes.
 */
export class DiscordDirectory {
  private readonly cache = new Map<string, { at: number; users: DirectoryUser[] }>();

  constructor(
    private readonly rest: REST,
    private readonly now: () => number = Date.now,
  ) {}

  async find(guildId: string, name: string): Promise<DirectoryUser[]> {
    const want = name.toLowerCase();
    const key = `${guildId}:${want}`;
    const hit = this.cache.get(key);
    if (hit && this.now() - hit.at < TTL_MS) return hit.users;
    const query = new URLSearchParams({ query: name, limit: String(LIMIT) });
    const raw = await this.rest.get(Routes.guildMembersSearch(guildId), { query });
    const users: DirectoryUser[] = [];
    for (const item of Array.isArray(raw) ? raw : []) {
      const m = MemberSchema.safeParse(item);
      if (!m.success) continue;
      const names = [m.data.user.username, m.data.user.global_name, m.data.nick];
      if (names.some((n) => n?.toLowerCase() === want) && !users.some((u) => u.id === m.data.user.id))
        users.push({ id: m.data.user.id, name: m.data.user.username });
    }
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(key, { at: this.now(), users });
    return users;
  }
}
