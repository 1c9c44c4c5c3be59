import type { Case } from "../core/case.js";
import { postedText } from "../core/redact.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { RichText } from "../ports/chat.js";
import type { AppDeps } from "../ports/deps.js";
import { ago, truncate } from "./alert-card.js";
import type { CaseService } from "./service.js";
import { slaLeftMs } from "./sla.js";

/** One case's line: number, `extra` (priority, SLA), sentiment, state and owner, age, source, text. */
function caseLine(c: Case, m: StoredMention | null, nowMs: number, extra = ""): RichText {
  const text = m ? truncate(postedText(m).replace(/\s+/g, " "), 90) : "(mention missing)";
  return [
    { text: `#${c.id}`, bold: true },
    `${extra} ${m?.analysis.sentiment.label ?? "?"} · ${c.status}`,
    ...(c.owner ? [" by ", { user: c.owner }] : []),
    ` · ${ago(c.openedAt, nowMs)} · ${m?.source ?? "?"} · `,
    { text },
    "\n",
  ];
}

/** One line per case for `/orm mine`: number, sentiment, state, age, text. */
export async function caseLines(service: CaseService, cases: Case[], nowMs: number): Promise<RichText> {
  const out: RichText = [];
  for (const c of cases) out.push(...caseLine(c, await service.mentionOf(c), nowMs));
  return out;
}

/** An open case in the queue, with its mention (null when erased) and SLA time left (null: none runs). */
export interface QueueEntry {
  c: Case;
  m: StoredMention | null;
  slaLeftMs: number | null;
}

/**
 * The open cases in working order: highest priority first, then the least SLA time left (overdue
 * first; cases without a running timer after those with one), then the oldest.
 */
export async function queueEntries(
  service: CaseService,
  cases: Case[],
  sla: AppDeps["config"]["sla"],
  nowMs: number,
): Promise<QueueEntry[]> {
  const entries = await Promise.all(
    cases.map(async (c) => ({ c, m: await service.mentionOf(c), slaLeftMs: slaLeftMs(c, sla, nowMs) })),
  );
  const left = (e: QueueEntry) => e.slaLeftMs ?? Number.POSITIVE_INFINITY;
  return entries.sort(
    (a, b) =>
      (b.m?.analysis.priority ?? 0) - (a.m?.analysis.priority ?? 0) ||
      left(a) - left(b) ||
      a.c.openedAt - b.c.openedAt ||
      a.c.id - b.c.id,
  );
}

/** `SLA 12 min left`, `SLA overdue 3 min`, or "" when no timer runs. */
export function slaText(leftMs: number | null): string {
  if (leftMs === null) return "";
  const min = Math.round(Math.abs(leftMs) / 60_000);
  return leftMs >= 0 ? `SLA ${min} min left` : `SLA overdue ${min} min`;
}

/** One line per queued case: number, priority, SLA, sentiment, state and owner, age, text. */
export function queueLines(entries: QueueEntry[], nowMs: number): RichText {
  return entries.flatMap(({ c, m, slaLeftMs: left }) => {
    const sla = slaText(left);
    return caseLine(c, m, nowMs, ` · priority ${m?.analysis.priority ?? "?"}${sla ? ` · ${sla}` : ""} ·`);
  });
}
