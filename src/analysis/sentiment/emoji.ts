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
  }
  return { score, sarcasm, count };
}
