// `npm run eval`: scores the analyser on the held-out part of the labeled corpus, beside natural's stock
// SentimentAnalyzer and franc. `--split tune|heldout|all`; `--errors` lists misses (tune split only).
import { franc } from "franc";
import { NaturalSentimentBaseline } from "../../src/analysis/baseline/natural-sentiment.js";
import { createAnalyzer } from "../../src/analysis/index.js";
import { AnalysisConfigSchema } from "../../src/config/sections/analysis.js";
import type { FullAnalysis } from "../../src/core/analysis.js";
import { type CorpusItem, loadCorpus } from "./corpus.js";
import { binaryScores, exactMatch, f3, type Prf, sentimentScores, setScores } from "./metrics.js";

const ALL_LANGS = ["en", "es", "ru", "pt", "fr", "de", "it"];
const ISO3: Record<string, string> = {
  eng: "en",
  spa: "es",
  rus: "ru",
  por: "pt",
  fra: "fr",
  deu: "de",
  ita: "it",
};
const GOALS = { macroF1: 0.85, negRecall: 0.9, langAcc: 0.97, topicF1: 0.75, insultF1: 0.8, piiExact: 0.96 };

const args = process.argv.slice(2);
const split = (args[args.indexOf("--split") + 1] ?? "heldout") as "tune" | "heldout" | "all";
const showErrors = args.includes("--errors");
if (showErrors && split !== "tune") {
  console.error("--errors is only for the tune split (the held-out part must stay unseen)");
  process.exit(2);
}

const items = loadCorpus().filter(
  (i) => split === "all" || i.split === (args.includes("--split") ? split : "heldout"),
);
const analyzer = createAnalyzer({ languages: ALL_LANGS, analysis: AnalysisConfigSchema.parse({}) });
const results = new Map<string, FullAnalysis>(items.map((i) => [i.id, analyzer.analyze(i.text)]));
const rulesOnly = createAnalyzer({
  languages: ALL_LANGS,
  analysis: AnalysisConfigSchema.parse({ sentimentModel: "rules" }),
});
const rulesLabel = new Map(items.map((i) => [i.id, rulesOnly.analyze(i.text).sentiment.label]));
/** Mentions of the fresh files (ids `xx-fN`), written later by other hands than the lexicons'. */
const isFresh = (i: CorpusItem) => /^[a-z]{2}-f\d+$/.test(i.id);
const failed: string[] = [];
const out = (s = "") => process.stdout.write(`${s}\n`);
const check = (name: string, value: number, goal: number) => {
  if (value < goal) failed.push(`${name} ${f3(value)} < ${goal}`);
  return `${f3(value)} ${value >= goal ? "✓" : "✗"} (goal ≥ ${goal})`;
};
const row = (label: string, p: Prf) =>
  `    ${label.padEnd(10)} P ${f3(p.precision)}  R ${f3(p.recall)}  F1 ${f3(p.f1)}  n=${p.support}`;

function sentimentSection(lang: string, subset: CorpusItem[]): void {
  const gold = subset.map((i) => i.sentiment);
  const ours = sentimentScores(
    gold,
    subset.map((i) => results.get(i.id)!.sentiment.label),
  );
  out(`  ${lang} (${subset.length} mentions)`);
  out("   ours:");
  for (const [label, p] of Object.entries(ours.perLabel)) out(row(label, p));
  out(`    macro-F1 ${check(`${lang} macro-F1`, ours.macroF1, GOALS.macroF1)}`);
  out(
    `    negative recall ${check(`${lang} negative recall`, ours.perLabel.negative.recall, GOALS.negRecall)}`,
  );
  const brief = (s: ReturnType<typeof sentimentScores>) =>
    `macro-F1 ${f3(s.macroF1)}  negative recall ${f3(s.perLabel.negative.recall)}`;
  const fresh = subset.filter(isFresh);
  if (fresh.length)
    out(
      `    of which the ${fresh.length} fresh mentions (other hands): ${brief(
        sentimentScores(
          fresh.map((i) => i.sentiment),
          fresh.map((i) => results.get(i.id)!.sentiment.label),
        ),
      )}`,
    );
  out(
    `   rules alone (analysis.sentimentModel: rules): ${brief(
      sentimentScores(
        gold,
        subset.map((i) => rulesLabel.get(i.id)!),
      ),
    )}`,
  );
  const natural = NaturalSentimentBaseline.for(lang);
  if (!natural) {
    out("   natural SentimentAnalyzer: no vocabulary for this language (its constructor throws)");
    return;
  }
  const base = sentimentScores(
    gold,
    subset.map((i) => natural.label(i.text)),
  );
  out("   natural SentimentAnalyzer (afinn):");
  for (const [label, p] of Object.entries(base.perLabel)) out(row(label, p));
  out(`    macro-F1 ${f3(base.macroF1)}  negative recall ${f3(base.perLabel.negative.recall)}`);
}

function languageSection(): void {
  const long = items.filter((i) => i.text.length >= 40);
  const acc = (pred: (i: CorpusItem) => string, set: CorpusItem[]) =>
    set.length ? set.filter((i) => pred(i) === i.lang).length / set.length : 0;
  const ours = (i: CorpusItem) => results.get(i.id)!.lang;
  const francAll = (i: CorpusItem) => ISO3[franc(i.text)] ?? "und";
  const francOnly = (i: CorpusItem) => ISO3[franc(i.text, { only: Object.keys(ISO3) })] ?? "und";
  out(
    `\nLanguage (${ALL_LANGS.join(", ")} enabled; ${long.length} texts of 40+ chars, ${items.length} in all)`,
  );
  out(
    `  ours                  40+: ${check("language accuracy", acc(ours, long), GOALS.langAcc)}   all: ${f3(acc(ours, items))}`,
  );
  out(`  franc (unrestricted)  40+: ${f3(acc(francAll, long))}   all: ${f3(acc(francAll, items))}`);
  out(`  franc (only these 7)  40+: ${f3(acc(francOnly, long))}   all: ${f3(acc(francOnly, items))}`);
  for (const lang of ALL_LANGS) {
    const sub = long.filter((i) => i.lang === lang);
    if (sub.length)
      out(`    ${lang}: ours ${f3(acc(ours, sub))}  franc ${f3(acc(francAll, sub))}  n=${sub.length}`);
  }
}

function labelsSection(labeled: CorpusItem[]): void {
  const topics = setScores(
    labeled.map((i) => i.topics ?? []),
    labeled.map((i) => results.get(i.id)!.topics),
  );
  const insult = binaryScores(
    labeled.map((i) => i.insult),
    labeled.map((i) => results.get(i.id)!.insult),
  );
  const withPii = labeled.filter((i) => i.pii.length);
  const pii = exactMatch(
    labeled.map((i) => i.pii),
    labeled.map((i) => results.get(i.id)!.pii),
  );
  const piiOnly = exactMatch(
    withPii.map((i) => i.pii),
    withPii.map((i) => results.get(i.id)!.pii),
  );
  out(`\nTopics, insults, personal data (${labeled.length} mentions)`);
  out(
    `  topic micro-F1 ${check("topic F1", topics.f1, GOALS.topicF1)}  (P ${f3(topics.precision)} R ${f3(topics.recall)})`,
  );
  out(
    `  insult F1 ${check("insult F1", insult.f1, GOALS.insultF1)}  (P ${f3(insult.precision)} R ${f3(insult.recall)}, n=${insult.support})`,
  );
  out(
    `  PII exact match ${check("PII exact", pii, GOALS.piiExact)}  (on the ${withPii.length} texts with PII: ${f3(piiOnly)})`,
  );
  for (const lang of ["en", "es", "ru"]) {
    const sub = labeled.filter((i) => i.lang === lang);
    const t = setScores(
      sub.map((i) => i.topics ?? []),
      sub.map((i) => results.get(i.id)!.topics),
    );
    out(`    ${lang}: topic F1 ${f3(t.f1)}`);
  }
}

function errorsSection(labeled: CorpusItem[]): void {
  out("\nMisses (tune split):");
  for (const i of labeled) {
    const r = results.get(i.id)!;
    const wrong: string[] = [];
    if (r.sentiment.label !== i.sentiment)
      wrong.push(`sentiment ${r.sentiment.label}(${r.sentiment.score}) ≠ ${i.sentiment}`);
    if (r.lang !== i.lang) wrong.push(`lang ${r.lang} ≠ ${i.lang}`);
    if (i.topics && [...r.topics].sort().join() !== [...i.topics].sort().join())
      wrong.push(`topics [${r.topics}] ≠ [${i.topics}]`);
    if (r.insult !== i.insult) wrong.push(`insult ${r.insult}`);
    if (r.pii.join() !== i.pii.join()) wrong.push(`pii [${r.pii}] ≠ [${i.pii}]`);
    if (wrong.length) out(`  ${i.id}: ${wrong.join("; ")}\n      ${i.text}`);
  }
}

out(`Analysis eval on the ${split} split (${items.length} mentions)`);
out("\nSentiment");
for (const lang of ["en", "es", "ru"])
  sentimentSection(
    lang,
    items.filter((i) => i.lang === lang),
  );
languageSection();
const labeled = items.filter((i) => i.topics !== null);
labelsSection(labeled);
if (showErrors) errorsSection(items);
out(failed.length ? `\nBelow goal: ${failed.join("; ")}` : "\nAll goals met.");
