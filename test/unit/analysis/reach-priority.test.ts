import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../../src/analysis/index.js";
import { priorityOf } from "../../../src/analysis/priority.js";
import { engagementCount, reachScore } from "../../../src/analysis/reach.js";
import { AnalysisConfigSchema } from "../../../src/config/sections/analysis.js";

describe("reachScore", () => {
  it("follows the documented formula and stays within 0–100", () => {
    expect(reachScore({ audience: 0, engagement: null, sourceWeight: 1 })).toBe(10);
    expect(reachScore({ audience: 9_999, engagement: { likes: 99 }, sourceWeight: 1 })).toBe(74);
    expect(reachScore({ audience: 1e9, engagement: { shares: 1e6 }, sourceWeight: 10 })).toBe(100);
    expect(reachScore({ audience: Number.NaN, engagement: null, sourceWeight: Number.NaN })).toBe(10);
  });

  it("weighs shares over comments over likes, and ignores negative votes", () => {
    expect(engagementCount({ likes: 1, shares: 1, comments: 1, votes: -5 })).toBe(6);
  });

  it("ranks a national news site above a forum for the same numbers", () => {
    const a = createAnalyzer({
      languages: ["en"],
      analysis: AnalysisConfigSchema.parse({}),
      sources: [
        { id: "el-pais", weight: 6 },
        { id: "forum", weight: 0.5 },
      ],
    });
    const news = a.analyze("Acme recalls heaters", { source: "el-pais", reach: 500 }).reachScore;
    const forum = a.analyze("Acme recalls heaters", { source: "forum", reach: 500 }).reachScore;
    expect(news).toBeGreaterThan(forum + 40);
  });
});

describe("priorityOf", () => {
  const base = { label: "negative" as const, score: -0.8, reachScore: 40, topics: [], insult: false };

  it("puts legal_safety above other topics and negative above neutral", () => {
    const legal = priorityOf({ ...base, topics: ["legal_safety"] });
    const shipping = priorityOf({ ...base, topics: ["shipping"] });
    expect(legal).toBeGreaterThan(shipping);
    expect(priorityOf({ ...base, label: "neutral", score: 0 })).toBeLessThan(priorityOf(base));
  });

  it("raises watched authors and repeat detractors, and caps at 100", () => {
    const plain = priorityOf(base);
    expect(priorityOf({ ...base, author: { negative: 5, mentions: 6, watched: true } })).toBe(plain + 18);
    expect(
      priorityOf({
        ...base,
        reachScore: 100,
        topics: ["legal_safety"],
        insult: true,
        author: { negative: 9, mentions: 9, watched: true },
      }),
    ).toBe(100);
  });
});
