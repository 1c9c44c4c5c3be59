import type { WebClient } from "@slack/web-api";
import { z } from "zod";
import type { Logger } from "../../core/log.js";
import type { DirectoryUser } from "../../ports/chat.js";

const TTL_MS = 5 * 60 * 1000;
/** Slack recommends at most 200 members per users.list page. */
const PAGE = 200;
/** A workspace larger than this many pages is cut (and logged), not read forever. */
const MAX_PAGES = 100;

/** The fields of a users.list member the directory reads; anything else is ignored. */
const MemberSchema = z.object({
  id: z.string().min(1),
  name: z.string().default(""),
  deleted: z.boolean().optional(),
  real_name: z.string().optional(),
  profile: z.object({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
});

const PageSchema = z.object({
  members: z.array(z.unknown()).default([]),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
});

interface Entry {
  id: string;
  handle: string;
  names: string[];
}

/**
 * The workspace's people by name, read with users.list (cursor pagination, 200 a page) and cached for
 * five minutes; one load at a time. A member that fails its schema is skipped, not the page.
 */
export class SlackDirectory {
  private cache: { at: number; entries: Entry[] } | null = null;
  private loading: Promise<Entry[]> | null = null;

  constructor(
    private readonly client: WebClient,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The active (not deleted) people whose handle, display name or real name is `name`, any case. */
  async find(name: string): Promise<DirectoryUser[]> {
    const want = name.toLowerCase();
    const entries = await this.entries();
    return entries
      .filter((e) => e.id.toLowerCase() === want || e.names.includes(want))
      .map((e) => ({ id: e.id, name: e.handle || e.id }));
  }

  private async entries(): Promise<Entry[]> {
    if (this.cache && this.now() - this.cache.at < TTL_MS) return this.cache.entries;
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    const entries = await this.loading;
    this.cache = { at: this.now(), entries };
    return entries;
  }

  private async load(): Promise<Entry[]> {
    const out: Entry[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = PageSchema.parse(
        await this.client.users.list({ limit: PAGE, ...(cursor ? { cursor } : {}) }),
      );
      for (const raw of res.members) {
        const m = MemberSchema.safeParse(raw);
        if (!m.success || m.data.deleted) continue;
        const names = [m.data.name, m.data.real_name, m.data.profile?.display_name, m.data.profile?.real_name]
          .filter((n): n is string => !!n)
          .map((n) => n.toLowerCase());
        out.push({ id: m.data.id, handle: m.data.name, names });
      }
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) return out;
    }
    this.log.warn("slack users.list cut", { pages: MAX_PAGES });
    return out;
  }
}
