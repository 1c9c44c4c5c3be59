import { describe, expect, it } from "vitest";
import { AnalysisSchema } from "../../../src/core/analysis.js";
import { analyzerFor } from "./helpers.js";

const a = analyzerFor();

describe("createAnalyzer", () => {
  it("finds the Acme complaint negative (natural's stock analyser calls it positive)", () => {
    const r = a.analyze(
      "I ordered from Acme two weeks ago and the package still hasn't arrived. Support never answers, worst customer service ever. Really disappointed with this company.",
    );
    expect(r.lang).toBe("en");
    expect(r.sentiment.label).toBe("negative");
    expect(r.topics).toEqual(expect.arrayContaining(["shipping", "customer_service"]));
    expect(AnalysisSchema.parse(r)).toBeTruthy();
  });

  it("gives the contract's fields plus spans, reach and priority in range", () => {
    const r = a.analyze(
      "Llevo tres semanas esperando el reembolso y nadie contesta. Escribidme a ana.lopez@gmail.com",
      {
        reach: 1200,
      },
    );
    expect(r.lang).toBe("es");
    expect(r.sentiment.label).toBe("negative");
    expect(r.pii).toEqual(["email"]);
    expect(r.piiSpans).toHaveLength(1);
    expect(r.reachScore).toBeGreaterThan(0);
    expect(r.reachScore).toBeLessThanOrEqual(100);
    expect(r.priority).toBeGreaterThan(0);
    expect(r.priority).toBeLessThanOrEqual(100);
  });

  it("reads Russian complaints without negative words", () => {
    const r = a.analyze("Уже неделю жду ответа, никто не отвечает в поддержке.");
    expect(r.lang).toBe("ru");
    expect(r.sentiment.label).toBe("negative");
  });
});
