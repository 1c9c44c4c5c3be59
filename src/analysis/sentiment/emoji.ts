/** Emoji and emoticon sentiment, in lexicon units. */
export const EMOJI_SCORES = new Map<string, number>([
  ..."😀😃😄😁😊🙂😍🥰😘😻👍👏🎉🥳💯✨🙌💪🤩😎💖💕💗💓💙💚💛🧡💜🤗👌⭐🌟🙏😇❤♥"
    .split(/(?:)/u)
    .map((e) => [e, 2] as [string, number]),
  ..."😡😠🤬😤😞😢😭😩😫👎💩🤮🤢😖😣😓😔😟😕💔☹🙁😑🤦😱😰😨"
    .split(/(?:)/u)
    .map((e) => [e, -2] as [string, number]),
  ["🙄", -1.5],
  ["😒", -1.5],
  ["🤡", -2],
]);

const EMOJI_RE = /\p{Extended_Pictographic}/gu;
const EMOTICON_RE =
  /(?:^|\s)(?:[:;=8]-?[)\]D]+|[:;=]-?[pP]\b|\^_?\^|<3+|xD+|XD+|[:;=]'?-?[([]+|:-?\/(?!\/)|:\||D:)(?=\s|$|[.,!?])/g;
const NEGATIVE_EMOTICON = /[([/|]|^D:/;
/** Runs of two or more brackets after a word: the Russian-style smile `)))` or frown `(((`. */
const BRACKETS_RE = /[^\s()](\s?)(\){2,}|\({2,})/gu;

/**
 * Scores bracket smileys: `приехал))` +2, `опять(((` −2. A run that closes brackets opened before it
 * (or opens ones closed after it) is punctuation, not a face: "(see (the FAQ))" counts nothing.
 */
function bracketFaces(raw: string): { score: number; count: number } {
  let score = 0;
  let count = 0;
  for (const m of raw.matchAll(BRACKETS_RE)) {
    const run = m[2]!;
    const at = m.index! + 1 + m[1]!.length;
    if (run[0] === ")") {
      let open = 0; // brackets opened before the run and not yet closed
      for (let i = 0; i < at; i++) {
        const c = raw.charCodeAt(i);
        if (c === 40) open++;
        else if (c === 41) open--;
      }
      if (open >= run.length) continue;
      score += 2;
    } else {
      let close = 0;
      for (let i = at + run.length; i < raw.length; i++) if (raw.charCodeAt(i) === 41) close++;
      if (close >= run.length) continue;
      score -= 2;
    }
    if (++count >= 5) break;
  }
  return { score, count };
}

/** Emoji and emoticons found in a text, their summed score and the sarcasm-marker emoji seen. */
export function scanEmoji(
  raw: string,
  sarcasmEmoji: Set<string>,
): { score: number; sarcasm: boolean; count: number } {
  let score = 0;
  let sarcasm = false;
  let count = 0;
  for (const m of raw.matchAll(EMOJI_RE)) {
    const v = EMOJI_SCORES.get(m[0]);
    if (v !== undefined) score += v;
    if (sarcasmEmoji.has(m[0])) sarcasm = true;
    count++;
    if (count > 50) break;
  }
  if (raw.length < 20_000) {
    for (const m of raw.matchAll(EMOTICON_RE)) {
      const e = m[0].trim();
      score += NEGATIVE_EMOTICON.test(e) ? -2 : 2;
      count++;
    }
    const faces = bracketFaces(raw);
    score += faces.score;
    count += faces.count;
  }
  return { score, sarcasm, count };
}
