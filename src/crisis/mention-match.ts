import { truncate } from "../cases/alert-card.js";
import { postedAuthor, postedText } from "../core/redact.js";
import type { StoredMention } from "../core/stored-mention.js";

/** True when a mention is about the crisis: one of its topics is a driver, or its text has a driver word. */
export function matchesDrivers(m: StoredMention, drivers: readonly string[]): boolean {
  if (drivers.length === 0) return false;
  const text = `${m.title ?? ""} ${m.text}`.toLocaleLowerCase();
  return drivers.some((d) => {
    const want = d.toLocaleLowerCase().trim();
    if (!want) return false;
    if (m.analysis.topics.includes(want)) return true;
    const at = text.indexOf(want);
    if (at < 0) return false;
    // A word match: no letter right before the driver (so "fire" does not match "campfire").
    return at === 0 || !/\p{L}/u.test(text[at - 1]!);
  });
}

/** One timeline line for a mention: sentiment, source, author and the start of its (redacted) text. */
export function mentionSummary(m: StoredMention): string {
  const a = m.analysis;
  const text = truncate(postedText(m).replace(/\s+/g, " "), 120);
  return `Mention ${a.sentiment.label} (reach ${a.reachScore}) on ${m.source}${byAuthor(m)}: "${text}"`;
}

/** ` by AUTHOR` with the author redacted, or nothing for an anonymous mention. */
export function byAuthor(m: StoredMention): string {
  const author = postedAuthor(m);
  return author ? ` by ${author}` : "";
}
