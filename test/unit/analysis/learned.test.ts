import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LexiconAnalyzer } from "../../../src/analysis/analyzer.js";
import {
  LearnedAnalysis,
  type LearnedModelFile,
  MODELS_DIR,
  OUTPUTS,
  sentimentOf,
} from "../../../src/analysis/learned.js";
import { namedFeatures } from "../../../src/analysis/learned-features.js";
import { AnalysisConfigSchema } from "../../../src/config/sections/analysis.js";
import { analyzerFor } from "./helpers.js";

const rulesAnalyzer = new LexiconAnalyzer({
  languages: ["en", "es", "ru"],
  analysis: AnalysisConfigSchema.parse({ sentimentModel: "rules" }),
});

/** A tiny model with hand-set weights: "refund" pushes negative and returns_refunds, "idiots" insult. */
function tinyModel(): LearnedModelFile {
  const weights = tinyWeights();
  return {
    lang: "en",
    version: 3,
    outputs: OUTPUTS,
    stemLength: 5,
    negativeBias: 0,
    topicThreshold: 0.5,
    insultThreshold: 0.5,
    trainedOn: {},
    features: Object.keys(weights),
    weights: Object.values(weights).flat(),
  };
}

function tinyWeights(): Record<string, number[]> {
  const zero = () => OUTPUTS.map(() => 0);
  const at = (name: string, v: number) => {
    const w = zero();
    w[OUTPUTS.indexOf(name)] = v;
    return w;
  };
  return {
    bias: OUTPUTS.map((o) => (o.startsWith("sentiment:") ? 0 : -3)),
    "w:refund": [2, 0, 0, ...zero().slice(3)].map((v, k) => (OUTPUTS[k] === "topic:returns_refunds" ? 6 : v)),
    "w:idiots": at("insult", 6),
    "b:^ thanks": at("sentiment:positive", 3),
    "w:¬good": at("sentiment:negative", 2.5),
  };
}

describe("learned layer", () => {
  it("ships a valid model for en, es and ru, loaded by default", () => {
    for (const lang of ["en", "es", "ru"]) expect(LearnedAnalysis.load(lang)).not.toBeNull();
    expect(LearnedAnalysis.load("pt")).toBeNull();
    expect(MODELS_DIR.endsWith("models")).toBe(true);
  });

  it("predicts from the same features the trainer sees", () => {
    const model = new LearnedAnalysis(tinyModel());
    for (const text of [
      "I want a refund from you today, you idiots",
      "Thanks, but this is not good at all for me",
      "Nothing to see here in this post today, friends",
    ]) {
      const x = rulesAnalyzer.explain(text)!;
      const named = namedFeatures(x.t, x, x.model, 5);
      const expected = OUTPUTS.map((_, k) => {
        let z = 0;
        for (const [name, value] of named) z += (tinyWeights()[name]?.[k] ?? 0) * value;
        return z;
      });
      const got = Array.from(model.logits(x.t, x, x.model));
      got.forEach((z, k) => {
        expect(z).toBeCloseTo(expected[k]!, 10);
      });
    }
  });

  it("turns the heads into a sentiment, topics and an insult", () => {
    const model = new LearnedAnalysis(tinyModel());
    const x = rulesAnalyzer.explain("I want a refund from you today, you idiots")!;
    const v = model.predict(x.t, x, x.model);
    expect(v.sentiment.label).toBe("negative");
    expect(v.topics).toEqual(["returns_refunds"]);
    expect(v.insult).toBe(true);
    const y = rulesAnalyzer.explain("Thanks for the quick help with my order")!;
    expect(model.predict(y.t, y, y.model)).toMatchObject({ sentiment: { label: "positive" }, insult: false });
    const n = rulesAnalyzer.explain("Well, this is not good at all for me")!;
    expect(model.predict(n.t, n, n.model).sentiment.label).toBe("negative");
  });

  it("keeps the score's sign with the label, and the negative margin favours negative", () => {
    expect(sentimentOf([0.3, 0.38, 0.32], 0)).toEqual({ label: "neutral", score: 0.02 });
    expect(sentimentOf([0.3, 0.38, 0.32], 0.1)).toEqual({ label: "negative", score: -0.001 });
    expect(sentimentOf([0.1, 0.2, 0.7], 0.1).label).toBe("positive");
  });

  it("names the file and the field when a model file is broken", () => {
    const dir = mkdtempSync(join(tmpdir(), "orm-model-"));
    writeFileSync(join(dir, "analysis-en.json"), JSON.stringify({ ...tinyModel(), stemLength: "five" }));
    expect(() => LearnedAnalysis.load("en", dir)).toThrow(/analysis-en\.json: stemLength: .*number/);
    writeFileSync(join(dir, "analysis-es.json"), JSON.stringify({ ...tinyModel(), outputs: ["x"] }));
    expect(() => LearnedAnalysis.load("es", dir)).toThrow(/analysis-es\.json: outputs/);
    writeFileSync(join(dir, "analysis-ru.json"), JSON.stringify({ ...tinyModel(), weights: [1, 2, 3] }));
    expect(() => LearnedAnalysis.load("ru", dir)).toThrow(
      /analysis-ru\.json: weights: expected 13 numbers per feature/,
    );
  });

  it("can be switched off: analysis.sentimentModel rules gives the rules' own answer", () => {
    const text = "Pedí el día 2 y hoy es 20. El seguimiento sigue igual.";
    const rules = analyzerFor(["en", "es", "ru"], { sentimentModel: "rules" }).analyze(text);
    const x = rulesAnalyzer.explain(text)!;
    expect(rules.sentiment).toEqual({ label: x.signals.label, score: x.signals.score });
  });
});

describe("the shipped analyser on texts written for this test", () => {
  const analyzer = analyzerFor();
  it.each([
    ["en", "Third call this week, third different answer. Still no refund.", "negative"],
    ["en", "ngl the new app update slaps, checkout takes two taps now", "positive"],
    ["en", "Does the store in the mall open on Sundays?", "neutral"],
    ["es", "Pedí el día 2 y hoy es 20. El seguimiento sigue igual.", "negative"],
    ["es", "Nada mal para lo que cuesta, la verdad. Repetiría.", "positive"],
    ["es", "¿Hacéis envíos a Canarias o solo península?", "neutral"],
    ["ru", "Третий раз звоню, каждый раз новая история. Денег так и нет.", "negative"],
    ["ru", "Брал с сомнениями, но остался доволен, работает как часы.", "positive"],
    ["ru", "Подскажите, до скольки работает пункт выдачи в субботу?", "neutral"],
  ])("%s: %s → %s", (lang, text, label) => {
    const r = analyzer.analyze(text);
    expect(r.lang).toBe(lang);
    expect(r.sentiment.label).toBe(label);
  });
});
