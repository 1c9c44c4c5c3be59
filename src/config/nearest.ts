/** Edit distance between two strings (insertions, deletions, substitutions and swaps of neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `value` (case-insensitive), when it is close enough to be a typo: at most a
 * third of the value's length in edits (at least 1, at most 3). Null when nothing is that close.
 */
export function nearest(value: string, candidates: Iterable<string>): string | null {
  const v = value.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(v.length / 3)));
  let best: { c: string; d: number } | null = null;
  for (const c of candidates) {
    if (c === value) return null;
    const d = editDistance(v, c.toLowerCase());
    if (d <= limit && (!best || d < best.d)) best = { c, d };
  }
  return best?.c ?? null;
}

/** ` — did you mean "x"?` when a close candidate exists, else "". */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const n = nearest(value, candidates);
  return n ? ` — did you mean "${n}"?` : "";
}
