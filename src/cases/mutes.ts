import type { StoredMention } from "../core/stored-mention.js";
import type { KeyValueRepo } from "../ports/store.js";

/** kv namespace of mutes: `source:<id>` or `author:<source:handle>` → until (epoch ms). */
export const MUTE_NS = "mute";

/** What a mute covers. */
export type MuteTarget = { kind: "source"; id: string } | { kind: "author"; key: string };

function keyOf(t: MuteTarget): string {
  return t.kind === "source" ? `source:${t.id}` : `author:${t.key.toLowerCase()}`;
}

/** Mutes a source or an author for `durationMs`: their mentions are stored but not alerted. */
export async function mute(
  kv: KeyValueRepo,
  t: MuteTarget,
  durationMs: number,
  nowMs: number,
): Promise<number> {
  const until = nowMs + durationMs;
  await kv.set(MUTE_NS, keyOf(t), until, durationMs);
  return until;
}

/** Lifts a mute. */
export async function unmute(kv: KeyValueRepo, t: MuteTarget): Promise<void> {
  await kv.delete(MUTE_NS, keyOf(t));
}

/** True when the mention's source or author is muted now. */
export async function isMuted(kv: KeyValueRepo, m: StoredMention, nowMs: number): Promise<boolean> {
  const keys = [`source:${m.source}`, ...(m.authorKey ? [`author:${m.authorKey.toLowerCase()}`] : [])];
  for (const k of keys) {
    const until = await kv.get<number>(MUTE_NS, k);
    if (until !== null && until > nowMs) return true;
  }
  return false;
}

/** Reads a duration like `30m`, `2h`, `1d` (default `1d`) in milliseconds; null when unreadable. */
export function parseDurationMs(arg: string | undefined): number | null {
  const s = (arg ?? "1d").trim().toLowerCase();
  const m = /^(\d+(?:\.\d+)?)\s*(m|min|h|d|w)$/.exec(s);
  if (!m) return null;
  const unit = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as "m"];
  const ms = Number(m[1]) * unit;
  return ms > 0 ? ms : null;
}
