/** At most `maxPerHost` requests in flight to one host; the rest wait their turn in order. */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(readonly maxPerHost = 2) {}

  /** Runs `fn` once a slot for `host` is free, and frees it afterwards. */
  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await fn();
    } finally {
      this.release(host);
    }
  }

  /** Requests now in flight to `host` (tests). */
  inFlight(host: string): number {
    return this.active.get(host) ?? 0;
  }

  private acquire(host: string): Promise<void> {
    const n = this.active.get(host) ?? 0;
    if (n < this.maxPerHost) {
      this.active.set(host, n + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const q = this.waiting.get(host) ?? [];
      q.push(resolve);
      this.waiting.set(host, q);
    });
  }

  private release(host: string): void {
    const next = this.waiting.get(host)?.shift();
    if (next) {
      next(); // the slot passes straight to the next waiter
      return;
    }
    const n = (this.active.get(host) ?? 1) - 1;
    if (n <= 0) this.active.delete(host);
    else this.active.set(host, n);
    if (this.waiting.get(host)?.length === 0) this.waiting.delete(host);
  }
}
