/** A phrase pattern on the joined token string (` tok tok … `) and the sentiment units a hit adds. */
export interface PhrasePattern {
  re: RegExp;
  weight: number;
}

/** Builds a phrase pattern from a regex source (Unicode mode). */
export const p = (source: string, weight: number): PhrasePattern => ({ re: new RegExp(source, "u"), weight });
