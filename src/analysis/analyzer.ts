import type { AnalysisConfig } from "../config/sections/analysis.js";
import type { FullAnalysis } from "../core/analysis.js";
import type { AnalyzeContext, Analyzer } from "../ports/analyzer.js";
import { InsultDetector } from "./insult.js";
import { LanguageDetector } from "./lang/detect.js";
import { findPii, piiKinds } from "./pii/detect.js";
import { priorityOf } from "./priority.js";
import { reachScore } from "./reach.js";
import { LearnedSentiment } from "./sentiment/learned.js";
import { buildSentimentModel, type SentimentModel } from "./sentiment/model.js";
import {
  type SentimentResult,
  type SentimentSignals,
  scoreSentiment,
  sentimentSignals,
} from "./sentiment/score.js";
import { type PreparedText, prepareText } from "./text.js";
import { TopicMatcher } from "./topics.js";

/** What the analyser is built from: the brand's languages, the analysis section and source weights. */
export interface AnalyzerOptions {
  languages: string[];
  analysis: AnalysisConfig;
  /** Source weights for reach (config `sources[].weight`); unknown sources weigh 1. */
  sources?: ReadonlyArray<{ id: string; weight: number }>;
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

const NEUTRAL: SentimentResult = { label: "neutral", score: 0 };

/** The lexicon-and-rules analyser: one tokenisation, precomputed maps, never throws. */
export class LexiconAnalyzer implements Analyzer {
  private readonly detector: LanguageDetector;
  private readonly models = new Map<string, SentimentModel>();
  private readonly learned = new Map<string, LearnedSentiment>();
  private readonly topics: TopicMatcher;
  private readonly insults: InsultDetector;
  private readonly weights: Map<string, number>;

  constructor(private readonly options: AnalyzerOptions) {
    const langs = options.languages.length ? options.languages : ["en"];
    this.detector = new LanguageDetector(langs);
    for (const l of langs) {
      const m = buildSentimentModel(l);
      if (m) this.models.set(l, m);
      const learned = options.analysis.sentimentModel === "learned" ? LearnedSentiment.load(l) : null;
      if (learned) this.learned.set(l, learned);
    }
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

  /**
   * What the sentiment step sees for a text: the prepared text, its language, that language's
   * model and the rules' signals (null without a model). Used by the training script.
   */
  explain(
    text: string,
    context: AnalyzeContext = {},
  ): { t: PreparedText; lang: string; model: SentimentModel; signals: SentimentSignals } | null {
    const t = prepareText(text, this.options.analysis.maxTextChars);
    const lang = this.detector.detect(t);
    const model = this.models.get(lang);
    if (!model) return null;
    const problem = this.problem(t, lang, findPii(t.raw).length > 0);
    return { t, lang, model, signals: sentimentSignals(t, model, context.rating, problem) };
  }

  /** A statement on a problem topic leans negative, unless it shares personal data (a request). */
  private problem(
    t: PreparedText,
    lang: string,
    hasPii: boolean,
    found = this.topics.match(t, lang),
  ): boolean {
    return !hasPii && found.some((x) => PROBLEM_TOPICS.has(x));
  }

  private run(text: string, ctx: AnalyzeContext): FullAnalysis {
    const t = prepareText(text, this.options.analysis.maxTextChars);
    const lang = this.detector.detect(t);
    const insult = this.insults.detect(t, lang);
    const found = this.topics.match(t, lang);
    const piiSpans = findPii(t.raw);
    let sentiment = this.sentiment(t, lang, ctx.rating, this.problem(t, lang, piiSpans.length > 0, found));
    if (insult && sentiment.label !== "negative")
      sentiment = { label: "negative", score: Math.min(sentiment.score, -0.5) };
    if (found.includes("legal_safety") && sentiment.label === "neutral")
      sentiment = { label: "negative", score: Math.min(sentiment.score, -0.3) };
    const topics = praiseKept(found, sentiment);
    const reach = this.reach(ctx);
    const priority = priorityOf({ ...sentiment, reachScore: reach, topics, insult, author: ctx.author });
    return {
      lang,
      sentiment,
      topics,
      insult,
      pii: piiKinds(piiSpans),
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
    if (model) {
      const signals = sentimentSignals(t, model, rating, problem);
      const learned = this.learned.get(lang);
      return learned ? learned.predict(t, signals, model) : { label: signals.label, score: signals.score };
    }
    let best = NEUTRAL;
    for (const m of this.models.values()) {
      const r = scoreSentiment(t, m, rating, problem);
      if (Math.abs(r.score) > Math.abs(best.score)) best = r;
    }
    return best;
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

/** Praise belongs to positive mentions only, and to every clearly positive one (score ≥ 0.45). */
function praiseKept(found: string[], s: SentimentResult): string[] {
  if (s.label !== "positive") return found.filter((x) => x !== "praise");
  return s.score >= PRAISE_AT && !found.includes("praise") ? [...found, "praise"] : found;
}
const PRAISE_AT = 0.45;

function fallback(): Omit<FullAnalysis, "reachScore"> {
  return { lang: "und", sentiment: NEUTRAL, topics: [], insult: false, pii: [], piiSpans: [], priority: 0 };
}
