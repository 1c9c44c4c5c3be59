import type { Logger } from "../../core/log.js";
import { isLegacyLock, legacyTargets } from "../legacy-kv.js";
import type { RedisConnection, Reply } from "./connection.js";
import type { RedisDocumentRepo } from "./doc-repo.js";
import type { RedisMarkRepo } from "./lease-repos.js";

/** The layout version of the store's keys; absent before the typed repositories (the `kv` keys). */
export const STORE_FORMAT = "2";
const BATCH = 200;

/** What one run of the migration did. */
export interface LegacyMigration {
  moved: number;
  dropped: number;
}

/** One old entry: namespace, key, JSON text, and the ms it had left (null: no expiry). */
interface OldEntry {
  ns: string;
  key: string;
  json: string;
  ttlMs: number | null;
}

/** The old namespaces present: one `kvi:<ns>` set each listed its keys. */
async function legacyNamespaces(conn: RedisConnection): Promise<string[]> {
  const head = conn.key("kvi", "");
  const pattern = `${head.replace(/[*?[\]\\]/g, "\\$&")}*`;
  const out: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = (await conn.cmd(["SCAN", cursor, "MATCH", pattern, "COUNT", 1_000])) as [
      string,
      string[],
    ];
    cursor = next;
    out.push(...keys.map((k) => k.slice(head.length)));
  } while (cursor !== "0");
  return out;
}

/** The live entries of one old namespace, `BATCH` keys per round trip. */
async function* oldEntries(conn: RedisConnection, ns: string): AsyncGenerator<OldEntry[]> {
  const keys = (await conn.cmd(["SMEMBERS", conn.key("kvi", ns)])) as string[];
  for (let i = 0; i < keys.length; i += BATCH) {
    const part = keys.slice(i, i + BATCH);
    const cmds = part.flatMap((k) => [
      ["GET", conn.key("kv", ns.length, ns, k)],
      ["PTTL", conn.key("kv", ns.length, ns, k)],
    ]);
    const replies = (await conn.multi(cmds)) as Reply[];
    const batch: OldEntry[] = [];
    part.forEach((key, j) => {
      const json = replies[2 * j];
      const pttl = Number(replies[2 * j + 1]);
      if (typeof json === "string") batch.push({ ns, key, json, ttlMs: pttl > 0 ? pttl : null });
    });
    yield batch;
  }
}

/**
 * Moves the entries of the old generic key-value layout (`kv:<len>:<ns>:<key>` values listed in
 * `kvi:<ns>` sets) into documents, marks and sequences, keeping each entry's remaining ttl, then deletes
 * them; locks and unknown namespaces are dropped. Runs once per key prefix (`store-format` records it);
 * writes are put-if-absent, so replicas starting together may both run it and lose nothing.
 */
export async function migrateLegacyKv(
  conn: RedisConnection,
  docs: RedisDocumentRepo,
  marks: RedisMarkRepo,
  log: Logger,
): Promise<LegacyMigration> {
  const done = { moved: 0, dropped: 0 };
  const formatKey = conn.key("store-format");
  if ((await conn.cmd(["GET", formatKey])) === STORE_FORMAT) return done;
  for (const ns of await legacyNamespaces(conn)) {
    let dropped = 0;
    for await (const batch of oldEntries(conn, ns)) {
      for (const e of batch) {
        if (await moveEntry(docs, marks, e)) done.moved++;
        else dropped++;
      }
      await conn.multi(batch.map((e) => ["DEL", conn.key("kv", ns.length, ns, e.key)]));
    }
    await conn.cmd(["DEL", conn.key("kvi", ns)]);
    done.dropped += dropped;
    if (dropped && !isLegacyLock(ns))
      log.warn("old store entries dropped", { namespace: ns, entries: dropped });
  }
  await conn.cmd(["SET", formatKey, STORE_FORMAT]);
  if (done.moved + done.dropped > 0) log.info("store upgraded to typed documents", { ...done });
  return done;
}

/** Writes one old entry where it lives now; false when it has no place (a lock, an unknown namespace, bad JSON). */
async function moveEntry(docs: RedisDocumentRepo, marks: RedisMarkRepo, e: OldEntry): Promise<boolean> {
  let value: unknown;
  try {
    value = JSON.parse(e.json);
  } catch {
    return false;
  }
  const targets = legacyTargets(e.ns, e.key, value);
  const ttl = e.ttlMs === null ? {} : { ttlMs: e.ttlMs };
  for (const t of targets) {
    if (t.kind === "sequence") await docs.raiseSequence(t.name, t.atLeast);
    else if (t.kind === "mark") await marks.add(t.scope, t.key, e.ttlMs ?? undefined);
    else {
      const index = t.index ? { index: t.index } : {};
      await docs.putIfAbsent(t.collection, { id: t.id, version: t.version, body: t.body, ...index, ...ttl });
    }
  }
  return targets.length > 0;
}
