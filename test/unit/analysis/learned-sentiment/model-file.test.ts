import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../../../src/analysis/index.js";
import {
  SentimentClassifier,
  sentimentModelPath,
} from "../../../../src/analysis/learned-sentiment/classifier.js";
import {
  decodeModel,
  encodeModel,
  FILE_VERSION,
} from "../../../../src/analysis/learned-sentiment/model-file.js";
import { AnalysisConfigSchema } from "../../../../src/config/sections/analysis.js";

const HEADER = {
  version: FILE_VERSION as 1,
  lang: "en",
  classes: ["negative", "neutral", "positive"] as ("negative" | "neutral" | "positive")[],
  bits: 10,
  temperature: 1,
  bias: [0, 0, 0],
  negativeThreshold: 0.4,
  ruleFeatures: false,
  trainedOn: { tiny: 3 },
  seed: 1,
};

function weights(): Float32Array {
  const w = new Float32Array((1 << 10) * 3);
  for (let i = 0; i < w.length; i++) w[i] = Math.sin(i) * 2;
  return w;
}

const dir = () => mkdtempSync(join(tmpdir(), "orm-model-"));
const analyzerWith = (modelsDir: string) =>
  createAnalyzer({ languages: ["en"], analysis: AnalysisConfigSchema.parse({}), modelsDir });

describe("the sentiment model file", () => {
  it("round-trips the header and the weights within the int16 step", () => {
    const w = weights();
    const { header, weights: q } = decodeModel(encodeModel(HEADER, w));
    expect(header).toMatchObject({ ...HEADER });
    for (let i = 0; i < w.length; i += 97)
      expect(Math.abs(q[i]! * header.scale[i % 3]! - w[i]!)).toBeLessThan(1e-3);
  });

  it("names what is wrong with a corrupt file", () => {
    const good = encodeModel(HEADER, weights());
    expect(() => decodeModel(Buffer.from("not a model at all"))).toThrow(/ORMSENT1/);
    expect(() => decodeModel(good.subarray(0, good.length - 10))).toThrow(
      /weights: expected 6144 bytes.*truncated/,
    );
    const badHeader = Buffer.from(good);
    badHeader.write("{", 12 + 5, "latin1");
    expect(() => decodeModel(badHeader)).toThrow(/header/);
    const wrongField = encodeModel({ ...HEADER, bits: 99 } as typeof HEADER, new Float32Array(0));
    expect(() => decodeModel(wrongField)).toThrow(/header: bits:/);
  });

  it("stops the analyser's start with the path when a model is missing or corrupt", () => {
    const empty = dir();
    expect(() => analyzerWith(empty)).toThrow(`${sentimentModelPath("en", empty)}: sentiment model missing`);
    const broken = dir();
    writeFileSync(sentimentModelPath("en", broken), encodeModel(HEADER, weights()).subarray(0, 1000));
    expect(() => analyzerWith(broken)).toThrow(`${sentimentModelPath("en", broken)}: weights: expected`);
  });

  it("is not needed with the rules alone", () => {
    const a = createAnalyzer({
      languages: ["en"],
      analysis: AnalysisConfigSchema.parse({ sentimentModel: "rules" }),
      modelsDir: dir(),
    });
    expect(a.analyze("great service").sentiment.label).toBe("positive");
  });

  it("loads a written model and gives calibrated probabilities that sum to 1", () => {
    const d = dir();
    writeFileSync(sentimentModelPath("en", d), encodeModel(HEADER, weights()));
    const c = SentimentClassifier.load(sentimentModelPath("en", d));
    const p = c.probabilities("anything at all, really");
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(c.header.negativeThreshold).toBe(0.4);
  });
});
