import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "zod";
import { SENTIMENT_LABELS, type SentimentLabel } from "../../src/core/analysis.js";
import { PACKAGE_ROOT } from "../../src/core/paths.js";

/** One dataset line (see ../shared/datasets/README.md); unknown fields are ignored. */
export const DatasetLineSchema = z.object({
  text: z.string({ error: "text: required, a string" }).min(1, "text: empty"),
  label: z.enum(SENTIMENT_LABELS, { error: "label: expected negative, neutral or positive" }),
  source: z.string({ error: "source: required, a string" }).min(1),
  domain: z.enum(["tweet", "review"], { error: "domain: expected tweet or review" }).default("tweet"),
  target: z.string().optional(),
  /** Only corrections carry it (the datasets' language is their folder's). */
  lang: z.enum(["en", "es", "ru"], { error: "lang: expected en, es or ru" }).optional(),
  topic: z.union([z.string(), z.array(z.string())]).optional(),
  category: z.union([z.string(), z.array(z.string())]).optional(),
});

/** A labelled text with where it came from. */
export interface Row {
  text: string;
  label: SentimentLabel;
  /** File name without .jsonl (the `source` of the datasets; "corrections" for team corrections). */
  file: string;
  lang: string;
  domain: "tweet" | "review";
  target: string | undefined;
  /** 1-based line number in its file. */
  line: number;
}

/** The default dataset folder: ../shared/datasets beside the repository, or ORM_DATASETS. */
export function defaultDataDir(): string {
  return process.env.ORM_DATASETS ?? join(PACKAGE_ROOT, "..", "shared", "datasets");
}

/** Thrown when the dataset folder is missing: the message says what to do. */
export class MissingDatasetsError extends Error {}

/** Reads one JSONL file; malformed lines are reported (file:line: what) and skipped. */
export function readJsonl(path: string, lang: string, report: (msg: string) => void): Row[] {
  const rows: Row[] = [];
  const lines = readFileSync(path, "utf8").split("\n");
  const file = path.replace(/^.*[\\/]/, "").replace(/\.jsonl$/, "");
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      report(`${path}:${i + 1}: not valid JSON, skipped`);
      return;
    }
    const parsed = DatasetLineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      report(`${path}:${i + 1}: ${issue?.message ?? "invalid"}, skipped`);
      return;
    }
    const d = parsed.data;
    rows.push({
      text: d.text,
      label: d.label,
      file,
      lang: d.lang ?? lang,
      domain: d.domain,
      target: d.target,
      line: i + 1,
    });
  });
  return rows;
}

/**
 * Every `sentiment/<lang>/*.jsonl` under the dataset folder (the folder itself or its `sentiment/`),
 * sorted by path so runs are reproducible.
 */
export function loadDatasets(dir: string, langs: readonly string[], report: (msg: string) => void): Row[] {
  const root = existsSync(join(dir, "sentiment")) ? join(dir, "sentiment") : dir;
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new MissingDatasetsError(
      `dataset folder not found: ${dir}\n` +
        "  Put the labelled datasets there (sentiment/<lang>/*.jsonl, see ../shared/datasets/README.md),\n" +
        "  or point to them: npm run train -- --data DIR   (or ORM_DATASETS=DIR).",
    );
  const rows: Row[] = [];
  for (const lang of langs) {
    const folder = join(root, lang);
    if (!existsSync(folder)) {
      report(`${relative(process.cwd(), folder) || folder}: no ${lang} folder, ${lang} skipped`);
      continue;
    }
    for (const name of readdirSync(folder)
      .filter((f) => f.endsWith(".jsonl"))
      .sort())
      rows.push(...readJsonl(join(folder, name), lang, report));
  }
  return rows;
}
