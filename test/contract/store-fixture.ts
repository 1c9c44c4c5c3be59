import { afterEach, beforeEach } from "vitest";
import type { Store } from "../../src/ports/store.js";
import type { StoreContractExtras } from "./store.contract.js";

/** The stores one contract test uses: a fresh store before each test, every handle closed after it. */
export interface StoreFixture {
  /** The running test's store. */
  readonly store: Store;
  /** Closes the store after the test. */
  track(s: Store): Store;
  /** The store and, where the backend has them, a second handle on the same data (a replica). */
  writers(): Promise<Store[]>;
}

/** Registers the hooks of a contract suite; call inside its `describe`. */
export function useStores(factory: () => Promise<Store>, extras: StoreContractExtras): StoreFixture {
  let store: Store | null = null;
  const opened: Store[] = [];
  const track = (s: Store) => {
    opened.push(s);
    return s;
  };
  beforeEach(async () => {
    store = track(await factory());
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });
  return {
    get store() {
      if (!store) throw new Error("no store outside a test");
      return store;
    },
    track,
    writers: async () => [store!, ...(extras.peer ? [track(await extras.peer(store!))] : [])],
  };
}
