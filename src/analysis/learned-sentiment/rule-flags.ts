import type { SentimentSignals } from "../sentiment/score.js";

const bin = (x: number) => Math.min(3, Math.round(x));

/**
 * What the rules found (src/analysis/sentiment), as flag features of the learned model: their label,
 * how much positive and negative lexicon (0–3), the sign of the phrase patterns and emoji, sarcasm,
 * a question, the problem-topic lean, and the insult lists' verdict. The model learns how far to trust
 * each, per language, from the labelled data.
 */
export function ruleFlags(s: SentimentSignals, insult: boolean): string[] {
  const flags = [`r:label:${s.label}`, `r:pos:${bin(s.lexPos)}`, `r:neg:${bin(Math.abs(s.lexNeg))}`];
  if (s.phrases) flags.push(s.phrases > 0 ? "r:phrase+" : "r:phrase-");
  if (s.emoji) flags.push(s.emoji > 0 ? "r:emoji+" : "r:emoji-");
  if (s.sarcastic) flags.push("r:sarcasm");
  if (s.question) flags.push("r:question");
  if (s.lean < 0) flags.push("r:lean");
  if (insult) flags.push("r:insult");
  return flags;
}
