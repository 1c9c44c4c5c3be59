/** A workspace member as Slack's users.list returns one (the fields the bot may read, and a few more). */
export interface SlackMember {
  id: string;
  name: string;
  deleted?: boolean;
  is_bot?: boolean;
  real_name?: string;
  profile?: { display_name?: string; real_name?: string };
}

type Answer = Record<string, unknown>;

/**
 * users.list as Slack pages it: `limit` members a page (Slack's default when 0 or absent is every member,
 * but it may return fewer; we use 100 then), an opaque base64 `next_cursor` in `response_metadata`, empty
 * on the last page, and `invalid_cursor` for a cursor it never issued.
 */
export function usersListPage(members: readonly SlackMember[], a: Answer): Answer {
  const limit = Number(a.limit ?? 0) > 0 ? Math.min(Number(a.limit), 1000) : 100;
  let start = 0;
  if (a.cursor) {
    const decoded = /^user:(\d+)$/.exec(Buffer.from(String(a.cursor), "base64").toString("utf8"));
    if (!decoded) return { ok: false, error: "invalid_cursor" };
    start = Number(decoded[1]);
  }
  const page = members.slice(start, start + limit);
  const next = start + limit < members.length ? Buffer.from(`user:${start + limit}`).toString("base64") : "";
  return {
    ok: true,
    members: page.map((m) => ({ team_id: "T111", is_bot: false, deleted: false, ...m })),
    cache_ts: Math.floor(Date.now() / 1000),
    response_metadata: { next_cursor: next },
  };
}
