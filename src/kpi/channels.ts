import type { ReportConfig } from "../config/sections/report.js";

/** Channels guessed from a source id when the config doesn't list it: first matching word wins. */
const GUESSES: Array<[RegExp, string]> = [
  [/review|trustpilot|yelp|app-?store|google-?play|play-?store|tripadvisor|gbp|google-business/, "reviews"],
  [/reddit|mastodon|twitter|x-com|bluesky|bsky|facebook|instagram|tiktok|threads|linkedin|social/, "social"],
  [/youtube|vimeo|video/, "video"],
  [/forum|community|discourse|hacker-?news|\bhn\b/, "forums"],
  [/news|alerts|talkwalker|press|blog|rss|web/, "web & news"],
  [/mail/, "email"],
  [/phone|call|voice/, "phone"],
  [/chat|whatsapp|telegram|messenger/, "messaging"],
];

/** A function naming the channel of a source id: config `report.channels` first, then a guess, else `other`. */
export function channelOf(config: Pick<ReportConfig, "channels">): (source: string) => string {
  const rules = Object.entries(config.channels).flatMap(([channel, ids]) =>
    ids.map((id) => ({ channel, id })),
  );
  const cache = new Map<string, string>();
  return (source) => {
    const hit = cache.get(source);
    if (hit) return hit;
    const s = source.toLowerCase();
    const rule = rules.find((r) =>
      r.id.endsWith("*") ? s.startsWith(r.id.slice(0, -1).toLowerCase()) : s === r.id.toLowerCase(),
    );
    const channel = rule?.channel ?? GUESSES.find(([re]) => re.test(s))?.[1] ?? "other";
    cache.set(source, channel);
    return channel;
  };
}
