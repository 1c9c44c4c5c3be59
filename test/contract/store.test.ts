import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { EmbeddedStore } from "../../src/backends/memory/store.js";
import { createRedisStore } from "../../src/backends/redis/store.js";
import type { Store } from "../../src/ports/store.js";
import { type RedisServer, startRedisServer } from "../helpers/redis-server.js";
import { describeCrisisReposContract } from "./crisis-repos.contract.js";
import { describeOutboxContract } from "./outbox.contract.js";
import { describePrivacyContract } from "./privacy.contract.js";
import { describeReposContract } from "./repos.contract.js";
import { describeStoreContract, type StoreContractExtras } from "./store.contract.js";
import { describePrimitivesContract } from "./store-primitives.contract.js";

/** Runs every store contract suite for one backend. */
function describeStore(
  name: string,
  factory: () => Promise<Store>,
  extras: StoreContractExtras & { files?: (store: Store) => string | null } = {},
): void {
  describeStoreContract(name, factory, extras);
  describePrivacyContract(name, factory, extras);
  describePrimitivesContract(name, factory, extras);
  describeReposContract(name, factory, extras);
  describeCrisisReposContract(name, factory, extras);
  describeOutboxContract(name, factory, extras);
}

describeStore("embedded, memory only", async () => new EmbeddedStore({ dataDir: null }));

const dirs: string[] = [];
const dirOf = new WeakMap<Store, string>();
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
describeStore(
  "embedded, with a data dir",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "orm-store-"));
    dirs.push(dir);
    const s = new EmbeddedStore({ dataDir: dir });
    dirOf.set(s, dir);
    return s;
  },
  {
    reopen: async (s) => {
      await s.close();
      const again = new EmbeddedStore({ dataDir: dirOf.get(s)! });
      dirOf.set(again, dirOf.get(s)!);
      return again;
    },
    files: (s) => dirOf.get(s) ?? null,
  },
);

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.dispose();
});
let n = 0;
const prefixOf = new WeakMap<Store, string>();
const openRedis = async (keyPrefix: string) => {
  const s = await createRedisStore({ url: redis.url, keyPrefix });
  prefixOf.set(s, keyPrefix);
  return s;
};
describeStore("redis", () => openRedis(`t${++n}`), {
  peer: (s) => openRedis(prefixOf.get(s)!),
  reopen: async (s) => {
    await s.close();
    return openRedis(prefixOf.get(s)!);
  },
});
