import { z } from "zod";

export const SENTIMENT_LABELS = ["negative", "neutral", "positive"] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

/** The contract's topic taxonomy; config may add brand-specific ids. */
export const BASE_TOPICS = [
  "shipping",
  "product_defect",
  "customer_service",
  "returns_refunds",
  "billing",
  "promotion",
  "pricing",
  "website_app",
  "legal_safety",
  "praise",
] as const;

export const PII_KINDS = ["email", "phone", "card", "iban", "address", "id_number"] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export const AnalysisSchema = z.object({
  lang: z.string().min(2).max(3),
  sentiment: z.object({ label: z.enum(SENTIMENT_LABELS), score: z.number().min(-1).max(1) }),
  topics: z.array(z.string()),
  insult: z.boolean(),
  pii: z.array(z.enum(PII_KINDS)),
});

/** What `orm-bot analyze` prints per text (CONTRACT.md), without the id. */
export type Analysis = z.infer<typeof AnalysisSchema>;

/** A span of personal data found in a text: [start, end) in UTF-16 code units. */
export interface PiiSpan {
  kind: PiiKind;
  start: number;
  end: number;
}

/** The analyser's full result: the contract's fields plus what routing needs. */
export interface FullAnalysis extends Analysis {
  /** Where each piece of personal data sits in the text, so posts can redact it. */
  piiSpans: PiiSpan[];
  /**
   * The same for a mention's title (offsets into the title), set by the pipeline, which reads title and
   * text together. Absent on mentions stored before titles were read (see `postedTitle`).
   */
  titlePiiSpans?: PiiSpan[];
  /**
   * The learned model's calibrated probability that the mention is negative about the brand (absent
   * when the rules alone decided, and on mentions stored before the model had one).
   */
  pNegative?: number;
  /**
   * Whether it counts as negative for alerts: P(negative) at or above `analysis.negativeThreshold`
   * (an aimed insult always does). Absent: the label decides.
   */
  negativeAlert?: boolean;
  /** The same for the author (offsets into the author), set by the pipeline; absent on older mentions. */
  authorPiiSpans?: PiiSpan[];
  /** The same for the link (offsets into the URL), set by the pipeline; absent on older mentions. */
  urlPiiSpans?: PiiSpan[];
  /** Reach on a 0–100 scale (followers, engagement, source weight). */
  reachScore: number;
  /** Routing priority on a 0–100 scale (sentiment, reach, topic severity, author history). */
  priority: number;
}
