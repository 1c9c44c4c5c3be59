import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DelayedJobRepo } from "../../../src/backends/memory/delayed-jobs.js";
import { EmbeddedStore } from "../../../src/backends/memory/store.js";
import { createRedisStore } from "../../../src/backends/redis/index.js";
import { FloodRepo } from "../../../src/cases/flood-repo.js";
import { MessageRefRepo } from "../../../src/cases/message-refs.js";
import { MuteService } from "../../../src/cases/mutes.js";

import { CrisisRepo } from "../../../src/crisis/crisis-repo.js";
import { RoleRepo } from "../../../src/crisis/role-repo.js";
import { PollStateRepo } from "../../../src/ingest/poll-state.js";
import { SurgeStateRepo } from "../../../src/kpi/surge-state.js";
import type { Store } from "../../../src/ports/store.js";
import { busyEvents, crisisRun } from "../../contract/crisis-repos.contract.js";
import { storedMention } from "../../contract/store.contract.js";
import { tempDir } from "../../helpers/cli.js";
import { type RedisServer, startRedisServer } from "../../helpers/redis-server.js";

/** The mutes as seen at `nowMs`. */
const mutesAt = (store: Store, nowMs: number) => new MuteService(store.docs, { now: () => nowMs });

const HOUR = 3_600_000;
const UNTIL = Date.now() + HOUR;
const BUCKET = 29_000_000;
const JOB = {
  queue: "sla.check",
  jobId: "sla-unclaimed-7",
  data: { caseId: 7 },
  attempt: 1,
  attempts: 5,
  runAt: 9,
};
const POLL = {
  etag: '"e1"',
  lastModified: null,
  lastSuccessAt: 10,
  lastItemAt: null,
  consecutiveFailures: 1,
  notBefore: null,
  lastError: "timeout",
  reported: null,
  typicalGapMs: null,
};

/** Entries as the old key-value store held them: namespace, key, value, ttl in ms (none: kept). */
const OLD: Array<[string, string, unknown, number?]> = [
  ["crisis:run", "1", crisisRun(1, busyEvents)],
  ["crisis:run", "2", crisisRun(2)],
  ["crisis:run", "4", { ...crisisRun(4), status: "closed" }],
  ["crisis:lock", "1", "holder-token", 30_000],
  ["crisis:cooldown", "auto", 123, HOUR],
  ["crisis:role", "dircom", { userId: "dan", setBy: "ana", at: 5 }],
  ["poll", "foro", POLL],
  ["poll-lock", "foro", { at: 1 }, 60_000],
  ["mute", "source:forum", UNTIL, HOUR],
  ["mute", "author:forum:bob", UNTIL, HOUR],
  ["alert:ref", "7", { channel: "C1", ts: "1700000000.000100" }],
  ["alert:thread", "7:1", 1],
  [`alert:flood:C1:${BUCKET}`, "8", 8, 24 * HOUR],
  [`alert:flood:C1:${BUCKET}`, "9", 9, 24 * HOUR],
  ["request", "req-1", 1, HOUR],
  ["sla:done", "7:unclaimed:5", 1],
  ["kpi:surge", "last:sentiment:negative", { startMs: 1, endMs: 2 }],
  ["kpi:surge", "sentiment:negative:1", 1, 14 * 24 * HOUR],
  ["digest", "C1:2026-11-20", { at: 1 }, 72 * HOUR],
  ["jobs:delayed", "sla.check:sla-unclaimed-7", JOB],
  ["something:unknown", "k", 1],
];

/** Reads everything back through the repositories, as the upgraded bot would. */
async function expectUpgraded(store: Store): Promise<void> {
  const crises = new CrisisRepo(store);
  expect(await crises.get(1)).toEqual(OLD[0]![2]);
  expect((await crises.open()).map((r) => r.id)).toEqual([2, 1]);
  expect((await crises.inRoom("CROOM")).map((r) => r.id)).toEqual([1]);
  expect((await crises.create((id) => crisisRun(id))).id).toBe(5);
  expect((await new RoleRepo(store).all()).get("dircom")).toEqual({ userId: "dan", setBy: "ana", at: 5 });
  expect(await new PollStateRepo(store).get("foro")).toEqual(POLL);
  expect(await mutesAt(store, Date.now()).mutedUntil({ kind: "source", id: "forum" })).toBe(UNTIL);
  expect(
    await mutesAt(store, Date.now()).isMuted(storedMention("m", { source: "web", authorKey: "forum:Bob" })),
  ).toBe(true);
  expect(await mutesAt(store, Date.now()).mutedUntil({ kind: "source", id: "news" })).toBeNull();
  const refs = new MessageRefRepo(store);
  expect(await refs.get(7)).toEqual({ channel: "C1", ts: "1700000000.000100" });
  expect(await refs.claimThreadPost(7, 1)).toBe(false);
  expect(await refs.claimThreadPost(7, 2)).toBe(true);
  expect(await new FloodRepo(store).caseIds({ channel: "C1", bucket: BUCKET })).toEqual([8, 9]);
  for (const [scope, key] of [
    ["request", "req-1"],
    ["sla-done", "7:unclaimed:5"],
    ["digest", "C1:2026-11-20"],
    ["crisis-cooldown", "auto"],
  ] as const)
    expect(await store.marks.add(scope, key), `${scope} ${key}`).toBe(false);
  const surges = new SurgeStateRepo(store);
  expect(await surges.lastOf("sentiment:negative")).toEqual({ startMs: 1, endMs: 2 });
  expect(await surges.claim("sentiment:negative", 1)).toBe(false);
  expect(await new DelayedJobRepo(store).all()).toEqual([["sla.check:sla-unclaimed-7", JOB]]);
  expect(await store.locks.acquire("crisis:1", 1_000)).not.toBeNull();
}

const kvSet = ([ns, k, v, ttl]: (typeof OLD)[number]) =>
  JSON.stringify({ t: "kv_set", ns, k, v, exp: ttl ? Date.now() + ttl : null });

describe("upgrading an embedded data dir written with the old key-value ops", () => {
  it("loads its crises, roles, mutes, poll state, refs and the rest, and rewrites the files in today's format", async () => {
    const dir = tempDir();
    const half = Math.floor(OLD.length / 2);
    const snapshot = [
      JSON.stringify({ t: "mention", m: storedMention("m1") }),
      ...OLD.slice(0, half).map(kvSet),
    ];
    const journal = [
      ...OLD.slice(half).map(kvSet),
      kvSet(["mute", "source:news", UNTIL, HOUR]),
      JSON.stringify({ t: "kv_del", ns: "mute", k: "source:news" }),
    ];
    writeFileSync(join(dir, "snapshot-3.jsonl"), `${snapshot.join("\n")}\n`);
    writeFileSync(join(dir, "journal-3.jsonl"), `${journal.join("\n")}\n`);

    const store = new EmbeddedStore({ dataDir: dir });
    await expectUpgraded(store);
    expect(await store.mentions.get("m1")).not.toBeNull();
    await store.close();
    const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
    expect(files.sort()).toEqual(["journal-4.jsonl", "snapshot-4.jsonl"]);
    for (const f of files) expect(readFileSync(join(dir, f), "utf8")).not.toContain('"kv_');

    const again = new EmbeddedStore({ dataDir: dir });
    expect((await new CrisisRepo(again).open()).map((r) => r.id)).toEqual([5, 2, 1]);
    expect(await new MessageRefRepo(again).claimThreadPost(7, 2)).toBe(false);
    await again.close();
  });
});

describe("upgrading a Redis holding the old kv keys", () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.dispose();
  });

  it("moves them into documents and marks once, keeping their ttl, even with two replicas starting at once", async () => {
    const client = createClient({ url: redis.url });
    await client.connect();
    const p = "up";
    for (const [ns, k, v, ttl] of OLD) {
      const key = `${p}:kv:${ns.length}:${ns}:${k}`;
      await client.set(key, JSON.stringify(v), ttl ? { PX: ttl } : {});
      await client.sAdd(`${p}:kvi:${ns}`, k);
    }
    const [a, b] = await Promise.all([0, 1].map(() => createRedisStore({ url: redis.url, keyPrefix: p })));
    await expectUpgraded(a!);
    expect((await new CrisisRepo(b!).create((id) => crisisRun(id))).id).toBe(6);
    expect(await client.keys(`${p}:kv*`)).toEqual([]);
    expect(await client.get(`${p}:store-format`)).toBe("2");
    const muteTtl = await client.pTTL(`${p}:doc:mute:source:forum`);
    expect(muteTtl).toBeGreaterThan(0);
    expect(muteTtl).toBeLessThanOrEqual(HOUR);
    expect(await client.pTTL(`${p}:doc:crisis-run:1`)).toBe(-1);
    await Promise.all([a!.close(), b!.close()]);

    // A restart finds the format recorded and migrates nothing again.
    await client.set(`${p}:kv:4:mute:source:late`, JSON.stringify(UNTIL));
    await client.sAdd(`${p}:kvi:mute`, "source:late");
    const c = await createRedisStore({ url: redis.url, keyPrefix: p });
    expect(await mutesAt(c, Date.now()).mutedUntil({ kind: "source", id: "late" })).toBeNull();
    expect((await new CrisisRepo(c).open()).map((r) => r.id)).toEqual([6, 5, 2, 1]);
    await c.close();
    await client.quit();
  });
});
