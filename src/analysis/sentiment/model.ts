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
  /**
   * The complaint patterns in a few global regexes, one capture group each: in `scans[i]`, group g is
   * `complaints[first + g - 1]`. Each regex stays under V8's size limit for optimised regexes.
   */
  complaintScans: Array<{ re: RegExp; first: number }>;
  sarcasm: RegExp | null;
  /** Thanks-words, which weigh little in a request ("please …, thanks"). */
  politeness: StemMap<true>;
  /** Request markers on the folded joined tokens ("please", "por favor", "пожалуйста"). */
  request: RegExp;
  /** First-person words: a customer speaking of their own case ("my", "mi", "мой"). */
  firstPerson: StemMap<true>;
  /**
   * Words reporting the thing done (arrived, delivered, refunded, llegó, entregado, пришла, доставили):
   * a learned feature (`s:done`) for a statement with one, not negated, and nothing negative in it.
   */
  done: StemMap<true>;
  /** Greetings as "word next" pairs ("buenos días", "good morning"): their sentiment word is not counted. */
  greetings: Set<string>;
  /** A negator followed by one of these words does not negate ("sin duda", "not only", "без сомнения"). */
  notNegating: Set<string>;
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
const DONE: Record<string, string> = {
  en: "arrived delivered received refunded fixed resolved repaired replaced",
  es: "llegó llegaron llegado entregado entregada entregaron entregó recibí recibido recibida reembolsaron reembolsado devolvieron solucionado solucionaron resuelto arreglado arreglaron",
  ru: "пришла пришёл пришло пришли доставили доставлен* получил* вернули починили исправили",
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
const NOT_NEGATING: Record<string, string[]> = {
  en: ["no doubt", "not only", "no wonder", "never disappoints"],
  es: ["sin duda", "sin embargo", "no solo", "no sólo", "no obstante"],
  ru: ["без сомнения", "без сомнений", "не только", "не зря"],
  pt: ["sem dúvida", "não só"],
  fr: ["sans doute", "non seulement"],
  de: ["ohne zweifel", "nicht nur"],
  it: ["senza dubbio", "non solo"],
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

/** V8 stops optimising a regex whose source passes 20 KB (about 30× slower); chunks stay well under. */
const MAX_SCAN_SOURCE = 12_000;

/**
 * The patterns as a few regexes on the folded joined text (accents and ё folded in the patterns too, so
 * "todavia no" matches "todavía no"), each an alternation of whole patterns under MAX_SCAN_SOURCE
 * characters; a trailing space becomes a lookahead so adjacent phrases both match.
 */
function combine(patterns: PhrasePattern[]): Array<{ re: RegExp; first: number }> {
  const scans: Array<{ re: RegExp; first: number }> = [];
  let parts: string[] = [];
  let size = 0;
  let first = 0;
  const flush = (next: number) => {
    if (parts.length) scans.push({ re: new RegExp(parts.join("|"), "gu"), first });
    parts = [];
    size = 0;
    first = next;
  };
  patterns.forEach((p, i) => {
    const source = foldSpelling(p.re.source);
    const part = `(${source.endsWith(" ") ? `${source.slice(0, -1)}(?= )` : source})`;
    if (size + part.length > MAX_SCAN_SOURCE) flush(i);
    parts.push(part);
    size += part.length + 1;
  });
  flush(patterns.length);
  return scans;
}

/** The same regex with accents and ё folded, to run on PreparedText.folded. */
function folded(re: RegExp): RegExp {
  return new RegExp(foldSpelling(re.source), re.flags);
}

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
    complaintScans: combine(COMPLAINTS[lang] ?? []),
    sarcasm: SARCASM[lang] ? folded(SARCASM[lang]) : null,
    politeness: parseWords(POLITENESS[lang] ?? ""),
    request: folded(REQUEST[lang] ?? / please /),
    firstPerson: parseWords(FIRST_PERSON[lang] ?? ""),
    done: parseWords(DONE[lang] ?? ""),
    greetings: new Set(GREETINGS[lang] ?? []),
    notNegating: new Set(NOT_NEGATING[lang] ?? []),
  };
}
