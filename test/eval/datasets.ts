import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { languageContent } from "../../src/analysis/lang/content.js";
import { prepareText } from "../../src/analysis/text.js";

/** One labelled mention of ../shared/datasets (see its README): the fields the rules evaluation reads. */
export const DatasetRowSchema = z.object({
  text: z.string(),
  label: z.enum(["negative", "neutral", "positive"]),
  source: z.string(),
  domain: z.enum(["tweet", "review"]),
  topic: z.string().optional(),
  target: z.string().optional(),
  category: z.string().optional(),
});
export type DatasetRow = z.infer<typeof DatasetRowSchema> & { lang: string };

/** The dataset rows of one language folder (`<dir>/sentiment/<lang>/*.jsonl`); a bad line is reported and skipped. */
export function readDatasetLanguage(dir: string, lang: string, warn: (line: string) => void): DatasetRow[] {
  const folder = join(dir, "sentiment", lang);
  if (!existsSync(folder)) return [];
  const rows: DatasetRow[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    const path = join(folder, file);
    readFileSync(path, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (!line.trim()) return;
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          warn(`${path}:${i + 1}: not JSON, skipped`);
          return;
        }
        const parsed = DatasetRowSchema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          warn(
            `${path}:${i + 1}: ${issue?.path.join(".") || "(line)"}: ${issue?.message ?? "invalid"}, skipped`,
          );
          return;
        }
        rows.push({ ...parsed.data, lang });
      });
  }
  return rows;
}

/** A stable 32-bit hash of a text (FNV-1a), for splits that do not move between runs. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Letters in a text (any script). */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** Letters of a post's words: outside URLs, @handles and cashtags (hashtags count, see languageContent). */
export function contentLetters(text: string): number {
  const t = languageContent(prepareText(text, 100_000));
  return t.latinLetters + t.cyrillicLetters + t.otherLetters;
}
