import type { StoredMention } from "../core/stored-mention.js";
import type { Clock } from "../ports/clock.js";
import type { KeyValueRepo } from "../ports/store.js";

/** kv namespace of mutes: `source:<id>` or `author:<source:handle>` → until (epoch ms). */
export const MUTE_NS = "mute";

/** What a mute covers. */
export type MuteTarget = { kind: "source"; id: string } | { kind: "author"; key: string };

function keyOf(t: MuteTarget): string {
  return t.kind === "source" ? `source:${t.id}` : `author:${t.key.toLowerCase()}`;
}

/** Mutes of sources and authors: their mentions are stored and counted but not alerted, until the mute ends. */
export class MuteService {
  constructor(
    private readonly kv: KeyValueRepo,
    private readonly clock: Clock,
  ) {}

  /** Mutes a target for `durationMs` from now; returns when the mute ends (epoch ms). */
  async mute(t: MuteTarget, durationMs: number): Promise<number> {
    const until = this.clock.now() + durationMs;
    await this.kv.set(MUTE_NS, keyOf(t), until, durationMs);
    return until;
  }

  /** Lifts a mute. */
  async unmute(t: MuteTarget): Promise<void> {
    await this.kv.delete(MUTE_NS, keyOf(t));
  }

  /** When the target's mute ends (epoch ms), or null when it isn't muted now. */
  async mutedUntil(t: MuteTarget): Promise<number | null> {
    const until = await this.kv.get<number>(MUTE_NS, keyOf(t));
    return until !== null && until > this.clock.now() ? until : null;
  }

  /** True when the mention's source or author is muted now. */
  async isMuted(m: StoredMention): Promise<boolean> {
    if ((await this.mutedUntil({ kind: "source", id: m.source })) !== null) return true;
    return m.authorKey !== null && (await this.mutedUntil({ kind: "author", key: m.authorKey })) !== null;
  }
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
