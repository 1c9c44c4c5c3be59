import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../eval/corpus.js";

describe("evaluation corpus", () => {
  const items = loadCorpus();

  it("holds at least 300 labeled mentions for each of en, es and ru, with a held-out part", () => {
    for (const lang of ["en", "es", "ru"]) {
      const mine = items.filter((i) => i.lang === lang);
      expect(mine.length).toBeGreaterThanOrEqual(300);
      expect(mine.filter((i) => i.split === "heldout").length).toBeGreaterThanOrEqual(100);
    }
  });

  it("has unique ids and every sentiment label, insults and personal data in each language", () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const lang of ["en", "es", "ru"]) {
      const mine = items.filter((i) => i.lang === lang);
      for (const s of ["negative", "neutral", "positive"])
        expect(mine.some((i) => i.sentiment === s)).toBe(true);
      expect(mine.some((i) => i.insult)).toBe(true);
      expect(mine.some((i) => i.pii.length > 0)).toBe(true);
    }
  });
});
