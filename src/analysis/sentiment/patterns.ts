import { COMPLAINTS_ES, SARCASM_ES } from "./patterns-es.js";
import { COMPLAINTS_RU, SARCASM_RU } from "./patterns-ru.js";
import { type PhrasePattern, p } from "./phrase.js";

/**
 * Phrase patterns matched on the joined token string (` tok tok … `, lower case, single spaces):
 * complaints that carry no negative word, and cheap sarcasm markers. Each hit adds its weight.
 */
export type { PhrasePattern };

const EN_AUX =
  "(?:hasn't|hasnt|haven't|havent|has not|have not|didn't|didnt|did not|doesn't|doesnt|does not|isn't|isnt|is not|won't|wont|can't|cant|cannot|not)";

/** Complaint patterns per language (weights are negative sentiment units). */
export const COMPLAINTS: Record<string, PhrasePattern[]> = {
  en: [
    p(" (?:acting up|playing up|gave out|died on me) ", -2),
    p(
      " (?:battery|charge) (?:life )?(?:\\S+ ){0,2}(?:drains|drained|dies|died|runs out|ran out|lasts (?:only|barely|just|about)|(?:won't|doesn't|does not|can't) (?:hold|last)) ",
      -2,
    ),
    p(" (?:won't|wont|doesn't|doesnt|can't|cant) (?:even )?(?:power|boot|switch) ", -2),
    p(" (?:zero|no) (?:issues|problems|complaints) ", 2.5),
    p(" (?:haven't|have not|never) heard (?:back|anything) ", -2),
    p(
      " (?:can't|cannot|couldn't|unable to) (?:get through|reach|contact|log ?in|get a refund|get my|get hold) ",
      -2,
    ),
    p(" wrong (?:item|size|colou?r|order|product|address|parcel) ", -2),
    p(" (?:missing|lost) (?:items?|package|parcel|order) ", -2),
    p(" what a (?:joke|mess|disaster|waste|shambles) ", -3),
    p(" how many (?:more )?times ", -1.5),
    p(" (?:sick and tired|sick of|tired of|fed up) ", -2.5),
    p(" (?:five|5) stars? ", 2.5),
    p(" no complaints ", 2),
    p(" (?:works|worked) like a charm ", 3),
    p(" (?:can't|cannot) complain ", 2),
    p(" (?:would|will) (?:definitely )?(?:buy|order) (?:again|from them again) ", 2.5),
    p(` still ${EN_AUX} `, -2.5),
    p(" still (?:waiting|no|nothing|broken|not|missing|pending|stuck) ", -2.5),
    p(
      " (?:no one|nobody|noone|no body) (?:\\w+ )?(?:answers|answered|responds|responded|replies|replied|picks|called|calls|cares|helps|helped|gets|got|is|has|will|bothered) ",
      -2.5,
    ),
    p(
      " never (?:arrived|came|received|got|answered|responded|replied|called|showed|delivered|heard|fixed|refunded|shipped) ",
      -2.5,
    ),
    p(
      ` (?:${EN_AUX.slice(3, -1)}) (?:even )?(?:arrive|arrived|work|working|works|turn|charge|load|open|respond|reply|answer|refund|deliver|ship|fit|start|connect|sync|help|care) `,
      -2,
    ),
    p(" where (?:is|s) my ", -2),
    p(
      " (?:been |am |i'm |im )?waiting (?:for )?(?:over |more than |almost )?(?:\\d+|two|three|four|five|six|a|several|many) (?:days|weeks|months|hours|week|month) ",
      -2.5,
    ),
    p(" (?:for|over|after) (?:\\d+|two|three|four|five|six|several) (?:days|weeks|months|hours) ", -1),
    p(" promised (?:\\w+ ){0,6}(?:call|callback|refund|reply|email|answer)", -1.5),
    p(" it's (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday) ", -1.5),
    p(" (?:charged|billed) (?:me )?(?:twice|double|two times|again) ", -3),
    p(" (?:want|need|demand) (?:my )?(?:money back|a refund|refund) ", -2),
    p(" (?:on hold|put on hold) for ", -2),
    p(" (?:stopped|quit) working ", -2.5),
    p(" (?:fell apart|came apart|gave up) ", -2.5),
    p(" last time i ", -1.5),
    p(" (?:took|take|taking) (?:my )?(?:business|money) elsewhere ", -3),
    p(" (?:i'm|im|i am) done with ", -2.5),
    p(" hung up on ", -2.5),
    p(" (?:that|this) was (?:an|two|three|\\d+) (?:hours?|days?|weeks?) ago ", -2),
    p(" (?:raised|raising|increased|hiked) (?:the |their |its |our )?prices? ", -1.5),
    p(" not (?:renewing|coming back|buying again|recommending) ", -2.5),
    p(" (?:wasn't|was not|weren't|were not) (?:applied|accepted|delivered|refunded|included|honou?red) ", -2),
    p(" nothing (?:they|you|we) can do ", -1.5),
    p(" barely (?:lasts|works|holds|charges|runs) ", -2),
    p(" used to (?:last|work|be) ", -1),
    p(" (?:don't|do not|didn't) recogni[sz]e ", -2),
    p(" only (?:\\d+|one|two|half) (?:\\w+ )?(?:showed up|arrived|came|works?) ", -2),
    p(" (?:second|third|fourth|fifth|nth) time (?:explaining|asking|writing|calling|i) ", -1.5),
    p(" (?:every single time|every time) ", -0.5),
    p(" (?:zero|0|one|1) stars? ", -2.5),
    p(" (?:keeps|kept) (?:crashing|freezing|failing|disconnecting|dropping|logging) ", -2.5),
    p(" (?:how|why) (?:is it so hard|does it take|do i have to|is nobody|has nobody) ", -2),
    p(" no (?:reply|response|answer|refund|update|tracking|way) ", -1.5),
  ],
  es: COMPLAINTS_ES,
  ru: COMPLAINTS_RU,
};

/** Sarcasm markers: when one is present, positive words count as negative. */
export const SARCASM: Record<string, RegExp> = {
  en: / (?:great|wonderful|fantastic|perfect|brilliant|awesome|nice|lovely|thanks|thank you),? (?:another|again|just what|so much for|for nothing|a lot for nothing)| (?:yeah right|thanks for nothing|just great|oh great|oh wonderful|love how|love it when|gotta love|so much for|what a surprise|surprise surprise|well done,? (?:acme|guys|team) ) /u,
  es: SARCASM_ES,
  ru: SARCASM_RU,
};

/** Emoji that count as sarcasm markers when positive words are around. */
export const SARCASM_EMOJI = new Set(["🙄", "😒", "🙃", "😏", "🤡"]);
