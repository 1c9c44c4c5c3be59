import type { AnalysisConfig } from "../config/sections/analysis.js";
import { BASE_TOPICS, type FullAnalysis, type PiiSpan } from "../core/analysis.js";
import type { AnalyzeContext, Analyzer } from "../ports/analyzer.js";
import { InsultDetector } from "./insult.js";
import { LanguageDetector } from "./lang/detect.js";
import { LEARNED_LANGUAGES, LearnedAnalysis } from "./learned.js";
import type { RuleFindings } from "./learned-features.js";
import { BrandMatcher } from "./learned-sentiment/brand.js";
import { SentimentClassifier, sentimentModelPath } from "./learned-sentiment/classifier.js";
import { ruleFlags } from "./learned-sentiment/rule-flags.js";
import { sentimentFromProbabilities, withRating } from "./learned-sentiment/verdict.js";
import { findPii, piiKinds } from "./pii/detect.js";
import { priorityOf } from "./priority.js";
import { reachScore } from "./reach.js";
import { buildSentimentModel, type SentimentModel } from "./sentiment/model.js";
import { type SentimentResult, scoreSentiment, sentimentSignals } from "./sentiment/score.js";
import { capText, type PreparedText, prepareText } from "./text.js";
import { TopicMatcher } from "./topics.js";

/** What the analyser is built from: the brand's languages, the analysis section and source weights. */
export interface AnalyzerOptions {
  languages: string[];
  analysis: AnalysisConfig;
  /** Source weights for reach (config `sources[].weight`); unknown sources weigh 1. */
  sources?: ReadonlyArray<{ id: string; weight: number }>;
  /** The brand (config `brand`): its name and aliases are what the sentiment is about (`<brand>`). */
  brand?: { name: string; aliases?: readonly string[] } | null;
  /** Where the sentiment models are read from (default: the package's models/). */
  modelsDir?: string;
  /** The brand's own domains (config `brand.domains`): addresses there are not personal data. */
  brandDomains?: readonly string[];
}

/** Topics about a problem: a statement on one of them without positive words leans negative. */
const PROBLEM_TOPICS = new Set([
  "shipping",
  "product_defect",
  "customer_service",
  "returns_refunds",
  "billing",
  "website_app",
  "legal_safety",
]);

const BUILT_IN = new Set<string>(BASE_TOPICS);

const NEUTRAL: SentimentResult = { label: "neutral", score: 0 };

/** The lexicon-and-rules analyser: one tokenisation, precomputed maps, never throws. */
export class LexiconAnalyzer implements Analyzer {
  private readonly detector: LanguageDetector;
  private readonly models = new Map<string, SentimentModel>();
  private readonly learned = new Map<string, LearnedAnalysis>();
  private readonly classifiers = new Map<string, SentimentClassifier>();
  private readonly brand: BrandMatcher | null;
  private readonly topics: TopicMatcher;
  private readonly insults: InsultDetector;
  private readonly weights: Map<string, number>;

  constructor(private readonly options: AnalyzerOptions) {
    const langs = options.languages.length ? options.languages : ["en"];
    this.detector = new LanguageDetector(langs);
    for (const l of langs) {
      const m = buildSentimentModel(l);
      if (m) this.models.set(l, m);
      if (options.analysis.sentimentModel !== "learned" || !LEARNED_LANGUAGES.includes(l)) continue;
      // A missing or corrupt model throws here, naming its path: start-up stops.
      this.classifiers.set(l, SentimentClassifier.load(sentimentModelPath(l, options.modelsDir)));
      const learned = LearnedAnalysis.load(l);
      if (learned) this.learned.set(l, learned);
    }
    const b = options.brand;
    this.brand = b ? new BrandMatcher([b.name, ...(b.aliases ?? [])]) : null;
    this.topics = new TopicMatcher(langs, options.analysis.topics);
    this.insults = new InsultDetector(langs);
    this.weights = new Map((options.sources ?? []).map((s) => [s.id, s.weight]));
  }

  /** Analyses one text; bad input gives a neutral `und` analysis rather than an error. */
  analyze(text: string, context?: AnalyzeContext): FullAnalysis {
    try {
      return this.run(typeof text === "string" ? text : "", context ?? {});
    } catch {
      return { ...fallback(), reachScore: this.reach(context ?? {}) };
    }
  }

  /** The personal data in a short field (an author, a link), with the brand's domains left alone. */
  personalData(text: string): PiiSpan[] {
    try {
      return findPii(typeof text === "string" ? capText(text, PII_SCAN_CHARS) : "", this.piiOptions);
    } catch {
      return [];
    }
  }

  private get piiOptions() {
    return { brandDomains: this.options.brandDomains ?? [] };
  }

  /**
   * What the rules find in a text, as the learned layer sees it: the prepared text, its language,
   * that language's sentiment model, the sentiment signals, keyword topics and the insult lists'
   * verdict (null without a sentiment model). Used by the training script.
   */
  explain(
    text: string,
    context: AnalyzeContext = {},
  ): ({ t: PreparedText; lang: string; model: SentimentModel } & RuleFindings) | null {
    const r = this.read(text, (l) => LEARNED_LANGUAGES.includes(l));
    if (!r.model) return null;
    const signals = sentimentSignals(r.t, r.model, context.rating, r.problem);
    return { t: r.t, lang: r.lang, model: r.model, signals, topics: r.topics, insult: r.insult };
  }

  /**
   * The rules' first pass, shared by analyze and explain: the prepared text; the detected language
   * and the one whose models read it (for `und`, the best guess when `hasLearned` says it has a
   * learned model); keyword topics, the insult lists' verdict, personal data, and whether a
   * statement here leans negative (a problem topic, unless it shares personal data: a request).
   */
  private read(text: string, hasLearned: (lang: string) => boolean) {
    const t = prepareText(text, this.options.analysis.maxTextChars);
    const detected = this.detector.classify(t);
    const guess = detected.guess && hasLearned(detected.guess) ? detected.guess : "und";
    const lang = detected.lang !== "und" ? detected.lang : guess;
    const topics = this.topics.match(t, lang);
    // Personal data is looked for past what the analysis reads: all the bot posts must be redacted,
    // whatever `maxTextChars` is (a long title can push the text past it, see mention-analysis.ts).
    const piiSpans = findPii(
      text.length > t.raw.length ? capText(text, Math.max(t.raw.length, PII_SCAN_CHARS)) : t.raw,
      this.piiOptions,
    );
    return {
      t,
      detected: detected.lang,
      lang,
      model: this.models.get(lang),
      topics,
      insult: this.insults.detect(t, lang),
      piiSpans,
      problem: piiSpans.length === 0 && topics.some((x) => PROBLEM_TOPICS.has(x)),
    };
  }

  private run(text: string, ctx: AnalyzeContext): FullAnalysis {
    // A text too short to be sure of is still read with its best guess's learned model; `lang` says und.
    const {
      t,
      detected,
      lang,
      model,
      topics: keywordTopics,
      insult: listed,
      piiSpans,
      problem,
    } = this.read(text, (l) => this.classifiers.has(l) || this.learned.has(l));
    let insult = listed;
    let found = keywordTopics;
    const learned = this.learned.get(lang);
    const classifier = this.classifiers.get(lang);
    let sentiment: SentimentResult;
    let pNegative: number | undefined;
    if (t.tokens.length === 0 && t.raw.trim().length === 0) sentiment = NEUTRAL;
    else if (classifier) {
      const signals = model ? sentimentSignals(t, model, ctx.rating, problem) : null;
      const flags = signals ? ruleFlags(signals, insult) : [];
      const p = withRating(classifier.probabilities(t.raw, this.brand, flags), ctx.rating);
      sentiment = sentimentFromProbabilities(p);
      pNegative = p[0];
      if (model && learned && signals) {
        // The learned topic and insult heads (models/analysis-<lang>.json); their sentiment is not used.
        const verdict = learned.predict(t, { signals, topics: found, insult }, model, ctx.rating);
        // The insult lists are precise (name-calling, aimed profanity); the learned head adds recall.
        insult ||= verdict.insult;
        // The learned heads decide the built-in topics; brand topics from the config stay keyword-based.
        found = [...verdict.topics, ...found.filter((x) => !BUILT_IN.has(x))];
      }
    } else {
      sentiment = this.sentiment(t, lang, ctx.rating, problem);
      if (found.includes("legal_safety") && sentiment.label === "neutral")
        sentiment = { label: "negative", score: Math.min(sentiment.score, -0.3) };
    }
    if (insult && sentiment.label !== "negative")
      sentiment = { label: "negative", score: Math.min(sentiment.score, -0.5) };
    const negativeAlert =
      pNegative === undefined ? undefined : insult || pNegative >= this.negativeThreshold(lang);
    const topics = praiseKept(found, sentiment);
    const reach = this.reach(ctx);
    const priority = priorityOf({
      label: sentiment.label,
      score: sentiment.score,
      negativeAlert,
      reachScore: reach,
      topics,
      insult,
      author: ctx.author,
    });
    const pii = piiKinds(piiSpans);
    // Two literals rather than a spread in the middle of one: the same keys in the same order, built faster.
    if (pNegative === undefined)
      return { lang: detected, sentiment, topics, insult, pii, piiSpans, reachScore: reach, priority };
    return {
      lang: detected,
      sentiment,
      pNegative: Math.round(pNegative * 1000) / 1000,
      negativeAlert,
      topics,
      insult,
      pii,
      piiSpans,
      reachScore: reach,
      priority,
    };
  }

  /** The detected language's model; for `und`, the configured model that finds the most. */
  private sentiment(
    t: ReturnType<typeof prepareText>,
    lang: string,
    rating: number | null | undefined,
    problem: boolean,
  ): SentimentResult {
    if (t.tokens.length === 0 && t.raw.trim().length === 0) return NEUTRAL;
    const model = this.models.get(lang);
    if (model) return scoreSentiment(t, model, rating, problem);
    let best = NEUTRAL;
    for (const m of this.models.values()) {
      const r = scoreSentiment(t, m, rating, problem);
      if (Math.abs(r.score) > Math.abs(best.score)) best = r;
    }
    return best;
  }

  /** P(negative) from which a mention is alert-worthy: the config's, else the model's own. */
  private negativeThreshold(lang: string): number {
    return (
      this.options.analysis.negativeThreshold ?? this.classifiers.get(lang)?.header.negativeThreshold ?? 0.5
    );
  }

  private reach(ctx: AnalyzeContext): number {
    const e = ctx.engagement;
    return reachScore({
      audience: Math.max(ctx.reach ?? 0, e?.followers ?? 0),
      engagement: e,
      sourceWeight: ctx.source ? (this.weights.get(ctx.source) ?? 1) : 1,
    });
  }
}

/**
 * Praise belongs to every positive mention and to no other: in all our labeled data (8,092 training
 * mentions by 27 writers, the corpus) 94–96 % of positive mentions carry it, and the cross-validation
 * scores it best this way (README, analysis).
 */
function praiseKept(found: string[], s: SentimentResult): string[] {
  if (s.label !== "positive") return found.filter((x) => x !== "praise");
  return found.includes("praise") ? found : [...found, "praise"];
}

/** How far into a text personal data is looked for, at least (posts show 1,200 characters of text and 200 of title). */
const PII_SCAN_CHARS = 20_000;

function fallback(): Omit<FullAnalysis, "reachScore"> {
  return { lang: "und", sentiment: NEUTRAL, topics: [], insult: false, pii: [], piiSpans: [], priority: 0 };
}
