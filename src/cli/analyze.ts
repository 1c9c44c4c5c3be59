import { z } from "zod";
import { createAnalyzer } from "../analysis/index.js";
import type { Config } from "../config/schema.js";
import { out, readLines, say } from "./io.js";

const AnalyzeLineSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string({ error: "text: required, a string" }),
});

/** `orm-bot analyze`: one analysis per JSON line, in order; bad lines are named on stderr and skipped. */
export async function analyzeVerb(config: Config, file: string | undefined): Promise<number> {
  const analyzer = createAnalyzer({
    languages: config.brand.languages,
    analysis: config.analysis,
    sources: config.sources.map(({ id, weight }) => ({ id, weight })),
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
    const a = analyzer.analyze(parsed.data.text);
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
