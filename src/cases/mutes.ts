import { z } from "zod";
import type { StoredMention } from "../core/stored-mention.js";
import type { Clock } from "../ports/clock.js";
import type { DocumentRepo } from "../ports/store.js";
import { Collection, type CollectionSpec } from "../state/collection.js";

/** A mute: alerts of its source or author stay quiet until `until` (epoch ms); the document expires then. */
export interface Mute {
  until: number;
}

/** Mutes, by `source:<id>` or `author:<source:handle>` (lower-cased). */
export const MUTES: CollectionSpec<Mute> = {
  name: "mute",
  version: 1,
  schema: z.object({ until: z.number() }),
};

/** What a mute covers. */
export type MuteTarget = { kind: "source"; id: string } | { kind: "author"; key: string };

function keyOf(t: MuteTarget): string {
  return t.kind === "source" ? `source:${t.id}` : `author:${t.key.toLowerCase()}`;
}

/** Mutes of sources and authors: their mentions are stored and counted but not alerted, until the mute ends. */
export class MuteService {
  private readonly mutes: Collection<Mute>;

  constructor(
    docs: DocumentRepo,
    private readonly clock: Clock,
  ) {
    this.mutes = new Collection(docs, MUTES);
  }

  /** Mutes a target for `durationMs` from now; returns when the mute ends (epoch ms). */
  async mute(t: MuteTarget, durationMs: number): Promise<number> {
    const until = this.clock.now() + durationMs;
    await this.mutes.put(keyOf(t), { until }, { ttlMs: durationMs });
    return until;
  }

  /** Lifts a mute. */
  async unmute(t: MuteTarget): Promise<void> {
    await this.mutes.delete(keyOf(t));
  }

  /** When the target's mute ends (epoch ms), or null when it isn't muted now. */
  async mutedUntil(t: MuteTarget): Promise<number | null> {
    const m = await this.mutes.get(keyOf(t));
    return m && m.until > this.clock.now() ? m.until : null;
  }

  /** True when the mention's source or author is muted now (one read for both). */
  async isMuted(m: StoredMention): Promise<boolean> {
    const keys = [`source:${m.source}`, ...(m.authorKey ? [`author:${m.authorKey.toLowerCase()}`] : [])];
    const now = this.clock.now();
    return (await this.mutes.getMany(keys)).some((x) => x !== null && x.until > now);
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
