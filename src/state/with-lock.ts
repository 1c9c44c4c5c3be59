import type { LockRepo } from "../ports/store.js";

/** How to hold a lock: its expiry, and how long and how often to retry while someone else holds it. */
export interface LockOptions {
  /** The lock frees itself this long after it was taken, should its holder die. */
  ttlMs: number;
  /** Give up after trying this long (0: try once). */
  waitMs?: number;
  /** Pause between tries. */
  retryMs?: number;
}

/** Thrown by `withLock` when the lock stayed taken for the whole `waitMs`. */
export class LockBusyError extends Error {
  override readonly name = "LockBusyError";
}

/**
 * Runs `fn` holding lock `key` of the store (shared by every replica); returns `{ held: false }` without
 * running it when the lock is still taken after `waitMs`. The lock is released afterwards (a no-op if it
 * expired and someone else took it).
 */
export async function tryWithLock<T>(
  locks: LockRepo,
  key: string,
  options: LockOptions,
  fn: () => Promise<T>,
): Promise<{ held: true; value: T } | { held: false }> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  let lease = await locks.acquire(key, options.ttlMs);
  while (!lease && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, options.retryMs ?? 20));
    lease = await locks.acquire(key, options.ttlMs);
  }
  if (!lease) return { held: false };
  try {
    return { held: true, value: await fn() };
  } finally {
    await locks.release(lease).catch(() => {});
  }
}

/** Runs `fn` holding lock `key`, waiting for it up to `waitMs`; a LockBusyError after that. */
export async function withLock<T>(
  locks: LockRepo,
  key: string,
  options: LockOptions,
  fn: () => Promise<T>,
): Promise<T> {
  const r = await tryWithLock(locks, key, options, fn);
  if (!r.held) throw new LockBusyError(`lock ${key} stayed taken for ${options.waitMs ?? 0} ms`);
  return r.value;
}
