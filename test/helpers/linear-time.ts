import { expect } from "vitest";

/** Input sizes in characters: 10 KB, 100 KB, 1 MB. */
export const SIZES = [10 * 1024, 100 * 1024, 1024 * 1024] as const;

/** A pathological input: `unit` repeated to about `chars` characters, between an optional head and tail. */
export function repeated(unit: string, chars: number, head = "", tail = ""): string {
  return head + unit.repeat(Math.max(1, Math.floor(chars / unit.length))) + tail;
}

/**
 * The best of `runs` runs of `fn`, in ms of this process's CPU time (user + system): a busy machine
 * stretches wall-clock time but hardly the CPU time the work itself takes.
 */
function bestOf(runs: number, fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    fn();
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * Checks that `work(make(n))` grows linearly with n over 10 KB … 1 MB without wall-clock asserts (CPU time):
 * 1 MB must finish under a generous ceiling (`msPerMb`, default 4 s — a super-linear path takes minutes), and
 * past a 1-second floor ten times the input may cost at most 40 times the time (linear: 10×, quadratic:
 * 100×; the slack is for the garbage collector, which makes big strings a little super-linear).
 * A size that already blows the ceiling stops the climb, so a regression fails fast instead of hanging.
 * Returns the best-of-runs CPU times in ms, by size.
 */
export function expectLinear(
  make: (chars: number) => string,
  work: (input: string) => unknown,
  options: { msPerMb?: number } = {},
): number[] {
  const ceiling = options.msPerMb ?? 4000;
  const times: number[] = [];
  for (const size of SIZES) {
    const input = make(size);
    const ms = bestOf(size >= 1024 * 1024 ? 2 : 3, () => {
      try {
        work(input);
      } catch {
        // refusing the input (FeedError…) is a fine answer; only the time counts here
      }
    });
    times.push(ms);
    const allowed = (ceiling * size) / (1024 * 1024);
    expect(ms, `${size} chars took ${ms.toFixed(0)} ms (ceiling ${allowed.toFixed(0)} ms)`).toBeLessThan(
      Math.max(allowed, 250),
    );
  }
  const [, mid, big] = times as [number, number, number];
  expect(big, `10× the input cost ${(big / Math.max(mid, 0.01)).toFixed(0)}× the time`).toBeLessThanOrEqual(
    Math.max(1000, 40 * mid),
  );
  return times;
}
