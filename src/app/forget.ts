import { MuteService } from "../cases/mutes.js";
import type { Case } from "../core/case.js";
import { UserError } from "../core/errors.js";
import type { StoredMention } from "../core/stored-mention.js";
import { AUTHOR_SERIES_PREFIX } from "../kpi/counters.js";
import type { AppDeps } from "../ports/deps.js";

/** Whom to forget: an author (a name or handle as written, or a `source:handle` key), or one mention. */
export type ForgetTarget = { author: string } | { mentionId: string };

/** What `forget` removed, by kind (the counts `orm-bot forget` prints). */
export interface ForgetReport {
  /** Mentions whose text, title, author and link were erased (the mention stays, counted, as `[erased]`). */
  mentions: number;
  authorProfiles: number;
  /** Hourly counter series kept for one author. */
  authorCounters: number;
  /** Cases whose history named the person. */
  cases: number;
  mutes: number;
}

const EARLIEST_MS = -8.64e15;
const LATEST_MS = 8.64e15;
const PAGE = 500;
export const ERASED = "[erased]";

type ForgetDeps = Pick<AppDeps, "store" | "clock">;

/**
 * Erases a person across the store: their mentions' text, title, author and link (the mention itself
 * stays, so counts, reports and cases keep adding up), their author profiles, watch and mutes, their
 * own counter series, and their name in case histories; then purges the store's files.
 */
export async function forget(deps: ForgetDeps, target: ForgetTarget): Promise<ForgetReport> {
  const { store } = deps;
  const report: ForgetReport = { mentions: 0, authorProfiles: 0, authorCounters: 0, cases: 0, mutes: 0 };
  const name = "author" in target ? target.author.trim().toLowerCase() : null;
  if (name === "") throw new UserError("bad_usage", "forget: --author needs a name");
  const matches = (m: StoredMention) =>
    name === null ? m.id === (target as { mentionId: string }).mentionId : authorMatches(m, name);
  const keys = new Set<string>(name?.includes(":") ? [name] : []);
  const caseIds = new Set<number>();
  for await (const page of store.mentions.scan(EARLIEST_MS, LATEST_MS, PAGE)) {
    const hits = page.filter(matches);
    for (const m of hits) {
      if (m.authorKey && name !== null) keys.add(m.authorKey);
      if (m.caseId !== null) caseIds.add(m.caseId);
    }
    if (hits.length) report.mentions += await store.mentions.replace(hits.map(erased));
  }
  if ("mentionId" in target && report.mentions === 0)
    throw new UserError("not_found", `forget: no mention with id "${target.mentionId}"`);
  const mutes = new MuteService(store.docs, deps.clock);
  for (const key of keys) {
    report.authorCounters += (await store.counters.deleteSeries(AUTHOR_SERIES_PREFIX + key)) > 0 ? 1 : 0;
    if (await mutes.mutedUntil({ kind: "author", key })) report.mutes++;
    await mutes.unmute({ kind: "author", key });
  }
  report.authorProfiles = await store.authors.delete([...keys]);
  if (name !== null) report.cases = await scrubCases(deps, [name, ...keys]);
  await store.purge();
  return report;
}

/** True when the mention's author is `name` (as written, any case) or its key is. */
function authorMatches(m: StoredMention, name: string): boolean {
  return m.author?.trim().toLowerCase() === name || m.authorKey === name;
}

/** The mention with nothing of the person left: what was said and by whom is gone; labels and counts stay. */
function erased(m: StoredMention): StoredMention {
  return {
    ...m,
    text: ERASED,
    title: null,
    author: null,
    url: null,
    authorKey: null,
    // The id and the text hashes keep a re-polled copy out; a link may hold the person's name.
    dedupeKeys: m.dedupeKeys.filter((k) => !k.startsWith("url:")),
    analysis: { ...m.analysis, piiSpans: [], titlePiiSpans: [], authorPiiSpans: [], urlPiiSpans: [] },
  };
}

/** Replaces the names in every case's history notes (`author juan@…` on a watch); returns the cases changed. */
async function scrubCases(deps: ForgetDeps, names: string[]): Promise<number> {
  const needles = names.map((n) => n.toLowerCase()).filter(Boolean);
  let changed = 0;
  for (const c of await deps.store.cases.openedBetween(EARLIEST_MS, LATEST_MS)) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const cur = attempt === 0 ? c : await deps.store.cases.get(c.id);
      if (!cur) break;
      const next = scrubbed(cur, needles);
      if (!next) break;
      if (await deps.store.cases.compareAndSet(next)) {
        changed++;
        break;
      }
    }
  }
  return changed;
}

function scrubbed(c: Case, needles: string[]): Case | null {
  let touched = false;
  const history = c.history.map((e) => {
    if (!e.note) return e;
    let note = e.note;
    for (const n of needles) note = replaceAllCaseless(note, n, ERASED);
    if (note === e.note) return e;
    touched = true;
    return { ...e, note };
  });
  return touched ? { ...c, history, version: c.version + 1 } : null;
}

/** `s` with every occurrence of `needle` (compared lower-cased, same length) replaced. */
function replaceAllCaseless(s: string, needle: string, by: string): string {
  const lower = s.toLowerCase();
  if (lower.length !== s.length || !lower.includes(needle)) return s;
  let out = "";
  let pos = 0;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, pos)) {
    out += s.slice(pos, i) + by;
    pos = i + needle.length;
  }
  return out + s.slice(pos);
}
