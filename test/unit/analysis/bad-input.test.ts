import { describe, expect, it } from "vitest";
import { AnalysisSchema } from "../../../src/core/analysis.js";
import { analyzerFor } from "./helpers.js";

const a = analyzerFor();

function sane(text: string) {
  const r = a.analyze(text);
  expect(AnalysisSchema.parse(r)).toBeTruthy();
  expect(r.reachScore).toBeGreaterThanOrEqual(0);
  expect(r.priority).toBeLessThanOrEqual(100);
  for (const s of r.piiSpans) expect(s.end).toBeLessThanOrEqual(text.length);
  return r;
}

describe("bad input", () => {
  it("empty and whitespace-only text: und, neutral", () => {
    for (const t of ["", "   \n\t "]) {
      const r = sane(t);
      expect(r.lang).toBe("und");
      expect(r.sentiment).toEqual({ label: "neutral", score: 0 });
    }
  });

  it("1 MB of text is cut to maxTextChars and still analysed", () => {
    const big = "The package still hasn't arrived. ".repeat(30_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const r = sane(big);
    expect(r.lang).toBe("en");
    expect(r.sentiment.label).toBe("negative");
  });

  it("binary garbage gives und and no crash", () => {
    let junk = "";
    for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    const r = sane(junk);
    expect(["und", "en", "es", "ru"]).toContain(r.lang);
  });

  it("emoji-only text is und, with the emoji's sentiment", () => {
    const r = sane("😡😡👎");
    expect(r.lang).toBe("und");
    expect(r.sentiment.label).toBe("negative");
  });

  it("URL-only text is und and neutral", () => {
    const r = sane("https://www.example.com/products/12345?utm_source=twitter&utm_medium=social");
    expect(r.lang).toBe("und");
    expect(r.sentiment.label).toBe("neutral");
  });

  it("mixed scripts pick the dominant language", () => {
    expect(sane("Acme Brightway Nordia, доставка ужасная, посылка не пришла").lang).toBe("ru");
  });

  it("a non-string input does not throw", () => {
    expect(sane(undefined as unknown as string).lang).toBe("und");
  });
});
