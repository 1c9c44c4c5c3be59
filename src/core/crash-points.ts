/**
 * Named points where a crash test may kill the process (`ORM_CRASH_AT=<point>:<n>`, a test hook: ignored
 * unless set). Each sits between two writes whose order matters for exactly-once effects.
 */
export const CRASH_POINTS = [
  /** A batch of mentions and their outbox entries written, no effect applied yet. */
  "mentions-stored",
  /** A batch's author profiles counted. */
  "authors-recorded",
  /** One mention's case opened, its SLA timer and alert not queued yet. */
  "case-opened",
  /** One case's alert queued (or put in its flood group). */
  "alert-queued",
  /** A batch's KPI counters written. */
  "counters-counted",
  /** Every effect of a batch applied, its outbox entries not cleared yet. */
  "effects-applied",
  /** An alert about to be sent to the chat. */
  "before-post",
  /** An alert sent to the chat, its message reference not recorded yet. */
  "after-post",
] as const;

export type CrashPoint = (typeof CRASH_POINTS)[number];

let armed: { point: CrashPoint; left: number } | null = null;

/** Parses `<point>:<n>` (n ≥ 1); null when it names no known point. */
export function parseCrashAt(spec: string): { point: CrashPoint; n: number } | null {
  const at = spec.lastIndexOf(":");
  const point = spec.slice(0, at) as CrashPoint;
  const n = Number(spec.slice(at + 1));
  return at > 0 && CRASH_POINTS.includes(point) && Number.isInteger(n) && n >= 1 ? { point, n } : null;
}

/** Arms the hook from the config (`runtime.crashAt`); undefined disarms it. */
export function armCrashPoint(spec: string | undefined): void {
  const parsed = spec ? parseCrashAt(spec) : null;
  armed = parsed ? { point: parsed.point, left: parsed.n } : null;
}

/** Kills this process with SIGKILL (no cleanup, no flush) the n-th time the armed point is reached. */
export function crashPoint(point: CrashPoint): void {
  if (armed?.point !== point || --armed.left > 0) return;
  process.kill(process.pid, "SIGKILL");
}
