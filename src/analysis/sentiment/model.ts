import { foldSpelling, parseScored, parseWords, type StemMap } from "../lexicon/stem-map.js";
import { BOOSTERS_EN, CONTRAST_EN, DIMINISHERS_EN, LEXICON_EN, NEGATORS_EN } from "./lexicon-en.js";
import { BOOSTERS_ES, CONTRAST_ES, DIMINISHERS_ES, LEXICON_ES, NEGATORS_ES } from "./lexicon-es.js";
import { LEXICON_DE, LEXICON_FR, LEXICON_IT, LEXICON_PT, RULE_WORDS_OTHER } from "./lexicon-other.js";
import { BOOSTERS_RU, CONTRAST_RU, DIMINISHERS_RU, LEXICON_RU, NEGATORS_RU } from "./lexicon-ru.js";
import { COMPLAINTS, type PhrasePattern, SARCASM } from "./patterns.js";

/** Everything the sentiment scorer needs for one language, parsed once. */
export interface SentimentModel {
  lang: string;
  lexicon: StemMap<number>;
  boosters: StemMap<true>;
  diminishers: StemMap<true>;
  negators: StemMap<true>;
  contrast: StemMap<true>;
  complaints: PhrasePattern[];
  /** All complaint patterns in one global regex, one capture group each (group g ↔ complaints[g-1]). */
  complaintScan: RegExp;
  sarcasm: RegExp | null;
  /** Thanks-words, which weigh little in a request ("please …, thanks"). */
  politeness: StemMap<true>;
  /** Request markers on the folded joined tokens ("please", "por favor", "пожалуйста"). */
  request: RegExp;
  /** First-person words: a customer speaking of their own case ("my", "mi", "мой"). */
  firstPerson: StemMap<true>;
  /** Greetings as "word next" pairs ("buenos días", "good morning"): their sentiment word is not counted. */
  greetings: Set<string>;
}

interface ModelSpec {
  lexicon: string;
  boosters: string;
  diminishers: string;
  negators: string;
  contrast: string;
}

const SPECS: Record<string, ModelSpec> = {
  en: {
    lexicon: LEXICON_EN,
    boosters: BOOSTERS_EN,
    diminishers: DIMINISHERS_EN,
    negators: NEGATORS_EN,
    contrast: CONTRAST_EN,
  },
  es: {
    lexicon: LEXICON_ES,
    boosters: BOOSTERS_ES,
    diminishers: DIMINISHERS_ES,
    negators: NEGATORS_ES,
    contrast: CONTRAST_ES,
  },
  ru: {
    lexicon: LEXICON_RU,
    boosters: BOOSTERS_RU,
    diminishers: DIMINISHERS_RU,
    negators: NEGATORS_RU,
    contrast: CONTRAST_RU,
  },
  pt: { lexicon: LEXICON_PT, diminishers: "pouco", ...RULE_WORDS_OTHER.pt },
  fr: { lexicon: LEXICON_FR, diminishers: "peu", ...RULE_WORDS_OTHER.fr },
  de: { lexicon: LEXICON_DE, diminishers: "etwas", ...RULE_WORDS_OTHER.de },
  it: { lexicon: LEXICON_IT, diminishers: "poco", ...RULE_WORDS_OTHER.it },
};

const POLITENESS: Record<string, string> = {
  en: "thanks thank thx cheers",
  es: "gracias",
  ru: "спасибо заранее",
  pt: "obrigado obrigada",
  fr: "merci",
  de: "danke",
  it: "grazie",
};
const FIRST_PERSON: Record<string, string> = {
  en: "i i'm i've i'd me my mine we us our",
  es: "yo me mi mis mío nosotros nos nuestro nuestra llevo tengo pedí compré",
  ru: "я мне меня мой моя моё мое мои мы нам нас наш наша",
  pt: "eu me meu minha nós",
  fr: "je j'ai me moi mon ma mes nous",
  de: "ich mir mich mein meine wir uns",
  it: "io mi mio mia miei noi",
};
const GREETINGS: Record<string, string[]> = {
  en: ["good morning", "good afternoon", "good evening", "good day"],
  es: ["buenos días", "buenos dias", "buenas tardes", "buenas noches", "buen día", "buen dia", "muy buenas"],
  ru: ["доброе утро", "добрый день", "добрый вечер", "хорошего дня", "хорошего вечера"],
  pt: ["bom dia", "boa tarde", "boa noite"],
  fr: ["bonne journée", "bonne soirée"],
  de: ["guten morgen", "guten tag", "guten abend"],
  it: ["buon giorno", "buona sera", "buona giornata"],
};
const REQUEST: Record<string, RegExp> = {
  en: / (?:please|pls|plz|can you|could you|would you|contact me|let me know|get back to me|if someone|does anyone) /,
  es: / (?:por favor|podéis|podeis|podrías|puedes|podrían|me podéis|escribidme|escríbanme|tengo una duda|me gustaría saber|quería saber|alguien sabe|sabéis si|saben si) /,
  ru: / (?:пожалуйста|можете|подскажите|измените|перезвоните|напишите|свяжитесь|у меня вопрос|есть вопрос|вопрос по) /,
  pt: / (?:por favor|podem|pode) /,
  fr: / (?:s'il vous plaît|svp|pouvez) /,
  de: / (?:bitte|können sie|könnt ihr) /,
  it: / (?:per favore|potete|può) /,
};

/**
 * One regex for all patterns, on the folded joined text (accents and ё folded in the patterns too, so
 * "todavia no" matches "todavía no"): a trailing space becomes a lookahead so adjacent phrases both match.
 */
function combine(patterns: PhrasePattern[]): RegExp {
  if (!patterns.length) return /(?!)/gu;
  const parts = patterns.map((p) => {
    const source = foldSpelling(p.re.source);
    return `(${source.endsWith(" ") ? `${source.slice(0, -1)}(?= )` : source})`;
  });
  return new RegExp(parts.join("|"), "gu");
}

/** The same regex with accents and ё folded, to run on PreparedText.folded. */
function folded(re: RegExp): RegExp {
  return new RegExp(foldSpelling(re.source), re.flags);
}

/** Languages with a sentiment model. */
export const SENTIMENT_LANGUAGES = Object.keys(SPECS);

/** Builds the model for one language (parsing its lexicon); null when the language has none. */
export function buildSentimentModel(lang: string): SentimentModel | null {
  const spec = SPECS[lang];
  if (!spec) return null;
  return {
    lang,
    lexicon: parseScored(spec.lexicon),
    boosters: parseWords(spec.boosters),
    diminishers: parseWords(spec.diminishers),
    negators: parseWords(spec.negators),
    contrast: parseWords(spec.contrast),
    complaints: COMPLAINTS[lang] ?? [],
    complaintScan: combine(COMPLAINTS[lang] ?? []),
    sarcasm: SARCASM[lang] ? folded(SARCASM[lang]) : null,
    politeness: parseWords(POLITENESS[lang] ?? ""),
    request: folded(REQUEST[lang] ?? / please /),
    firstPerson: parseWords(FIRST_PERSON[lang] ?? ""),
    greetings: new Set(GREETINGS[lang] ?? []),
  };
}
