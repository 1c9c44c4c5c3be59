import { StemMap } from "./lexicon/stem-map.js";
import { type PreparedText, prepareText } from "./text.js";

/**
 * Insults: name-calling (an insult on its own: "idiots", "уроды", "imbéciles"), insult nouns that
 * count only when aimed at someone ("you clowns", "sois unos payasos", "вы клоуны", but not "clown
 * costume"), and profanity aimed at a person or the brand ("fuck you", "que os jodan", "идите нахер").
 * Plain swearing about a thing ("this fucking parcel") is not an insult, nor is a comparison or
 * the writer's own name ("treated like idiots", "I felt like an idiot", "нас держат за идиотов").
 */
interface InsultSpec {
  /** Name-calling words, insults on their own (`stem*` allowed). */
  alone: string;
  /** Insult nouns that need an aiming word shortly before them ("you", "are", "bunch"). */
  aimed: string;
  /** Words that aim a following insult noun at someone. */
  cues: string;
  /** Words that may stand between a cue and the insult ("you absolute bunch of clowns"). */
  fillers: string;
  /** Words that turn a following insult into a comparison or self-talk ("like", "I'm", "нас"). */
  softeners: string;
  /** Aimed profanity and insulting verdicts on people, matched on the joined token string. */
  phrases: RegExp;
}

const SPECS: Record<string, InsultSpec> = {
  en: {
    alone: `idiot idiots imbecile* cretin* moron morons dumbass* dipshit* asshole* arsehole* bastards scum scumbag*
      clowns losers jerks dickhead* douche* twat* wanker* pricks retards cunt* shithead* thieves crooks liars
      incompetents muppets halfwit* nitwit* dimwit* numpties numpty tosser tossers knobhead* bellend* jackass
      jackasses bitches fuckers motherfucker* cocksucker* dickwad* fuckwit* fuckhead* lowlife lowlifes
      bloodsuckers conmen swindlers charlatans imbeciles prat prats sods gits chancers jobsworths numbskull*
      nincompoop* dipstick* plonker* pillock* wazzock* twit twits dingbat*`,
    aimed: `clown bitch loser jerk prick pig pigs frauds scammers scammer liar thief crook muppet dick dicks
      snakes rats leeches parasites vultures cowboys amateurs jokers fools fool dummies bastard animals
      sharks donkeys`,
    cues: `you u ya ye you're youre ur yall y'all your bunch lot pack band gang load such absolute total complete
      utter bloody fucking effing damn are is 're r were was what buncha`,
    fillers: `a an the such so absolute absolutely total totally complete completely utter utterly bloody fucking
      effing damn freaking bunch lot pack of real proper clueless useless incompetent stupid dumb lazy greedy
      pathetic lying thieving little fat`,
    softeners: "like as i i'm im me myself we we're us i've i'd not feel felt feeling",
    phrases: new RegExp(
      [
        " (?:fuck|fck|fuk|fk|f|screw|damn) (?:you|u|ya|off|y'all|yall|them|this company|your company|you all|you guys)",
        " (?:stfu|gtfo) ",
        " (?:scam|con) artists| waste of (?:oxygen|space|air)| brain transplant| (?:shit|crap|shitty|crappy|garbage|trash|joke of a) (?:company|shop|store|brand)",
        " you (?:useless|spineless|pathetic|incompetent|clueless|lazy|greedy|thieving|lying|absolute|utter|bloody|fucking) (?:\\w+ )?(?:lot|bunch|shower)(?= )",
        " (?:useless|lying|thieving|greedy|pathetic|incompetent|clueless|crooks|thieves|sharks|chancers|idiots|clowns|scammers|artists|liars|cowboys|amateurs|morons) (?:the )?lot of (?:you|them)",
        " (?:go|get) (?:fuck|screw) (?:yourself|yourselves|off)",
        " (?:go to hell|go fuck yourself|piss off|bite me|eat shit|kiss my (?:ass|arse)|suck my|up yours|rot in hell|burn in hell)",
        " (?:shove|stick) (?:it|your \\w+) up",
        " to hell with (?:you|them|this company)",
        " (?:you|you guys|you people|you lot|you all|they) (?:suck|stink)",
        " (?:you|you guys|you people|you lot|you all|they|this company|your (?:staff|team|people|employees|agents|managers|management|ceo|support|customer service)) (?:are|is|r|'re) (?:a |an |such |so |absolutely |totally |completely |utterly |fucking |bloody )*(?:joke|disgrace|shit|crap|garbage|trash|rubbish|pathetic|scum|useless|incompetent|clueless|hopeless|worthless|disgusting)",
        " you're (?:a |an |such |so |absolutely |totally |completely |utterly |fucking |bloody )*(?:joke|disgrace|shit|crap|garbage|trash|rubbish|pathetic|scum|useless|incompetent|clueless|hopeless|worthless|disgusting)",
        " (?:stupid|dumb|dumbest|brainless|moronic|idiotic|retarded|pathetic|useless|clueless|incompetent) (?:\\w+ )?(?:staff|agents?|reps?|people|employees?|managers?|drivers?|couriers?|workers?|cashiers?|clerks?|developers?|devs|morons|bots)",
      ].join("|"),
      "u",
    ),
  },
  es: {
    alone: `idiota idiotas imbécil imbéciles imbecil imbeciles gilipollas gilipuertas cabrón cabrones cabrona
      cabronas cabron capullo capullos capulla subnormal subnormales payasos inútiles inutiles ladrones
      sinvergüenza sinvergüenzas sinverguenza sinverguenzas estúpidos estúpidas estupidos estupidas mamón
      mamones malparid* pendejo pendejos pendeja pendejas huevón* huevon* weón weon weones boludo* pelotudo*
      mamarracho* canallas cretino cretinos cretina cretinas estafadores hijoputa* hijueputa* hdp ctm gentuza
      mequetrefe* caradura caraduras mentirosos aprovechados chupasangres culero culeros ojetes mensos ineptos
      lerdos gañanes patanes mamahuevo* comemierda* soplapollas tontolaba tontolculo energúmeno* energumeno*
      desgraciados desgraciadas timadores chapuceros chapuceras hipócritas hipocritas sanguijuelas cafres
      pringados gañán gañan`,
    aimed: `payaso payasa tonto tontos tonta tontas estúpido estúpida estupido estupida ladrón ladron ratas rata
      cerdos cerdo chorizos retrasados retrasado tarados tarado mierdas maleducado maleducada maleducados
      maleducadas impresentable impresentables inepto inepta miserables babosos zánganos zanganos mentiroso
      mentirosa estafador animales bestias inútiles inutiles chapuzas buitres piratas irresponsables borde
      flojos prepotente prepotentes`,
    cues: `sois son eres es panda pandilla banda atajo hatajo menudos menudas menudo menuda vaya puto puta putos
      putas so pedazo vosotros ustedes`,
    fillers: `un una unos unas tan muy puto puta putos putas menudo menuda menudos menudas pedazo de so grandísimo
      grandísimos auténticos autenticos verdaderos inútiles incompetentes estúpidos malditos malditas`,
    softeners: "como me yo soy nos nosotros somos no siento sentí senti sentirme",
    phrases: new RegExp(
      [
        " (?:que (?:os|les|te|se) (?:jodan|den)|jódete|jodete|jodeos|jódanse|jodanse)",
        " (?:a la mierda|vete a la mierda|iros a la mierda|idos a la mierda|váyanse a la mierda|vayanse a la mierda|a la verga|vete a la verga|vete al carajo|váyanse al carajo|vayanse al carajo|al carajo con)",
        " hijos? de (?:puta|perra)",
        " (?:chinga|chingue) (?:tu|su) madre| concha (?:de )?tu madre| la concha de",
        " me cago en (?:vosotros|ustedes|vuestra|tu|su|la madre|la puta madre|vuestros muertos|tus muertos|sus muertos|todos)",
        " (?:sois|son|eres) (?:unos |unas |una |un )?(?:\\S+ )?(?:mierda|basura|vergüenza|verguenza|escoria|chusma|lacra)",
        " panda de| atajo de| hatajo de| bola de (?:flojos|inútiles|inutiles|idiotas|rateros|ladrones|incompetentes|pendejos)",
        " que (?:os|te|les) zurzan| (?:empresa|empresucha|compañía|compania|marca|gente|tienda) de mierda| (?:mierda|basura) de empresa",
        " (?:estúpid[oa]s?|estupid[oa]s?|inútil|inutil|inútiles|inutiles|ineptos?|imbéciles|subnormales) (?:del? |de la |de los )?(?:\\S+ )?(?:empleados?|empleadas?|dependientes?|dependienta|repartidor(?:es)?|operador(?:es|as?)?|agentes?|personal|encargad[oa]s?|vendedor(?:es|as?)?|teleoperador(?:es|as?)?|técnicos?|programadores?)",
      ].join("|"),
      "u",
    ),
  },
  ru: {
    alone: `идиот идиоты идиотов идиотам идиотами идиотка идиотки идиота дебил дебилы дебилов дебилам
      дебилами дебила дебилка придурок придурки придурков придурка придурочн* дурак дураки дураков дура урод
      уроды уродов уродам уродами урода уёб* уеб* мудак мудаки мудаков мудачьё мудачье мудил* сволочь сволочи
      сволочей тварь твари тварей козлы козлов козлина козёл козел скотина скоты скотов ублюд* мразь мрази
      мразей ворюг* ворьё ворье жулик жулики жуликов жульё жулье быдло дегенерат* клоуны клоунов олух*
      бараны баранов гад гады гадов гадина гадины шакал* упыр* тупица тупицы лохи кретин* бездар* криворук*
      хамло хамьё хамье ничтожеств* отморозк* недоумк* выродк* выродок гниды гнида суки сучары сучки пидор*
      пидар* гандон* гондон* чмо чмошник* лошар* долбоёб* долбоеб* долбаёб* долбаеб* еблан* ебанат* ушлёп*
      ушлеп* говнюк* засранц* засранец хуесос* хуил* пиздабол* кидалы обманщики лжецы вруны шарлатан*
      имбецил* дауны бестолоч* кровопийц* хам хамы хамка хамки жлоб жлобы неуч неучи дармоед* бездельник*
      неадекваты неадекватов барыги барыг крохобор* инфоцыгане инфоцыган балбес* упырь`,
    aimed: `клоун мошенники мошенник паразиты свиньи крысы тупые тупой тупая жадины позорище ничтожество
      неудачники дилетанты дилетантов безрукие`,
    cues: `вы ты вас вам все одни сборище шайка банда кучка толпа стадо свора там какие настоящие просто ваши
      ваш`,
    fillers: `просто полные полный полная настоящие настоящий же такие реально совсем вообще там тупые жадные
      криворукие бездарные долбанные
      долбаные грёбаные гребаные конченые конченные последние одни`,
    softeners: "как за я меня мы нас себя для не чувствую почувствовал почувствовала",
    phrases: new RegExp(
      [
        " (?:пошли вы|пошёл ты|пошел ты|да пошли|идите (?:на|в|лесом|нафиг|нахер|нахуй|к черту|к чёрту|к дьяволу)|иди (?:на|в|к) (?:хер|хуй|жопу|баню|черту|чёрту|фиг)|иди лесом|катитесь)",
        " (?:чтоб вы|чтоб вам|чтобы вы|чтоб вас|да чтоб вас|горите в аду|гореть вам в аду|будьте прокляты)",
        " (?:нахер вас|на хер вас|нахуй вас|на хуй вас|к черту вас|к чёрту вас|в жопу|ебал я вас|ебал я ваш|в рот вас)",
        " вы (?:\\S+ )?(?:ничтожества|позорище|дно|клоуны|мрази|уроды|твари|скоты)",
        " (?:тупые|тупых|тупыми|тупой|тупая|тупорылые|безмозглые|безрукие|криворукие|бездарные|конченые|конченные) (?:\\S+ )?(?:операторы|операторов|оператор|менеджеры|менеджеров|менеджер|продавцы|продавцов|продавец|продавщица|курьеры|курьер|сотрудники|сотрудников|сотрудник|консультанты|консультант|админы|разрабы|разработчики|программисты|логисты|люди|работники|руководство|директор|боты|роботы)",
        " (?:операторы|менеджеры|продавцы|курьеры|сотрудники|консультанты|админы|разрабы|разработчики|программисты|логисты|работники)(?: у вас| ваши| там)? (?:безрукие|тупые|криворукие|бездари|идиоты|дебилы|балбесы|хамы|придурки|уроды)",
        " (?:шарашкина контора|контора шарашкина|конторка шарашкина|шарашкина конторка|руки бы вам оторвать|подавитесь)",
        " (?:вы|совсем) (?:\\S+ )?(?:охренели|охуели|офигели|оборзели|очумели)",
      ].join("|"),
      "u",
    ),
  },
  pt: {
    alone: `idiota idiotas imbecil imbecis otário otários otario otarios babaca babacas cretino cretinos canalha
      canalhas safado safados vagabundo vagabundos ladrões ladroes fdp palhaços palhacos incompetentes corno
      cornos arrombad* desgraçad* desgracad*`,
    aimed: "palhaço palhaco lixo burros burro ladrão ladrao",
    cues: "vocês voces você voce são sao é bando cambada seus",
    fillers: "um uma uns umas de grandes",
    softeners: "como me eu nos",
    phrases:
      /( (?:vai|vão|vao|vai se|vão se|vao se) (?:se foder|foder|tomar no cu|pro inferno|para o inferno|à merda|a merda)| (?:vsf|vtnc|tnc) | filhos? da puta| se fodam| (?:vocês|voces) são (?:uns |umas |um |uma )?(?:\S+ )?(?:lixo|merda|vergonha|piada))/u,
  },
  fr: {
    alone: `connard connards connasse connasses abruti abrutis crétin crétins cretin cretins enculé enculés encule
      encules enfoiré enfoirés enfoire enfoires salaud salauds salopard* bouffons guignols escrocs voleurs
      imbéciles imbeciles idiots incompétents incompetents`,
    aimed: "conne cons débile débiles debile debiles bouffon guignol minables minable pourris nuls",
    cues: "vous tu êtes etes es bande sales espèce espece",
    fillers: "de des un une gros",
    softeners: "comme pour je me moi nous",
    phrases:
      / (?:fils de pute|fdp|nique ta mère|nique ta mere|ntm|va te faire foutre|allez vous faire foutre|allez vous faire voir|va chier|allez chier|ta gueule|fermez vos gueules|bande de)/u,
  },
  de: {
    alone: `idioten vollidiot* arschloch arschlöcher arschloecher deppen trottel penner wichser vollpfosten
      schwachkopf schwachköpfe hurensohn hurensöhne abzocker verbrecher versager lügner halsabschneider
      dummköpfe saftladen drecksladen scheißladen scheissladen betrüger idiot`,
    aimed: "depp spinner clowns pfeifen flachpfeifen amateure",
    cues: "ihr du seid bist haufen bande",
    fillers: "ein eine so total völlig verdammte",
    softeners: "wie für ich mich wir uns",
    phrases:
      / (?:fickt euch|fick dich|leckt mich|leck mich|verpisst euch|verpiss dich|geht zur hölle|zur hölle mit euch|ihr könnt mich mal)/u,
  },
  it: {
    alone: `idiota idioti imbecille imbecilli cretino cretini stronzo stronzi coglione coglioni bastardi ladri
      truffatori buffoni pagliacci incompetenti deficienti`,
    aimed: "buffone pagliaccio ridicoli incapaci",
    cues: "siete sei voi tu branco banda massa",
    fillers: "dei degli un una di",
    softeners: "come per io mi noi ci",
    phrases:
      / (?:vaffanculo|fanculo|andate a fare in culo|andate a quel paese|figli di puttana|pezzi di merda|teste di cazzo|testa di cazzo|siete (?:\S+ )?(?:merde|una vergogna))/u,
  },
};

interface Lexicon {
  /** Insult words: ALONE (name-calling) or AIMED (needs a cue). */
  words: StemMap<number>;
  cues: Set<string>;
  fillers: Set<string>;
  softeners: Set<string>;
  /** The aimed phrases of these languages in one pattern. */
  phrases: RegExp;
}

/** Up to this many tokens, a text's language is unsure (see `detectIn`). */
const SHORT_TEXT = 16;
const ALONE = 1;
const AIMED = 2;

/** How many tokens before an insult word may carry its cue or softener ("you absolute bunch of clowns"). */
const CUE_WINDOW = 3;

const words = (spec: string) => new Set(spec.trim().split(/\s+/));

/** One lexicon from the specs of one language (or of all, for an unknown language). */
function lexicon(specs: InsultSpec[]): Lexicon {
  const join = (key: "alone" | "aimed" | "cues" | "fillers" | "softeners") =>
    specs.map((s) => s[key]).join(" ");
  const insultWords = new StemMap<number>();
  for (const w of join("aimed").trim().split(/\s+/)) insultWords.set(w, AIMED);
  for (const w of join("alone").trim().split(/\s+/)) insultWords.set(w, ALONE);
  return {
    words: insultWords,
    cues: words(join("cues")),
    fillers: words(join("fillers")),
    softeners: words(join("softeners")),
    phrases: new RegExp(specs.map((s) => `(?:${s.phrases.source})`).join("|"), "u"),
  };
}

/** Latin letters written for Cyrillic ones (mixed words like "муdак", "cyka", "xyйня"): by shape and by sound. */
const LATIN_TO_CYRILLIC_SHAPE: Record<string, string> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
  u: "и",
};
const LATIN_TO_CYRILLIC_SOUND: Record<string, string> = {
  a: "а",
  b: "б",
  c: "с",
  d: "д",
  e: "е",
  f: "ф",
  g: "г",
  h: "х",
  i: "и",
  j: "й",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  v: "в",
  x: "х",
  y: "у",
  z: "з",
};
/** Cyrillic letters that look Latin (a Latin word typed with a stray "о" or "і"). */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  і: "i",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
};
/** Digits and signs written for letters ("id10t", "a$$hole", "6лядь"), by the script of the word. */
const LEET_LATIN: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};
const LEET_CYRILLIC: Record<string, string> = { "0": "о", "3": "з", "4": "ч", "6": "б", "@": "а" };

/** A word mixing Latin and Cyrillic letters ("муdак"). */
const MIXED_SCRIPT = /[a-z][а-яё]|[а-яё][a-z]/i;

const CHUNK = /[\p{L}\p{M}0-9*@$!']+/gu;
const HAS_CYRILLIC = /[а-яё]/i;
const HAS_LATIN = /[a-z]/i;

/**
 * Cheap test for a text that may hide an insult: a sign inside a word ("f*ck", "id10t", "a$$hole"),
 * a digit or sign starting one ("6лядь", "@sshole"; not "2nd", "24h"), or a word mixing scripts ("муdак").
 */
const SIGN_IN_WORD =
  /[a-zA-ZÀ-ÿЀ-ӿ][*@$!0-9]+[a-zA-ZÀ-ÿЀ-ӿ]|(?:^|[^a-zA-ZÀ-ÿЀ-ӿ0-9])[*@$0-9][a-zA-ZÀ-ÿЀ-ӿ]{3}/;

function mayHideInsult(t: PreparedText): boolean {
  if (t.latinLetters > 0 && t.cyrillicLetters > 0 && MIXED_SCRIPT.test(t.raw)) return true;
  return SIGN_IN_WORD.test(t.raw);
}

function mapLetters(word: string, table: Record<string, string>): string {
  let out = "";
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}

/** Profanity that is written with stars more often than not; read back, aimed phrases then find it. */
const STAR_WORDS = `fuck fucking fucker fuckers shit asshole assholes arsehole bitch bitches cunt cunts dick dickhead
  bastard bastards wanker twat idiot idiots moron morons
  puta puto putos joder jodan jódete mierda gilipollas cabrón cabrones coño hostia
  сука суки блядь бля блять хуй нахуй хер нахер пизда пиздец ебать ебал ебаный уебок уёбок мудак мудаки
  пидор пидоры пидорас пидорасы гандон`;

/** Detects insults aimed at a person or the brand. */
export class InsultDetector {
  private readonly lexicons = new Map<string, Lexicon>();
  /** All configured languages in one lexicon, for a text whose language is unknown. */
  private readonly merged: Lexicon | null;
  /** Every name-calling and profane word, for reading "f*ck" or "бл*дь" back. */
  private readonly starTargets: string[];
  private readonly longestStarTarget: number;

  constructor(languages: readonly string[]) {
    const stars = new Set<string>(STAR_WORDS.trim().split(/\s+/));
    const specs = Object.entries(SPECS).filter(([lang]) => languages.includes(lang));
    for (const [lang, spec] of specs) {
      this.lexicons.set(lang, lexicon([spec]));
      for (const w of `${spec.alone} ${spec.aimed}`.trim().split(/\s+/)) if (!w.endsWith("*")) stars.add(w);
    }
    this.merged = specs.length ? lexicon(specs.map(([, spec]) => spec)) : null;
    this.starTargets = [...stars];
    this.longestStarTarget = Math.max(...this.starTargets.map((w) => w.length));
  }

  /** True when the text calls someone names or aims profanity at a person or the brand. */
  detect(t: PreparedText, lang: string): boolean {
    if (!this.merged) return false;
    if (this.detectIn(t, lang)) return true;
    if (!mayHideInsult(t)) return false;
    const plain = this.deobfuscate(t.raw);
    return plain !== null && this.detectIn(prepareText(plain, t.raw.length + 64), lang);
  }

  private detectIn(t: PreparedText, lang: string): boolean {
    const lex = this.lexicons.get(lang) ?? this.merged!;
    for (let i = 0; i < t.tokens.length; i++) {
      const tok = t.tokens[i]!;
      const kind = lex.words.get(tok);
      if (kind === undefined) continue;
      const aim = aimBefore(t, i, lex);
      if (aim === "cue" || (kind === ALONE && aim === null && t.tokens[i + 1] !== "proof")) return true;
    }
    // A short text is often misdetected: its aimed phrases are checked in every language.
    return (t.tokens.length <= SHORT_TEXT ? this.merged! : lex).phrases.test(t.joined);
  }

  /** The text with symbols, digits and look-alike letters inside words read back as letters, or null if nothing changed. */
  private deobfuscate(raw: string): string | null {
    let changed = false;
    const out = raw.toLowerCase().replace(CHUNK, (chunk) => {
      const plain = this.readChunk(chunk);
      if (plain !== chunk) changed = true;
      return plain;
    });
    return changed ? out : null;
  }

  private readChunk(chunk: string): string {
    const cyr = HAS_CYRILLIC.test(chunk);
    const lat = HAS_LATIN.test(chunk);
    if (!cyr && !lat) return chunk;
    let w = chunk.replace(/^[!']+|[!']+$/g, "");
    if (w.includes("*")) {
      const found = this.starWord(w);
      if (found) return found;
      w = w.replace(/\*/g, "");
    }
    if (/[0-9@$!]/.test(w)) w = mapLetters(w, cyr && !lat ? LEET_CYRILLIC : LEET_LATIN);
    if (!(cyr && lat)) return w;
    const latin = (w.match(/[a-z]/g) ?? []).length;
    const cyrillic = (w.match(/[а-яё]/g) ?? []).length;
    if (cyrillic < latin) return mapLetters(w, CYRILLIC_TO_LATIN);
    const sound = mapLetters(w, LATIN_TO_CYRILLIC_SOUND);
    return this.starTargets.includes(sound) ? sound : mapLetters(w, LATIN_TO_CYRILLIC_SHAPE);
  }

  /** Reads "f*ck", "a**hole", "бл*дь" as the profane or name-calling word its stars hide. */
  private starWord(chunk: string): string | null {
    const body = chunk.replace(/^\*+|\*+$/g, "");
    const letters = body.replace(/[^\p{L}]/gu, "").length;
    if (!body.includes("*") || body.replace(/\*/g, "").length < 2) return null;
    // Longer than any target even with one letter per run of stars: no regex to build (hostile input).
    if (letters + body.split(/\*+/).length - 1 > this.longestStarTarget) return null;
    const pattern = new RegExp(
      `^${body
        .split(/(\*+)/)
        .map((part) =>
          part.startsWith("*")
            ? `\\p{L}{1,${Math.min(part.length + 1, this.longestStarTarget)}}`
            : part.replace(/[^\p{L}]/gu, ""),
        )
        .join("")}$`,
      "u",
    );
    return this.starTargets.find((w) => pattern.test(w)) ?? null;
  }
}

/**
 * What stands shortly before insult word `i` in its clause, over filler words only: "cue" (aimed:
 * "you clowns", "sois unos payasos"), "soft" (comparison or self-talk: "like idiots", "I'm an idiot"),
 * or null. The nearest wins; any other word ends the look-back ("una pregunta estúpida").
 */
function aimBefore(t: PreparedText, i: number, lex: Lexicon): "cue" | "soft" | null {
  const clause = t.clause[i];
  for (let j = i - 1; j >= 0 && j >= i - CUE_WINDOW; j--) {
    if (t.clause[j] !== clause) return null;
    const tok = t.tokens[j]!;
    if (lex.softeners.has(tok)) return "soft";
    if (lex.cues.has(tok)) return "cue";
    if (!lex.fillers.has(tok)) return null;
  }
  return null;
}
