import { z } from "zod";
import { BASE_TOPICS } from "../../core/analysis.js";

/** One phrase pattern: a regex source on the joined tokens (` tok tok … `) and the sentiment units a hit adds. */
const PatternSchema = z
  .object({
    weight: z.number().refine(Number.isFinite, "must be a finite number"),
    match: z.string().min(1, "must not be empty"),
  })
  .strict();

/** Space-separated words (YAML folded block); `stem*` and the topic markers are allowed. */
const WordsSchema = z.string();

const SentimentSchema = z
  .object({
    /** Patterns of one weight joined into alternations of at most this many (Russian: a faster scan). */
    group_by_weight: z.number().int().min(1).max(64).optional(),
    /** Named regex pieces, written `{NAME}` inside a pattern. */
    fragments: z
      .record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, "fragment names are CAPITALS"), z.string())
      .optional(),
    /** Complaint and praise patterns by group; groups and patterns keep their order (the first listed wins a tie). */
    complaints: z
      .record(z.string().regex(/^[a-z][a-z0-9_]*$/, "group names are lower_case"), z.array(PatternSchema))
      .optional(),
    /** Sarcasm markers: alternatives of one regex (when one is present, positive words count as negative). */
    sarcasm: z.array(z.string().min(1, "must not be empty")).optional(),
  })
  .strict();

const TopicSchema = z
  .object({
    words: WordsSchema.optional(),
    /** One phrase per line. */
    phrases: z.string().optional(),
  })
  .strict();

const InsultsSchema = z
  .object({
    alone: WordsSchema,
    aimed: WordsSchema,
    cues: WordsSchema,
    fillers: WordsSchema,
    softeners: WordsSchema,
    phrases: z.array(z.string().min(1, "must not be empty")),
    starred: WordsSchema.optional(),
    /** Regexes of uses that call nobody anything ("играть в дурака"): a listed word inside one is not an insult. */
    not_aimed: z.array(z.string().min(1, "must not be empty")).optional(),
  })
  .strict();

/** One rules file (data/rules/<lang>.yaml). */
export const RulesFileSchema = z
  .object({
    language: z.string().regex(/^[a-z]{2,3}$/, "expected a language code such as en"),
    sentiment: SentimentSchema.optional(),
    topics: z.partialRecord(z.enum(BASE_TOPICS), TopicSchema).optional(),
    insults: InsultsSchema.optional(),
  })
  .strict();

export type RulesFile = z.infer<typeof RulesFileSchema>;
