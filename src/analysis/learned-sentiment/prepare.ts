import type { BrandMatcher } from "./brand.js";
import { HANDLE, HASHTAG, type ScannedText, SYMBOL, scanText, WORD } from "./tokens.js";

/** The token every other handle becomes (the datasets have real handles in some files, `@user` in others). */
export const USER_TOKEN = "<user>";

/**
 * A text as the model reads it: scanned, the brand replaced by `<brand>` (when a matcher is given),
 * other handles as `<user>`, hashtags read as words. The same function serves training and run time.
 */
export function prepareForModel(text: string, brand?: BrandMatcher | null): ScannedText {
  let s = scanText(text);
  if (brand) s = brand.replace(s);
  // scanText and replace return fresh arrays: normalised in place
  const { kinds, tokens } = s;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] === HANDLE) {
      tokens[i] = USER_TOKEN;
      kinds[i] = SYMBOL;
    } else if (kinds[i] === HASHTAG) kinds[i] = WORD;
  }
  return { tokens, kinds, clause: s.clause, flags: s.flags };
}
