import { describe, expect, it } from "vitest";
import { analysisBench, benchTexts } from "../../../src/bench/analysis.js";

describe("analysisBench", () => {
  it("measures 280-character texts and reports natural's analyser as the same-run baseline", async () => {
    expect(benchTexts(5).every((t) => t.length === 280)).toBe(true);
    const [figure] = await analysisBench({ quick: true });
    expect(figure).toMatchObject({ name: "analyze", unit: "per_s", baseline: "natural SentimentAnalyzer" });
    expect(figure!.value).toBeGreaterThan(0);
    expect(figure!.baselineValue).toBeGreaterThan(0);
    expect(figure!.ratio).toBeCloseTo(figure!.value / figure!.baselineValue!, 1);
  });
});
