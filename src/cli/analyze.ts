import { z } from "zod";
import { createAnalyzer } from "../analysis/index.js";
import type { Config } from "../config/schema.js";
import { analyzeMention } from "../mentions/mention-analysis.js";
import { out, readLines, say } from "./io.js";

/**
 * `{"id", "text"}` per the contract; a mention's other fields are read when present, so
 * `parse-feed | analyze` reads titles and star ratings as `ingest` does.
 */
const AnalyzeLineSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string({ error: "text: required, a string" }),
  title: z.string().nullish(),
  rating: z.number().min(1).max(5).nullish(),
  source: z.string().nullish(),
  reach: z.number().nonnegative().nullish(),
});

/** `orm-bot analyze`: one analysis per JSON line, in order; bad lines are named on stderr and skipped. */
export async function analyzeVerb(config: Config, file: string | undefined): Promise<number> {
  const analyzer = createAnalyzer({
    languages: config.brand.languages,
    analysis: config.analysis,
    sources: config.sources.map(({ id, weight }) => ({ id, weight })),
    brand: config.brand,
    brandDomains: config.brand.domains,
  });
  let bad = 0;
  for await (const { n, line } of readLines(file)) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      say(`line ${n}: not valid JSON`);
      bad++;
      continue;
    }
    const parsed = AnalyzeLineSchema.safeParse(json);
    if (!parsed.success) {
      say(
        `line ${n}: ${parsed.error.issues[0]?.path.join(".") || "text"}: ${parsed.error.issues[0]?.message ?? "invalid"}`,
      );
      bad++;
      continue;
    }
    const { title, text, rating, source, reach } = parsed.data;
    const a = analyzeMention(analyzer, { title, text }, { rating, source, reach });
    await out(
      JSON.stringify({
        id: parsed.data.id ?? null,
        lang: a.lang,
        sentiment: a.sentiment,
        topics: a.topics,
        insult: a.insult,
        pii: a.pii,
      }),
    );
  }
  if (bad) say(`${bad} line(s) skipped`);
  return 0;
}
