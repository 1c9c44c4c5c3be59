import type { SentimentSignals } from "../sentiment/score.js";

/** Flag names built once (the hot path allocates no strings). */
const LABEL = { negative: "r:label:negative", neutral: "r:label:neutral", positive: "r:label:positive" };
const POS = ["r:pos:0", "r:pos:1", "r:pos:2", "r:pos:3"];
const NEG = ["r:neg:0", "r:neg:1", "r:neg:2", "r:neg:3"];

const bin = (x: number) => Math.min(3, Math.round(x));

/**
 * What the rules found (src/analysis/sentiment), as flag features of the learned model: their label,
 * how much positive and negative lexicon (0–3), the sign of the phrase patterns and emoji, sarcasm,
 * a question, the problem-topic lean, and the insult lists' verdict. The model learns how far to trust
 * each, per language, from the labelled data.
 */
export function ruleFlags(s: SentimentSignals, insult: boolean): string[] {
  const pos = bin(s.lexPos);
  const neg = bin(Math.abs(s.lexNeg));
  // (a negative sum, should the rules give one, keeps its own flag, as in training)
  const flags = [LABEL[s.label], POS[pos] ?? `r:pos:${pos}`, NEG[neg] ?? `r:neg:${neg}`];
  if (s.phrases) flags.push(s.phrases > 0 ? "r:phrase+" : "r:phrase-");
  if (s.emoji) flags.push(s.emoji > 0 ? "r:emoji+" : "r:emoji-");
  if (s.sarcastic) flags.push("r:sarcasm");
  if (s.question) flags.push("r:question");
  if (s.lean < 0) flags.push("r:lean");
  if (insult) flags.push("r:insult");
  return flags;
}
