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

/**
 * Sums the lexicon words with negation, boosters, diminishers, CAPS and contrast weighting; the
 * positive and negative contributions separately (`[pos, neg]`, neg ≤ 0).
 */
function lexiconSums(t: PreparedText, m: SentimentModel, sarcastic: boolean): [number, number] {
  const { tokens, caps, clause } = t;
  const question = t.raw.includes("?") && !t.raw.includes("!");
  const polite = question || m.request.test(t.folded);
  let lastContrast = -1;
  for (let i = 0; i < tokens.length; i++) if (m.contrast.get(tokens[i]!)) lastContrast = i;
  let pos = 0;
  let neg = 0;
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
    if (v > 0) pos += v;
    else neg += v;
  }
  return [pos, neg];
}

/** True when token `i` opens a greeting ("buenos días", "good morning"), which carries no sentiment. */
function isGreeting(tokens: string[], i: number, m: SentimentModel): boolean {
  const next = tokens[i + 1];
  return next !== undefined && m.greetings.has(`${tokens[i]} ${next}`);
}

/**
 * True when a negator stands within the three tokens before `i` in the same clause (or ends in n't),
 * unless it opens a fixed phrase that negates nothing ("sin duda", "not only", "не только").
 */
function negatedAt(t: PreparedText, i: number, m: SentimentModel): boolean {
  const { tokens, clause } = t;
  for (let j = i - 1; j >= 0 && j >= i - 3 && clause[j] === clause[i]; j--) {
    const prev = tokens[j]!;
    if (m.notNegating.has(`${prev} ${tokens[j + 1]}`)) continue;
    if (m.negators.get(prev) || prev.endsWith("n't")) return true;
  }
  return false;
}

/** Sum of the complaint patterns found (each counted once), one pass of each combined regex. */
function complaintSum(joined: string, m: SentimentModel): number {
  let sum = 0;
  for (const { re, first } of m.complaintScans) {
    re.lastIndex = 0;
    const seen: boolean[] = [];
    for (let hit = re.exec(joined); hit !== null; hit = re.exec(joined)) {
      if (hit[0].length === 0) re.lastIndex++;
      for (let g = 1; g < hit.length; g++) {
        if (hit[g] === undefined) continue;
        if (!seen[g]) sum += m.complaints[first + g - 1]!.weight;
        seen[g] = true;
        break;
      }
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

/** True when a word reporting the thing done ("arrived", "llegó", "доставили") stands un-negated. */
function reportsDone(t: PreparedText, m: SentimentModel): boolean {
  const { tokens } = t;
  for (let i = 0; i < tokens.length; i++) if (m.done.get(tokens[i]!) && !negatedAt(t, i, m)) return true;
  return false;
}

function punctuationBoost(raw: string): number {
  let bangs = 0;
  for (let i = 0; i < raw.length && bangs < 4; i++) if (raw.charCodeAt(i) === 33) bangs++;
  return 1 + bangs * 0.08;
}

/** Lean given to a statement about a problem topic that carries no positive word (not to questions). */
const PROBLEM_LEAN = -1.2;

/** What the rules found in a text: the parts of the sum, and the label and score they give. */
export interface SentimentSignals extends SentimentResult {
  /** Positive and negative lexicon contributions (after negation, boosters, contrast…). */
  lexPos: number;
  lexNeg: number;
  /** Complaint/praise phrase patterns (capped), emoji and emoticons. */
  phrases: number;
  emoji: number;
  sarcastic: boolean;
  /** The problem-topic lean applied (≤ 0). */
  lean: number;
  /**
   * The lean fell on a text with nothing negative in it that reports the thing done ("my order
   * arrived today", "посылку доставили"): often news, not a complaint. A learned feature only.
   */
  done: boolean;
  question: boolean;
  /** The rules' sum before normalisation. */
  sum: number;
}

/**
 * Scores a prepared text with one language's model: label and score in [-1, 1], with the parts that
 * made them. `problemTopic`: the text is about shipping, a defect, billing…, which leans a statement
 * without positive words negative.
 */
export function sentimentSignals(
  t: PreparedText,
  m: SentimentModel,
  rating?: number | null,
  problemTopic = false,
): SentimentSignals {
  const emoji = scanEmoji(t.raw, SARCASM_EMOJI);
  const sarcastic = emoji.sarcasm || (m.sarcasm?.test(t.folded) ?? false);
  const [lexPos, lexNeg] = lexiconSums(t, m, sarcastic);
  const phrases = Math.max(complaintSum(t.folded, m), -6);
  let sum = lexPos + lexNeg + phrases + emoji.score;
  if (sarcastic) sum -= 1.5;
  if (rating != null && rating >= 1 && rating <= 5) sum += (rating - 3) * 1.5;
  const lean = problemTopic && sum <= 0 ? problemLean(t, m) : 0;
  // The lean stays in the rules' own answer; the learned layer weighs it against this.
  const done = lean < 0 && sum === 0 && lexNeg === 0 && phrases === 0 && reportsDone(t, m);
  sum = (sum + lean) * punctuationBoost(t.raw);
  const score = Math.round((sum / Math.sqrt(sum * sum + NORMALISER)) * 1000) / 1000;
  const label: SentimentLabel =
    score >= POSITIVE_AT ? "positive" : score <= NEGATIVE_AT ? "negative" : "neutral";
  return {
    label,
    score,
    lexPos,
    lexNeg,
    phrases,
    emoji: emoji.score,
    sarcastic,
    lean,
    done,
    question: t.raw.includes("?"),
    sum,
  };
}

/** The rules' label and score alone. */
export function scoreSentiment(
  t: PreparedText,
  m: SentimentModel,
  rating?: number | null,
  problemTopic = false,
): SentimentResult {
  const { label, score } = sentimentSignals(t, m, rating, problemTopic);
  return { label, score };
}
