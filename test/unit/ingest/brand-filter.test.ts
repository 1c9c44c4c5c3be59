import { describe, expect, it } from "vitest";
import { BrandConfigSchema } from "../../../src/config/sections/brand.js";
import type { Mention } from "../../../src/core/mention.js";
import { createBrandFilter } from "../../../src/ingest/brand-filter.js";

const m = (title: string, text = "", url: string | null = null): Mention => ({
  id: "x",
  source: "s",
  url,
  title,
  text,
  author: null,
  publishedAt: null,
  reach: null,
  rating: null,
});

describe("brand filter", () => {
  const filter = createBrandFilter(
    BrandConfigSchema.parse({
      name: "Acme Telecom",
      aliases: ["Acme", "@acmetelecom", "Акме"],
      keywords: ["X5 router"],
      exclude: ["Acme Corp cartoon"],
    }),
  );

  it("keeps items naming the brand, an alias, a handle or a keyword, as whole words in any case", () => {
    expect(filter(m("ACME TELECOM outage"))).toEqual({ keep: true });
    expect(filter(m("", "thanks @acmetelecom!"))).toEqual({ keep: true });
    expect(filter(m("", "любимый Акме, спасибо"))).toEqual({ keep: true });
    expect(filter(m("my x5  router died"))).toEqual({ keep: true });
    expect(filter(m("story", "", "https://blog.example/acmetelecom-review"))).toEqual({ keep: true });
  });

  it("drops items that only contain the name inside another word, or an exclusion", () => {
    expect(filter(m("acmeville fair"))).toEqual({ keep: false, reason: "no_match" });
    expect(filter(m("The Acme Corp cartoon anvil"))).toEqual({ keep: false, reason: "excluded" });
  });
});
