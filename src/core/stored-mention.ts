import type { FullAnalysis } from "./analysis.js";
import type { MentionCorrection } from "./correction.js";
import type { Mention } from "./mention.js";

/** A mention as kept in the store: the mention, when it was first seen, its analysis and dedupe keys. */
export interface StoredMention extends Mention {
  /** Epoch ms when this process first stored it. */
  seenAt: number;
  /** Epoch ms the KPIs bucket it under: publishedAt, or seenAt where unknown. */
  at: number;
  analysis: FullAnalysis;
  /** Normalised author key (`source:author`), or null when anonymous. */
  authorKey: string | null;
  /** Keys that identify this mention for dedupe: id, canonical URL, text fingerprint. */
  dedupeKeys: string[];
  /** Case number opened for it, if any. */
  caseId: number | null;
  /** The team's latest correction of its analysis (`/orm label`); absent until someone corrects it. */
  correction?: MentionCorrection | null;
}

/** Outcome of storing one mention. */
export type InsertOutcome =
  | { status: "accepted"; id: string }
  | { status: "duplicate"; id: string; duplicateOf: string; key: string };
