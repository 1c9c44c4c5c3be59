import { foldSpelling } from "../lexicon/stem-map.js";
import { type PhrasePattern, p } from "../sentiment/phrase.js";
import { checkRepetition } from "./repetition.js";
import type { RulesFile } from "./schema.js";

/** One topic's keywords in one language: words (`stem*`, `~word`, `?word`, `!veto`) and phrases. */
export interface TopicKeywords {
  topic: string;
  words: string[];
  phrases: string[];
}

/** The insult lists of one language, as the insult detector reads them. */
export interface InsultLists {
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
  /** Aimed profanity and insulting verdicts on people, on the joined token string. */
  phrases: RegExp;
  /** Words often written with stars ("f*ck"), read back before the lists are checked. */
  starred: string[];
  /** Uses of a listed word that call nobody anything ("играть в дурака"), as regex sources. */
  notAimed: string[];
}

/** One language's rules, compiled: what the sentiment model, the topic matcher and the insult detector read. */
export interface LanguageRules {
  lang: string;
  /** Complaint and praise patterns, in file order (grouped by weight when the file asks for it). */
  complaints: PhrasePattern[];
  sarcasm: RegExp | null;
  topics: TopicKeywords[];
  insults: InsultLists | null;
}

/** Longest pattern source accepted: model.ts joins patterns into scans under V8's 20 KB optimising limit. */
const MAX_PATTERN = 4000;

/** A regex source checked and compiled (Unicode mode), or an Error naming `entry`. */
function compile(source: string, entry: string, flags = "u"): RegExp {
  if (source.length > MAX_PATTERN)
    throw new Error(
      `${entry}: pattern is ${source.length} characters, at most ${MAX_PATTERN} (V8 regex size limit)`,
    );
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (err) {
    throw new Error(`${entry}: not a valid regular expression (${(err as Error).message})`);
  }
  const risk = checkRepetition(source);
  if (risk) throw new Error(`${entry}: ${risk} (it could take exponential time on hostile text)`);
  return re;
}

/** `{NAME}` replaced by the fragment's source; an unknown name is an error naming `entry`. */
function expand(source: string, fragments: Record<string, string>, entry: string): string {
  return source.replace(/\{([A-Z][A-Z0-9_]*)\}/g, (_, name: string) => {
    const value = fragments[name];
    if (value === undefined) throw new Error(`${entry}: unknown fragment {${name}}`);
    return value;
  });
}

/** A pattern source as matched: ё folded to е, and alternatives folding made identical written once. */
function compact(source: string): string {
  return foldSpelling(source).replace(
    /\(\?:([^()]*)\)/g,
    (_, body: string) => `(?:${[...new Set(body.split("|"))].join("|")})`,
  );
}

/**
 * Joins the patterns of each weight into one alternation of at most `size` patterns (their leading
 * space shared, a trailing space kept as a lookahead): the combined regex then tries a few dozen
 * alternatives at each position instead of two hundred, three times faster, with the same labels. A
 * group counts once, as a pattern does, so two near-duplicate phrasings in one text no longer add up.
 */
function grouped(list: Array<PhrasePattern & { entry: string }>, size: number): PhrasePattern[] {
  const byWeight = new Map<number, string[]>();
  for (const x of list) {
    const source = compact(x.re.source);
    if (!source.startsWith(" "))
      throw new Error(`${x.entry}: must start with a space when patterns are grouped by weight`);
    const body = source.slice(1).split("| ").join("|");
    const alt = body.endsWith(" ") ? `${body.slice(0, -1)}(?= )` : body;
    byWeight.set(x.weight, [...(byWeight.get(x.weight) ?? []), alt]);
  }
  const out: PhrasePattern[] = [];
  for (const [weight, alts] of byWeight)
    for (let i = 0; i < alts.length; i += size)
      out.push(p(` (?:${alts.slice(i, i + size).join("|")})`, weight));
  return out;
}

function complaintsOf(file: RulesFile): PhrasePattern[] {
  const s = file.sentiment;
  if (!s?.complaints) return [];
  const fragments = s.fragments ?? {};
  for (const [name, source] of Object.entries(fragments)) compile(source, `sentiment.fragments.${name}`);
  const list: Array<PhrasePattern & { entry: string }> = [];
  for (const [group, patterns] of Object.entries(s.complaints))
    patterns.forEach((x, i) => {
      const entry = `sentiment.complaints.${group}.${i} ('${x.match.slice(0, 40)}')`;
      list.push({ re: compile(expand(x.match, fragments, entry), entry), weight: x.weight, entry });
    });
  if (s.group_by_weight) return grouped(list, s.group_by_weight);
  return list.map(({ re, weight }) => ({ re, weight }));
}

function sarcasmOf(file: RulesFile): RegExp | null {
  const alts = file.sentiment?.sarcasm;
  if (!alts?.length) return null;
  for (const [i, a] of alts.entries()) compile(a, `sentiment.sarcasm.${i} ('${a.slice(0, 40)}')`);
  return compile(alts.join("|"), "sentiment.sarcasm");
}

const words = (spec: string | undefined) => (spec ?? "").split(/\s+/).filter(Boolean);

function topicsOf(file: RulesFile): TopicKeywords[] {
  return Object.entries(file.topics ?? {}).map(([topic, spec]) => ({
    topic,
    words: words(spec?.words),
    phrases: (spec?.phrases ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  }));
}

function insultsOf(file: RulesFile): InsultLists | null {
  const i = file.insults;
  if (!i) return null;
  for (const [n, x] of i.phrases.entries()) compile(x, `insults.phrases.${n} ('${x.slice(0, 40)}')`);
  return {
    alone: i.alone,
    aimed: i.aimed,
    cues: i.cues,
    fillers: i.fillers,
    softeners: i.softeners,
    phrases: compile(i.phrases.join("|"), "insults.phrases"),
    starred: words(i.starred),
    notAimed: (i.not_aimed ?? []).map(
      (x, n) => compile(x, `insults.not_aimed.${n} ('${x.slice(0, 40)}')`).source,
    ),
  };
}

/** Compiles a validated rules file; throws an Error naming the entry at fault. */
export function compileRules(file: RulesFile): LanguageRules {
  return {
    lang: file.language,
    complaints: complaintsOf(file),
    sarcasm: sarcasmOf(file),
    topics: topicsOf(file),
    insults: insultsOf(file),
  };
}
