// `npm run eval:rules [datasets-dir]`: language detection and keyword topics on real, human-labelled
// mentions (../shared/datasets), not on text written here. Markdown on stdout.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createAnalyzer } from "../../src/analysis/index.js";
import { AnalysisConfigSchema } from "../../src/config/sections/analysis.js";
import { contentLetters, type DatasetRow, readDatasetLanguage, stableHash } from "./datasets.js";

const LANGS = ["en", "es", "ru"] as const;
const ALL_LANGS = ["en", "es", "ru", "pt", "fr", "de", "it"];
/** Tweets with fewer letters than this are not scored for language (the issue's bar is on 20+). */
const MIN_LETTERS = 20;

/**
 * The airline complaint reasons (twitter_us_airline_sentiment `topic`) that fit the taxonomy. The
 * others (Late Flight, Cancelled Flight, Lost/Damaged Luggage, Bad Flight, longlines, Flight Booking
 * Problems) have no topic of
 * ours: they are kept as the negatives of every mapped topic, so a keyword that fires on them costs precision.
 */
export const AIRLINE_TOPICS: Record<string, string> = {
  "Customer Service Issue": "customer_service",
  "Flight Attendant Complaints": "customer_service",
};
// "Flight Booking Problems" looked like website_app, but read on the dev half they are fares, miles,
// seats and reservations far more than the website or the app: left unmapped.

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const f3 = (x: number) => x.toFixed(3);

function languageTable(rows: DatasetRow[], languages: string[]): string[] {
  const analyzer = createAnalyzer({
    languages,
    analysis: AnalysisConfigSchema.parse({ sentimentModel: "rules" }),
  });
  const lines = [
    "| language | tweets (20+ letters) | und | detected as the file's language | most common other answer |",
  ];
  lines.push("| --- | ---: | ---: | ---: | --- |");
  for (const lang of LANGS) {
    const set = rows.filter(
      (r) =>
        r.lang === lang &&
        r.domain === "tweet" &&
        half(r.text) === "report" &&
        contentLetters(r.text) >= MIN_LETTERS,
    );
    const answers = new Map<string, number>();
    for (const r of set) {
      const got = analyzer.analyze(r.text).lang;
      answers.set(got, (answers.get(got) ?? 0) + 1);
    }
    const share = (l: string) => (set.length ? (answers.get(l) ?? 0) / set.length : 0);
    const other = [...answers].filter(([l]) => l !== lang && l !== "und").sort((a, b) => b[1] - a[1])[0];
    lines.push(
      `| ${lang} | ${set.length} | ${pct(share("und"))} | ${pct(share(lang))} | ${other ? `${other[0]} ${pct(share(other[0]))}` : "—"} |`,
    );
  }
  return lines;
}

/** Which half a mention belongs to: `dev` (word lists may be tuned on it) or `report` (the figures). */
export function half(text: string): "dev" | "report" {
  return stableHash(text) % 2 === 0 ? "dev" : "report";
}

function topicTable(rows: DatasetRow[], which: "dev" | "report"): string[] {
  const analyzer = createAnalyzer({
    languages: [...LANGS],
    analysis: AnalysisConfigSchema.parse({ sentimentModel: "rules" }),
  });
  const set = rows.filter(
    (r) => r.source === "twitter_us_airline_sentiment" && r.topic && half(r.text) === which,
  );
  const predicted = set.map((r) => new Set(analyzer.analyze(r.text).topics));
  const lines = [
    `| topic | complaint reasons mapped to it | support | precision | recall | F1 |`,
    "| --- | --- | ---: | ---: | ---: | ---: |",
  ];
  for (const topic of [...new Set(Object.values(AIRLINE_TOPICS))]) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    set.forEach((r, i) => {
      const gold = AIRLINE_TOPICS[r.topic!] === topic;
      const got = predicted[i]!.has(topic);
      if (gold && got) tp++;
      else if (got) fp++;
      else if (gold) fn++;
    });
    const p = tp + fp ? tp / (tp + fp) : 0;
    const rc = tp + fn ? tp / (tp + fn) : 0;
    const reasons = Object.entries(AIRLINE_TOPICS)
      .filter(([, t]) => t === topic)
      .map(([reason]) => reason)
      .join(", ");
    lines.push(
      `| ${topic} | ${reasons} | ${tp + fn} | ${f3(p)} | ${f3(rc)} | ${f3(p + rc ? (2 * p * rc) / (p + rc) : 0)} |`,
    );
  }
  // What our other topics say about the reasons that have no topic of ours.
  const stray = new Map<string, number>();
  set.forEach((r, i) => {
    if (AIRLINE_TOPICS[r.topic!]) return;
    for (const t of predicted[i]!) if (t !== "praise") stray.set(t, (stray.get(t) ?? 0) + 1);
  });
  const unmapped = set.filter((r) => !AIRLINE_TOPICS[r.topic!]).length;
  lines.push(
    "",
    `Complaints whose reason has no topic of ours (${unmapped}): ${
      [...stray]
        .sort((a, b) => b[1] - a[1])
        .map(([t, n]) => `${t} ${pct(n / Math.max(unmapped, 1))}`)
        .join(", ") || "no topic"
    }.`,
  );
  return lines;
}

/**
 * Language (und rate, accuracy) on tweets with 20+ letters per language, and keyword topic precision
 * and recall on real airline complaints (the half not used to tune keywords), as markdown.
 */
export async function evalLanguageAndTopics(datasetsDir: string): Promise<string> {
  const warnings: string[] = [];
  const rows = LANGS.flatMap((l) => readDatasetLanguage(datasetsDir, l, (w) => warnings.push(w)));
  const out = [
    "### Language on real tweets",
    "",
    `Tweets of ${datasetsDir}/sentiment/{en,es,ru} with ${MIN_LETTERS}+ letters outside URLs, @handles and`,
    "$cashtags (hashtags count), the report half (a stable hash of the text; the tweet word lists were",
    "mined from the other half). Goal: at most 3 % und.",
    "",
    "Brand languages en, es, ru:",
    "",
    ...languageTable(rows, [...LANGS]),
    "",
    `Brand languages ${ALL_LANGS.join(", ")}:`,
    "",
    ...languageTable(rows, ALL_LANGS),
    "",
    "### Topics on real complaints",
    "",
    "Negative tweets to US airlines with the annotated complaint reason (twitter_us_airline_sentiment),",
    "keyword topics (the rules). Report half (keywords were not tuned on it):",
    "",
    ...topicTable(rows, "report"),
    "",
    "Dev half (keywords were tuned on it):",
    "",
    ...topicTable(rows, "dev"),
  ];
  if (warnings.length)
    out.push(
      "",
      `Skipped ${warnings.length} malformed line(s):`,
      ...warnings.slice(0, 20).map((w) => `- ${w}`),
    );
  return out.join("\n");
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const dir = resolve(process.argv[2] ?? "../shared/datasets");
  if (!existsSync(resolve(dir, "sentiment"))) {
    console.error(
      `${dir}: no sentiment/ folder. Put the datasets there (see its README) or pass the folder: npm run eval:rules -- <datasets-dir>`,
    );
    process.exitCode = 2;
  } else console.log(await evalLanguageAndTopics(dir));
}
