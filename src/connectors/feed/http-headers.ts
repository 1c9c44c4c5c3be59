/** `Retry-After` (seconds or an HTTP date) as ms from `nowMs`; null when absent or unreadable. */
export function retryAfterMs(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/** `Cache-Control: max-age` in ms (`no-store`/`no-cache` → 0); null when absent. */
export function maxAgeMs(cacheControl: string | null): number | null {
  if (!cacheControl) return null;
  if (/\bno-(?:store|cache)\b/i.test(cacheControl)) return 0;
  const m = /\b(?:s-maxage|max-age)\s*=\s*"?(\d+)/i.exec(cacheControl);
  return m ? Number(m[1]) * 1000 : null;
}
