import { describe, expect, it } from "vitest";
import {
  sentimentFromProbabilities,
  withRating,
} from "../../../../src/analysis/learned-sentiment/verdict.js";
import { alertSentiment } from "../../../../src/cases/routing.js";
import type { FullAnalysis } from "../../../../src/core/analysis.js";
import { analyzerFor } from "../helpers.js";

describe("one calibrated answer", () => {
  it("labels the most probable class, with a score of the same sign", () => {
    expect(sentimentFromProbabilities([0.5, 0.3, 0.2])).toEqual({ label: "negative", score: -0.3 });
    expect(sentimentFromProbabilities([0.2, 0.5, 0.3])).toEqual({ label: "neutral", score: 0.1 });
    expect(sentimentFromProbabilities([0.1, 0.2, 0.7])).toEqual({ label: "positive", score: 0.6 });
    // rounding never flips the sign
    expect(sentimentFromProbabilities([0.40004, 0.2, 0.39996]).score).toBe(-0.001);
  });

  it("moves the probabilities with a star rating", () => {
    const p = withRating([0.3, 0.4, 0.3], 1);
    expect(p[0]).toBeGreaterThan(0.3);
    expect(p[2]).toBeLessThan(0.3);
    expect(withRating([0.3, 0.4, 0.3], null)).toEqual([0.3, 0.4, 0.3]);
  });

  it("gives every analysed text a label consistent with its score and P(negative)", () => {
    const a = analyzerFor(["en", "es", "ru"]);
    const texts = [
      "worst airline ever, lost my bag and nobody answers",
      "Thank you so much, the crew was amazing!",
      "Flight 123 departs at 9:40 from gate B",
      "El servicio fue horrible, nunca más",
      "Спасибо, всё отлично работает)))",
      "Банк опубликовал отчёт за квартал",
    ];
    for (const text of texts) {
      const r = a.analyze(text);
      expect(r.pNegative).toBeGreaterThanOrEqual(0);
      if (r.sentiment.label === "negative") expect(r.sentiment.score).toBeLessThan(0);
      if (r.sentiment.label === "positive") expect(r.sentiment.score).toBeGreaterThan(0);
      if (r.sentiment.label === "negative" && !r.insult) expect(r.pNegative).toBeGreaterThan(1 / 3);
    }
  });

  it("reads clear praise and clear complaints right in each language", () => {
    const a = analyzerFor(["en", "es", "ru"]);
    expect(a.analyze("I love this, thank you so much! Best service ever").sentiment.label).toBe("positive");
    expect(a.analyze("Worst service ever. I hate this, nobody helps").sentiment.label).toBe("negative");
    expect(a.analyze("Muchas gracias, excelente atención, me encanta").sentiment.label).toBe("positive");
    expect(a.analyze("Pésimo servicio, una vergüenza, nunca más").sentiment.label).toBe("negative");
    expect(a.analyze("Спасибо большое, всё отлично, очень довольна").sentiment.label).toBe("positive");
    expect(a.analyze("Ужасный сервис, деньги списали и никто не отвечает").sentiment.label).toBe("negative");
  });

  it("alerts on P(negative) over the configured threshold, so a team trades recall for quiet", () => {
    const text = "not sure the refund went through, still waiting";
    const p = analyzerFor(["en"]).analyze(text).pNegative!;
    const loud = analyzerFor(["en"], { negativeThreshold: Math.max(0, p - 0.01) }).analyze(text);
    const quiet = analyzerFor(["en"], { negativeThreshold: Math.min(1, p + 0.01) }).analyze(text);
    expect(loud.negativeAlert).toBe(true);
    expect(quiet.negativeAlert).toBe(false);
    expect(alertSentiment(loud)).toBe("negative");
    expect(alertSentiment(quiet)).not.toBe("negative");
    expect(loud.priority).toBeGreaterThan(quiet.priority);
  });

  it("keeps the label's meaning for analyses stored without probabilities", () => {
    const old = { sentiment: { label: "negative", score: -0.4 } } as FullAnalysis;
    expect(alertSentiment(old)).toBe("negative");
  });
});
