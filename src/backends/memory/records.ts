import type { AuthorMentionRecord, AuthorProfile, CounterIncrement } from "../../ports/store.js";

// What the embedded store writes for authors and counters, built from what the repositories are given.

/** A profile after counting one more mention. */
export function countAuthorMention(p: AuthorProfile | undefined, e: AuthorMentionRecord): AuthorProfile {
  const cur = p ?? newAuthor(e.key, e.name, e.at);
  return {
    ...cur,
    name: e.name,
    mentions: cur.mentions + 1,
    negative: cur.negative + (e.sentiment === "negative" ? 1 : 0),
    positive: cur.positive + (e.sentiment === "positive" ? 1 : 0),
    firstSeen: Math.min(cur.firstSeen, e.at),
    lastSeen: Math.max(cur.lastSeen, e.at),
  };
}

/** A profile with no mention counted yet. */
export function newAuthor(key: string, name: string, at: number): AuthorProfile {
  return { key, name, mentions: 0, negative: 0, positive: 0, firstSeen: at, lastSeen: at, watched: false };
}

/**
 * Increments of one write with the same series, hour and field added up (a batch of mentions mostly
 * shares its hour, source and language): the same counts in a fraction of the journal's bytes.
 */
export function summed(incs: readonly CounterIncrement[]): CounterIncrement[] {
  const byKey = new Map<string, CounterIncrement>();
  for (const inc of incs) {
    const key = `${inc.series}\u0000${inc.hourMs}\u0000${inc.field}`;
    const seen = byKey.get(key);
    if (seen) seen.by += inc.by;
    else byKey.set(key, { ...inc });
  }
  return [...byKey.values()];
}
