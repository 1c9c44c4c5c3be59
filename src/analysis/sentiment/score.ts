import type { SentimentLabel } from "../../core/analysis.js";
import type { PreparedText } from "../text.js";
import { scanEmoji } from "./emoji.js";
import type { SentimentModel } from "./model.js";
import { SARCASM_EMOJI } from "./patterns.js";

/** A sentiment label with its score in [-1, 1]. */
export interface SentimentResult {
  label: SentimentLabel;
  score: number;
}

/** Label thresholds on the normalised score (tuned on the tune split only). */
export const POSITIVE_AT = 0.3;
export const NEGATIVE_AT = -0.2;
const NEGATION_FACTOR = -0.6;
const NORMALISER = 6;

/** Sums the lexicon words with negation, boosters, diminishers, CAPS and contrast weighting. */
function lexiconSum(t: PreparedText, m: SentimentModel, sarcastic: boolean): number {
  const { tokens, caps, clause } = t;
  const question = t.raw.includes("?") && !t.raw.includes("!");
  const polite = question || m.request.test(t.folded);
  let lastContrast = -1;
  for (let i = 0; i < tokens.length; i++) if (m.contrast.get(tokens[i]!)) lastContrast = i;
  let sum = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    let v = m.lexicon.get(tok);
    if (v === undefined || isGreeting(tokens, i, m)) continue;
    if (polite && m.politeness.get(tok)) v *= 0.3;
    if (question && v > 0) v *= 0.5;
    for (let j = i - 1; j >= 0 && j >= i - 2 && clause[j] === clause[i]; j--) {
      const prev = tokens[j]!;
      if (m.boosters.get(prev)) v *= 1.4;
      else if (m.diminishers.get(prev)) v *= 0.6;
    }
    if (negatedAt(t, i, m)) v *= NEGATION_FACTOR;
    if (caps[i]) v *= 1.3;
    if (sarcastic && v > 0) v = -v;
    if (lastContrast >= 0) v *= i > lastContrast ? 1.5 : 0.5;
    sum += v;
  }
  return sum;
}

/** True when token `i` opens a greeting ("buenos días", "good morning"), which carries no sentiment. */
function isGreeting(tokens: string[], i: number, m: SentimentModel): boolean {
  const next = tokens[i + 1];
  return next !== undefined && m.greetings.has(`${tokens[i]} ${next}`);
}

/** True when a negator stands within the three tokens before `i` in the same clause (or ends in n't). */
function negatedAt(t: PreparedText, i: number, m: SentimentModel): boolean {
  const { tokens, clause } = t;
  for (let j = i - 1; j >= 0 && j >= i - 3 && clause[j] === clause[i]; j--) {
    const prev = tokens[j]!;
    if (m.negators.get(prev) || prev.endsWith("n't")) return true;
  }
  return false;
}

/** Sum of the complaint patterns found (each counted once), in one pass of the combined regex. */
function complaintSum(joined: string, m: SentimentModel): number {
  const re = m.complaintScan;
  re.lastIndex = 0;
  const seen: boolean[] = [];
  let sum = 0;
  for (let hit = re.exec(joined); hit !== null; hit = re.exec(joined)) {
    if (hit[0].length === 0) re.lastIndex++;
    for (let g = 1; g < hit.length; g++) {
      if (hit[g] === undefined) continue;
      if (!seen[g]) sum += m.complaints[g - 1]!.weight;
      seen[g] = true;
      break;
    }
  }
  return sum;
}

/** A statement, not a question or a request; a first-person one ("my", "mi", "мой") leans twice as hard. */
function problemLean(t: PreparedText, m: SentimentModel): number {
  if (t.raw.includes("?") || m.request.test(t.folded)) return 0;
  for (const tok of t.tokens) if (m.firstPerson.get(tok)) return PROBLEM_LEAN;
  return PROBLEM_LEAN / 2;
}

function punctuationBoost(raw: string): number {
  let bangs = 0;
  for (let i = 0; i < raw.length && bangs < 4; i++) if (raw.charCodeAt(i) === 33) bangs++;
  return 1 + bangs * 0.08;
}

/** Lean given to a statement about a problem topic that carries no positive word (not to questions). */
const PROBLEM_LEAN = -1.2;

/**
 * Scores a prepared text with one language's model: label and score in [-1, 1]. `problemTopic`: the text
 * is about shipping, a defect, billing…, which leans a statement without positive words negative.
 */
export function scoreSentiment(
  t: PreparedText,
  m: SentimentModel,
  rating?: number | null,
  problemTopic = false,
): SentimentResult {
  const emoji = scanEmoji(t.raw, SARCASM_EMOJI);
  const sarcastic = emoji.sarcasm || (m.sarcasm?.test(t.folded) ?? false);
  let sum = lexiconSum(t, m, sarcastic);
  const complaint = complaintSum(t.folded, m);
  sum += Math.max(complaint, -6) + emoji.score;
  if (sarcastic) sum -= 1.5;
  if (rating != null && rating >= 1 && rating <= 5) sum += (rating - 3) * 1.5;
  if (problemTopic && sum <= 0) sum += problemLean(t, m);
  sum *= punctuationBoost(t.raw);
  const score = Math.round((sum / Math.sqrt(sum * sum + NORMALISER)) * 1000) / 1000;
  const label: SentimentLabel =
    score >= POSITIVE_AT ? "positive" : score <= NEGATIVE_AT ? "negative" : "neutral";
  return { label, score };
}
