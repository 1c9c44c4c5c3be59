import { BASE_TOPICS, type SentimentLabel } from "../core/analysis.js";
import { type MentionCorrection, MentionCorrectionSchema } from "../core/correction.js";
import { UserError } from "../core/errors.js";
import { postedText } from "../core/redact.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { Clock } from "../ports/clock.js";
import type { MentionRepo } from "../ports/store.js";

/**
 * One correction as a training line: the dataset line format of `../shared/datasets/README.md`
 * (`text`, `label`, `source`, `domain`, optional `topics`) plus the language, the mention and when.
 */
export interface CorrectionLine {
  text: string;
  label: SentimentLabel;
  topics?: string[];
  lang: string;
  source: "corrections";
  domain: "tweet" | "review";
  mentionId: string;
  at: string;
}

/** The team teaching the model: corrections of a mention's sentiment and topics, kept with the mention. */
export class CorrectionService {
  constructor(
    private readonly mentions: MentionRepo,
    private readonly clock: Clock,
    private readonly customTopics: readonly string[] = [],
  ) {}

  /** Every topic id a correction may name: the built-in taxonomy and the config's own. */
  topics(): string[] {
    return [...BASE_TOPICS, ...this.customTopics];
  }

  /** Keeps `by`'s correction with the mention (replacing an earlier one) and returns it. */
  async correct(
    m: StoredMention,
    label: SentimentLabel,
    topics: string[] | undefined,
    by: string,
  ): Promise<MentionCorrection> {
    const correction = MentionCorrectionSchema.parse({
      label,
      ...(topics?.length ? { topics: [...new Set(topics)] } : {}),
      by,
      at: this.clock.now(),
    });
    if (!(await this.mentions.setCorrection(m.id, correction)))
      throw new UserError("no_such_mention", "That mention is no longer stored; nothing was changed.");
    return correction;
  }

  /** Every correction as a training line, oldest first. */
  async lines(): Promise<CorrectionLine[]> {
    return (await this.mentions.listCorrected()).flatMap((m) => {
      const line = correctionLine(m);
      return line ? [line] : [];
    });
  }
}

/**
 * A corrected mention as a training line; null without a correction or text. The text is the one the
 * team saw, personal data replaced (`[email]`, `[phone]`): a training file never carries a customer's address.
 */
export function correctionLine(m: StoredMention): CorrectionLine | null {
  const c = m.correction;
  const text = postedText(m).trim();
  if (!c || !text) return null;
  return {
    text,
    label: c.label,
    ...(c.topics?.length ? { topics: [...c.topics] } : {}),
    lang: m.analysis.lang,
    source: "corrections",
    domain: m.rating != null ? "review" : "tweet",
    mentionId: m.id,
    at: new Date(c.at).toISOString(),
  };
}
