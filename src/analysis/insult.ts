import { parseWords, type StemMap } from "./lexicon/stem-map.js";
import type { PreparedText } from "./text.js";

/**
 * Insults: name-calling words (an insult on their own: "idiots", "уроды", "imbéciles") and
 * profanity that counts only when aimed at a person or the brand ("fuck you", "que os jodan").
 * Plain swearing about a thing ("this fucking parcel") is not an insult.
 */
const NAME_CALLING: Record<string, string> = {
  en: "idiot idiots idiotic moron morons moronic imbecile* cretin* dumbass* dipshit* asshole* arsehole* bastard* bitch bitches scum scumbag* clown clowns loser losers jerk jerks dickhead* douche* twat* wanker* prick pricks retard* retarded cunt* shithead* thieves crooks liars pigs incompetents muppets",
  es: "idiota idiotas imbécil* imbecil* gilipollas cabrón* cabron* cabrones capull* subnormal* payaso* payasos inútiles ladrones sinvergüenza* sinverguenza* estúpid* estupid* tonto tontos tonta tontas imbéciles mamón* hijos_de_puta malparid* pendej* huevón* boludo* mierdas rata ratas canallas mamarrachos",
  ru: "идиот* дебил* дурак* дура дураки кретин* придур* урод* уёб* уеб* мудак* мудил* сволоч* твар* козл* козёл скотин* ублюд* мраз* ворюг* жулик* быдло дегенерат* клоун* олух* бараны гад гады гадин* шакал* упыр* тупиц* тупые тупой лохи",
};

/** Aimed profanity, matched on the joined token string. */
const AIMED: Record<string, RegExp> = {
  en: / (?:fuck|f\*ck|screw|damn|to hell with) (?:you|u|ya|off|acme|this company|your company|them|y'all)| (?:you|your \w+|they|acme|this company) (?:are|is|r) (?:a |an |such )?(?:\w+ )?(?:joke|disgrace|shit|crap|garbage|pathetic)| (?:go to hell|shut up|piss off|bite me|eat shit|kiss my)| you (?:suck|stink)/u,
  es: / (?:que (?:os|les|te) (?:jodan|den)|a la mierda|vete a la mierda|iros a la mierda|hijos? de puta|me cago en (?:vosotros|ustedes|la madre|tu)|sois (?:unos |una )?(?:\w+ )?(?:mierda|basura|vergüenza)|son (?:unos |una )?(?:mierda|basura)|panda de)/u,
  ru: / (?:пошли вы|идите (?:на|в)|иди (?:на|в) (?:хер|хуй|жопу|баню)|да пошли|вы (?:\S+ )?(?:ничтожества|позорище|дно|клоуны)|чтоб вы|чтоб вам|горите в аду|будьте прокляты|нахер вас|на хер вас|в жопу)/u,
};

/** Detects insults aimed at a person or the brand. */
export class InsultDetector {
  private readonly words = new Map<string, StemMap<true>>();

  constructor(languages: readonly string[]) {
    for (const lang of Object.keys(NAME_CALLING)) {
      if (languages.includes(lang)) this.words.set(lang, parseWords(NAME_CALLING[lang]!));
    }
  }

  /** True when the text calls someone names or aims profanity at a person or the brand. */
  detect(t: PreparedText, lang: string): boolean {
    const langs = this.words.has(lang) ? [lang] : [...this.words.keys()];
    for (const l of langs) {
      const words = this.words.get(l)!;
      for (const tok of t.tokens) if (words.get(tok)) return true;
      if (AIMED[l]?.test(t.joined)) return true;
    }
    return false;
  }
}
