/** English sentiment lexicon: `word score` pairs, score in [-4, 4]; `stem*` matches inflections. */
export const LEXICON_EN = `
good 2 great 3 excellent 3.5 amazing 3.5 awesome 3.5 fantastic 3.5 wonderful 3.5 perfect 3 perfectly 2.5
love 3 loved 3 loving 2.5 loves 3 lovely 3 like 1 liked 1.5 likes 1 enjoy* 2 happy 2.5 glad 2 pleased 2.5
satisf* 2 best 3 better 1.5 nice 2 cool 1.5 brilliant 3.5 superb 3.5 outstanding 3.5 impressive 3 impressed 3
recommend* 2.5 thank 2 thanks 2 thx 1.5 grateful 2.5 appreciat* 2 helpful 2.5 friendly 2 kind 1.5 polite 1.5
fast 1.5 quick 1.5 quickly 1.5 smooth 1.5 easy 1.5 reliable 2 solid 1.5 flawless 3 fine 1 works 0.5 worked 0.5
beautiful 3 gorgeous 3 stunning 3 delicious 3 comfortable 2 comfy 2 sturdy 1.5 fabulous 3 exceeded 2.5
favorite 2.5 favourite 2.5 wow 2 yay 2.5 kudos 2.5 hero 2 heroes 2 lifesaver 3 delighted 3 thrilled 3 joy 2.5
fixed 1 resolved 1.5 solved 1.5 refunded 1 professional 2 attentive 2 fair 1 worth 1.5 bargain 1.5 fresh 1
bad -2.5 terrible -3.5 awful -3.5 horrible -3.5 horrendous -3.5 worst -3.5 worse -2.5 poor -2.5 poorly -2.5
hate -3.5 hated -3.5 hates -3.5 disappoint* -3 frustrat* -3 annoy* -2.5 angry -3 furious -3.5 upset -2.5
useless -3 rubbish -3 garbage -3 crap -3 crappy -3 shit -3 shitty -3 sucks -3 suck -3 sucked -3 lousy -3
broken -2.5 broke -2 break* -1.5 defective -3 faulty -3 damaged -2.5 cracked -2 scratched -1.5 dead -2
missing -2 lost -2 late -2 delay* -2 wrong -2 error* -1.5 fail* -2.5 bug -1.5 bugs -1.5 buggy -2.5 glitch* -2
crash* -2.5 freez* -2 slow -2 rude -3 unprofessional -3 incompetent -3.5 ignored -2.5 ignoring -2.5 ignore -2
scam -3.5 scammed -3.5 scammers -3.5 fraud -3.5 ripoff -3 rip-off -3 stole -3 stolen -3 steal -2.5 theft -3
unacceptable -3.5 ridiculous -3 joke -2 pathetic -3.5 shameful -3 shame -2.5 disgrace* -3.5 disgust* -3.5
nightmare -3.5 disaster -3.5 mess -2.5 problem -1.5 problems -1.5 issue -1 issues -1 complain* -2 complaint -2
refuse* -2 refused -2.5 cancel* -1 overcharg* -3 charged -1 unhappy -3 sad -2 sorry -1 regret* -2.5 never -0.5
waste -3 wasted -3 hours -0.3 waiting -1 waited -1.5 dangerous -3 danger -2.5 unsafe -3 burn* -2 fire -1.5
smoke -1.5 exploded -3.5 leak* -2 mold -2.5 sick -2 expensive -1.5 overpriced -2.5 pricey -1 misleading -3
lie -2.5 lied -3 lies -3 lying -3 liar* -3.5 cheated -3 dishonest -3 avoid -2 beware -3 warning -1.5 worried -2
confus* -1.5 stuck -2 impossible -2 hopeless -3 unusable -3 annoying -2.5 pain -2 painful -2.5 hell -2.5
sad -2 cold -1 dirty -2.5 smelly -2 fake -2.5 cheap -1 flimsy -2 unreliable -2.5 untrustworthy -3 meh -1.5
unbelievable -1.5 soaked -2 flicker* -2 rash -2 hassle -1.5 shocked -2.5 shock -2 snapped -2 worthless -3
won 1.5 surprised 0.5 pleasantly 2 smoothly 2 convinced 1 decent 1 quality 0.5 lawyer -1.5 scumbags -3 idiot -3
incompeten* -3.5 negligen* -3 outrage* -3.5 appalling -3.5 atrocious -3.5 abysmal -3.5 dreadful -3 shoddy -3
subpar -2 lackluster -2 underwhelming -2 wet -1 dented -2 torn -2 ripped -2 stained -2 expired -2.5 rotten -3
moldy -3 laggy -2 unresponsive -2.5 spam -2 spammed -2.5 harass* -3 unfair -2.5 unreasonable -2.5 sneaky -2.5
shady -3 predatory -3.5 greedy -3 excuse* -1.5 fed -1 tired -1.5 sick -2 worthless -3 infuriating -3.5 livid -3.5
gutted -2.5 miserable -3 embarrassing -2.5 unbelievably -1 wrecked -2.5 smashed -2.5 ruined -3 cheated -3
superb 3.5 stellar 3 seamless 2.5 painless 2 spotless 2 prompt 1.5 courteous 2 responsive 1.5 accommodating 2
mediocre -2 wtf -2.5 ugh -2 terrible -3.5 inedible -3 stale -2 soggy -2 sloppy -2 laughable -2.5 clueless -2.5
`;

/** Booster words (intensify the next sentiment word) and diminishers (soften it). */
export const BOOSTERS_EN =
  "very really so extremely super totally absolutely incredibly truly completely utterly highly most such too deeply seriously";
export const DIMINISHERS_EN =
  "slightly somewhat kinda kind_of bit little fairly quite barely hardly rather almost";
/** Negators: a negative word within three tokens before flips the sentiment word. */
export const NEGATORS_EN =
  "not no never none nobody nothing neither nor cannot without isn't wasn't aren't weren't don't doesn't didn't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't ain't dont doesnt didnt wont cant isnt wasnt hasnt havent";
/** Contrast words: what follows weighs more than what precedes. */
export const CONTRAST_EN = "but however although though yet nevertheless";
