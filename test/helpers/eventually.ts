/** Polls `check` until it returns a value (not a timing assertion: it only bounds how long to wait). */
export async function eventually<T>(
  check: () => T | undefined | null | false,
  what: string,
  limitMs = 10_000,
): Promise<T> {
  const until = Date.now() + limitMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
