import { describe, expect, it } from "vitest";
import { BrandMatcher } from "../../../../src/analysis/learned-sentiment/brand.js";
import { Featurizer } from "../../../../src/analysis/learned-sentiment/features.js";
import { prepareForModel } from "../../../../src/analysis/learned-sentiment/prepare.js";
import { MAX_TOKENS, scanText } from "../../../../src/analysis/learned-sentiment/tokens.js";

const tokens = (text: string, brand?: BrandMatcher) => prepareForModel(text, brand).tokens;

describe("the learned model's tokens", () => {
  it("normalises handles, links, numbers, elongation and capitals", () => {
    const s = prepareForModel("@bob SOOOO bad!!! see https://t.co/x?a=1 and www.example.com, 42 times");
    expect(s.tokens).toEqual(["<user>", "soo", "bad", "!", "see", "<url>", "and", "<url>", "<num>", "times"]);
    expect(s.flags).toEqual(["<caps>", "<elong>"]);
  });

  it("reads emoticons, Russian brackets and emoji as tokens, skin tones and joiners not", () => {
    expect(tokens("great :) :-( <3 xD")).toEqual(["great", "<smile>", "<sad>", "<heart>", "<laugh>"]);
    expect(tokens("спасибо))) жаль((")).toEqual(["спасибо", "<smile>", "жаль", "<sad>"]);
    expect(tokens("ok 👍🏽 😡")).toEqual(["ok", "👍", "😡"]);
    // a variation selector is part of its emoji, not a word of its own
    expect(tokens("te quiero ❤️ ☺️ bien")).toEqual(["te", "quiero", "❤", "☺", "bien"]);
  });

  it("folds accented vowels (tweets drop them) but keeps ñ and Cyrillic letters", () => {
    expect(tokens("Está ÚLTIMA canción, año")).toEqual(["esta", "ultima", "cancion", "año"]);
    expect(tokens("ещё йогурт")).toEqual(["ещё", "йогурт"]);
  });

  it("reads Spanish laughter as <laugh>, not words that merely start like it", () => {
    expect(tokens("jajaja jajajajaja JAJAJJA jeje ajajaj")).toEqual(Array(5).fill("<laugh>"));
    expect(tokens("jaja jamás jefe hija jijona")).toEqual(["<laugh>", "jamas", "jefe", "hija", "jijona"]);
  });

  it("keeps hashtags as words and inner apostrophes", () => {
    expect(tokens("#FAIL don't l'hotel")).toEqual(["fail", "don't", "l'hotel"]);
  });

  it("numbers clauses at punctuation, so negation and pairs stop there", () => {
    expect(scanText("not good, great").clause).toEqual([0, 0, 1]);
    const f = new Featurizer(16);
    const comma = [...f.buckets(scanText("not good, great"))];
    expect(comma).toEqual([...f.buckets(scanText("not good. great"))]);
  });

  it("marks words after a negator as negated (their own bucket; char n-grams shared)", () => {
    const f = new Featurizer(20);
    const alone = new Set(f.buckets(scanText("happy")));
    const shared = (text: string) =>
      [...new Set(f.buckets(scanText(text)))].filter((x) => alone.has(x)).length;
    // "the happy" shares the bias, happy's word bucket and its char n-grams; "not happy" all but the word
    expect(shared("the happy")).toBe(shared("not happy") + 1);
    expect(shared("never happy")).toBe(shared("not happy"));
  });

  it("is linear and never throws on hostile text", () => {
    for (const text of [
      "",
      "\u0000\u0001\ufffd",
      "😀".repeat(50_000),
      "a".repeat(200_000),
      "http://x ".repeat(10_000),
      ")(".repeat(50_000),
    ]) {
      const s = scanText(text);
      expect(s.tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
      expect(() => new Featurizer(12).buckets(s)).not.toThrow();
    }
  });
});

describe("the brand as <brand>", () => {
  it("replaces names, multi-word names, handles and hashtags", () => {
    const b = new BrandMatcher(["Virgin America", "United"]);
    expect(tokens("@VirginAmerica thanks, Virgin America rocks #united", b)).toEqual([
      "<brand>",
      "thanks",
      "<brand>",
      "rocks",
      "<brand>",
    ]);
  });

  it("allows a few letters of inflection on long names only", () => {
    const b = new BrandMatcher(["Сбербанк", "МТС"]);
    expect(tokens("Сбербанком недоволен, МТСу тоже", b)).toEqual(["<brand>", "недоволен", "мтсу", "тоже"]);
    expect(tokens("мтс плохо", b)).toEqual(["<brand>", "плохо"]);
  });

  it("changes nothing without names", () => {
    expect(tokens("Acme is fine", new BrandMatcher([]))).toEqual(["acme", "is", "fine"]);
  });
});
