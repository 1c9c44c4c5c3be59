import { z } from "zod";
import { Collection, type CollectionSpec } from "../core/collection.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { Store } from "../ports/store.js";

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

const mutes = (store: Store) => new Collection(store.docs, MUTES);

/** Mutes a source or an author for `durationMs`: their mentions are stored but not alerted. Returns the end (epoch ms). */
export async function mute(store: Store, t: MuteTarget, durationMs: number, nowMs: number): Promise<number> {
  const until = nowMs + durationMs;
  await mutes(store).put(keyOf(t), { until }, { ttlMs: durationMs });
  return until;
}

/** Lifts a mute. */
export async function unmute(store: Store, t: MuteTarget): Promise<void> {
  await mutes(store).delete(keyOf(t));
}

/** Until when (epoch ms) a source or author is muted; null when it is not muted now. */
export async function mutedUntil(store: Store, t: MuteTarget, nowMs: number): Promise<number | null> {
  const m = await mutes(store).get(keyOf(t));
  return m && m.until > nowMs ? m.until : null;
}

/** True when the mention's source or author is muted now (one read for both). */
export async function isMuted(store: Store, m: StoredMention, nowMs: number): Promise<boolean> {
  const keys = [`source:${m.source}`, ...(m.authorKey ? [`author:${m.authorKey.toLowerCase()}`] : [])];
  return (await mutes(store).getMany(keys)).some((x) => x !== null && x.until > nowMs);
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
