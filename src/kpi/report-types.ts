/** One bucket of the volume timeline: a local day (or hour for one-day reports) by sentiment. */
export interface TimelinePoint {
  /** Local start of the bucket, ISO 8601 with offset. */
  start: string;
  total: number;
  negative: number;
  neutral: number;
  positive: number;
}

/** A mention shown as an example (a surge's loudest). Text is redacted of personal data. */
export interface MentionSample {
  id: string;
  source: string;
  url: string | null;
  author: string | null;
  text: string;
  reach: number;
  sentiment: "negative" | "neutral" | "positive";
}

/** A burst of mentions well above the seasonal baseline, with what drove it. */
export interface Surge {
  /** Local ISO start and end (end exclusive, on the hour). */
  start: string;
  end: string;
  startMs: number;
  endMs: number;
  /** Mentions in [start, end) and the baseline's expectation for the same hours. */
  mentions: number;
  expected: number;
  /** mentions / expected. */
  ratio: number;
  /** Significance: standard deviations above the baseline (negative-binomial noise, baseline uncertainty). */
  z: number;
  /** Significance: the chance of at least this many mentions were the baseline right (2 significant digits). */
  pValue: number;
  negative: number;
  /** Local hour (0–23) and weekday (0 = Monday) of the busiest hour. */
  peakHour: number;
  peakWeekday: number;
  /** Over-represented terms against the baseline (log-odds with an informative prior), strongest first. */
  drivers: string[];
  /** Topics whose share rose most against the baseline. */
  topics: string[];
  sources: Record<string, number>;
  topMentions: MentionSample[];
}

/** Count of a topic in the period, the previous period, and the relative change (null when new). */
export interface TopicFigure {
  topic: string;
  count: number;
  previous: number;
  change: number | null;
  negative: number;
}

/** The KPI report (CONTRACT.md's keys, and more). Times in seconds, shares in [0, 1]. */
export interface Report {
  period: {
    from: string;
    to: string;
    timezone: string;
    spec: string;
    label: string;
    unit: "day" | "week" | "month" | "range";
    days: number;
  };
  previousPeriod: { from: string; to: string };
  generatedAt: string;
  mentions: {
    total: number;
    previousTotal: number;
    /** Relative change against the previous period; null when it had none. */
    change: number | null;
    bySentiment: { negative: number; neutral: number; positive: number };
    bySource: Record<string, number>;
    byLanguage: Record<string, number>;
    /** Sources grouped into channels (social, reviews, news, forums, …; config `report.channels`). */
    byChannel: Record<string, number>;
    bySourceSentiment: Record<string, { negative: number; neutral: number; positive: number }>;
    insults: number;
  };
  shares: {
    negative: number;
    positive: number;
    neutral: number;
    previousNegative: number;
    previousPositive: number;
  };
  rating: {
    average: number | null;
    count: number;
    distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
  };
  cases: {
    opened: number;
    answered: number;
    closed: number;
    slaBreaches: number;
    /** Cases open right now (any period). */
    openNow: number;
    byOutcome: Record<string, number>;
  };
  times: {
    firstResponseMedian: number | null;
    firstResponseP90: number | null;
    firstResponseMean: number | null;
    resolutionMedian: number | null;
    resolutionP90: number | null;
    resolutionMean: number | null;
  };
  conversion: { detractors: number; converted: number; rate: number | null };
  /** Local hour (0–23) with the most mentions; null with no mentions. */
  peakHour: number | null;
  /** Mentions per local hour of day (24 values). */
  hourly: number[];
  /** Mentions per local weekday (0 = Monday) × hour: 7 rows of 24. */
  heatmap: number[][];
  timeline: TimelinePoint[];
  timelineUnit: "hour" | "day";
  topTopics: TopicFigure[];
  /** Authors with the most cases opened in the period, with their mentions in it. */
  topAuthors: Array<{ author: string; cases: number; mentions: number; negative: number; positive: number }>;
  watchedAuthors: Array<{
    author: string;
    name: string;
    mentions: number;
    negative: number;
    positive: number;
  }>;
  shareOfVoice: { brand: number; competitors: Record<string, number>; share: number | null } | null;
  surges: Surge[];
  /** The narrative summary shown above the figures. */
  summary: string;
}
