import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { PII_KINDS, SENTIMENT_LABELS } from "../../src/core/analysis.js";
import { PACKAGE_ROOT } from "../../src/core/paths.js";

/** One labeled mention of the evaluation corpus. */
export const CorpusItemSchema = z
  .object({
    id: z.string(),
    /** tune and heldout: the corpus; train: data/train (the learned layer's extra examples). */
    split: z.enum(["tune", "heldout", "train"]),
    lang: z.string().length(2),
    text: z.string(),
    sentiment: z.enum(SENTIMENT_LABELS),
    /** null: not labeled for topics (the pt/fr/de/it language-only items). */
    topics: z.array(z.string()).nullable(),
    insult: z.boolean(),
    pii: z.array(z.enum(PII_KINDS)),
  })
  .strict();
export type CorpusItem = z.infer<typeof CorpusItemSchema>;

/** Where the corpus lives (built from templates by test/fixtures/corpus/build.mjs). */
export const CORPUS_PATH = join(PACKAGE_ROOT, "test", "fixtures", "corpus", "corpus.jsonl");

/** Reads and validates the corpus; a bad line throws naming its line number. */
export function loadCorpus(path = CORPUS_PATH): CorpusItem[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const items: CorpusItem[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = CorpusItemSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    items.push(parsed.data);
  });
  return items;
}
