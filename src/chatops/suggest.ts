import { editDistance } from "../config/nearest.js";

/** Words longer than this get no suggestion (no command is that long; keeps the work bounded). */
const MAX_WORD = 40;

/**
 * The names closest to a mistyped word, best first, at most `max`: a typo (up to a third of the
 * word's length in edits, at least 1, at most 3) or a name the word begins (`cla` → `claim`).
 */
export function nearestNames(word: string, names: Iterable<string>, max = 3): string[] {
  const w = word.toLowerCase();
  if (!w || w.length > MAX_WORD) return [];
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  const scored: Array<{ name: string; d: number }> = [];
  for (const name of names) {
    const d = editDistance(w, name.toLowerCase());
    if (d <= limit) scored.push({ name, d });
    else if (w.length >= 2 && name.toLowerCase().startsWith(w)) scored.push({ name, d: limit + 1 });
  }
  return scored
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((s) => s.name);
}

/** ` Did you mean /orm claim or /orm clear?` for the suggestions, or "" when there are none. */
export function didYouMeanCommand(suggestions: readonly string[], prefix: string): string {
  if (suggestions.length === 0) return "";
  const list = suggestions.map((s) => `/orm ${prefix}${s}`);
  const last = list.pop()!;
  return ` Did you mean ${list.length ? `${list.join(", ")} or ${last}` : last}?`;
}
