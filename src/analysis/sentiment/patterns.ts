import { rulesFor, shippedRules } from "../rules/load.js";
import type { PhrasePattern } from "./phrase.js";

/**
 * Phrase patterns matched on the joined token string (` tok tok … `, lower case, single spaces):
 * complaints that carry no negative word, and cheap sarcasm markers. Each hit adds its weight. The
 * patterns are data (data/rules/<lang>.yaml, `sentiment:`), read and validated on first use.
 */
export type { PhrasePattern };

/**
 * A record by language whose values are read from the rule files when first asked for (the analyser
 * is built at start, so a bad file stops start-up there, with its path and entry, not at import).
 */
function byLanguage<T>(pick: (lang: string) => T | undefined): Record<string, T> {
  return new Proxy({} as Record<string, T>, {
    get: (_, lang) => (typeof lang === "string" ? pick(lang) : undefined),
    has: (_, lang) => typeof lang === "string" && pick(lang) !== undefined,
    ownKeys: () => [...shippedRules().keys()].filter((l) => pick(l) !== undefined),
    getOwnPropertyDescriptor: (_, lang) =>
      typeof lang === "string" && pick(lang) !== undefined
        ? { value: pick(lang), enumerable: true, configurable: true, writable: false }
        : undefined,
  });
}

/** Complaint patterns per language (weights are sentiment units). */
export const COMPLAINTS: Record<string, PhrasePattern[]> = byLanguage((lang) => rulesFor(lang)?.complaints);

/** Sarcasm markers: when one is present, positive words count as negative. */
export const SARCASM: Record<string, RegExp> = byLanguage((lang) => rulesFor(lang)?.sarcasm ?? undefined);

/** Emoji that count as sarcasm markers when positive words are around. */
export const SARCASM_EMOJI = new Set(["🙄", "😒", "🙃", "😏", "🤡"]);
