import { describe, expect, it } from "vitest";
import { ibanValid, snilsValid } from "../../../src/analysis/pii/checks.js";
import { findPii, redactPii } from "../../../src/analysis/pii/detect.js";
import { foldForDetection } from "../../../src/analysis/pii/fold.js";

const kinds = (text: string, brandDomains: string[] = []) =>
  findPii(text, { brandDomains }).map((s) => s.kind);

describe("SNILS and lower-case IBANs, with their checks", () => {
  it("validates a SNILS's check digits and refuses near misses", () => {
    expect(snilsValid("112-233-445 95")).toBe(true);
    expect(snilsValid("123-456-789 64")).toBe(true);
    expect(snilsValid("112-233-445 96")).toBe(false);
    expect(snilsValid("001-001-997 00")).toBe(false);
  });

  it("finds a SNILS written grouped, or bare after its name, but not any 11 digits", () => {
    expect(kinds("мой СНИЛС 112-233-445 95")).toEqual(["id_number"]);
    expect(kinds("снилс: 11223344595")).toEqual(["id_number"]);
    expect(kinds("код 112-233-445 96 не тот")).toEqual([]);
  });

  it("reads IBANs in any case, checks the country's length and mod 97, and stops at the next word", () => {
    expect(ibanValid("es91 2100 0418 4502 0005 1332")).toBe(true);
    expect(ibanValid("ES91 2100 0418 4502 0005 13")).toBe(false);
    expect(redactPii("iban es91 2100 0418 4502 0005 1332 por favor")).toBe("iban [iban] por favor");
    expect(redactPii("mein Konto de89370400440532013000.")).toBe("mein Konto [iban].");
    expect(kinds("es91 2100 0418 4502 0005 1333")).toEqual([]);
  });
});

describe("phones however they are written", () => {
  it.each([
    ["call +34\u00a0612\u00a0345\u00a0678 today", "call [phone] today"],
    ["mi móvil 612\u2009345\u2009678", "mi móvil [phone]"],
    ["тел +7\u202f915\u202f123‑45‑67", "тел [phone]"],
    ["appelez-moi au 06 12 34 56 78", "appelez-moi au [phone]"],
    ["mon numéro: 06.12.34.56.78", "mon numéro: [phone]"],
    ["+33 6 12 34 56 78", "[phone]"],
    ["+33 (0)6 12 34 56 78 merci", "[phone] merci"],
    ["+49 30 1234567", "[phone]"],
    ["ruf mich an: 0171 1234567", "ruf mich an: [phone]"],
    ["Büro (030) 1234567", "Büro [phone]"],
    ["Büro 030/1234567", "Büro [phone]"],
  ])("%s", (text, out) => expect(redactPii(text)).toBe(out));
});

describe("full-width and other folded digits map back to the original text", () => {
  it("finds full-width card and phone digits and redacts exactly them", () => {
    expect(redactPii("карта ４１１１ １１１１ １１１１ １１１１ списали")).toBe("карта [card] списали");
    expect(redactPii("тел ８ ９１５ １２３ ４５ ６７.")).toBe("тел [phone].");
    expect(redactPii("mail ｊｕａｎ＠ｇｍａｉｌ．ｃｏｍ now")).toBe("mail [email] now");
  });

  it("maps folded offsets back through dropped and expanded characters", () => {
    const text = "a\u200bb…c６";
    const f = foldForDetection(text);
    expect(f.text).toBe("ab...c6");
    expect(f.toOriginal(2, 5)).toEqual([3, 4]);
    expect(f.toOriginal(6, 7)).toEqual([5, 6]);
    expect(foldForDetection("plain").toOriginal(1, 3)).toEqual([1, 3]);
  });
});

describe("fewer false flags", () => {
  it.each([
    "23:00 02.07.2015",
    "2015-07-02",
    "02.07.2015",
    "встреча в 23:00 02.07.2015, потом 10:15:30 03.07.2015",
    "posted 07/02/2015 at 9:05",
    "2015.07.02 00:00",
  ])("a date or a time is not a phone: %s", (text) => expect(kinds(text)).toEqual([]));

  it("still finds a phone next to a date", () => {
    expect(redactPii("02.07.2015 звоните +7 915 123-45-67")).toBe("02.07.2015 звоните [phone]");
    expect(redactPii("23:00 02.07.2015 612 345 678")).toBe("23:00 02.07.2015 [phone]");
  });

  it("leaves addresses and links on the brand's own domains alone", () => {
    const brand = ["mts.ru", "www.acme.example"];
    expect(kinds("пишите на blogs@mts.ru", brand)).toEqual([]);
    expect(kinds("write to help@support.acme.example", brand)).toEqual([]);
    expect(kinds("see https://shop.mts.ru/orders/612345678 ok", brand)).toEqual([]);
    expect(redactPii("blogs@mts.ru or juan.perez@gmail.com", { brandDomains: brand })).toBe(
      "blogs@mts.ru or [email]",
    );
    // A look-alike domain is not the brand's, and without config every address counts.
    expect(kinds("blogs@notmts.ru", brand)).toEqual(["email"]);
    expect(kinds("blogs@mts.ru")).toEqual(["email"]);
  });
});

describe("the analyser reads the brand's domains from config", () => {
  it("flags a customer's address and not the brand's, in texts and short fields", async () => {
    const { createAnalyzer } = await import("../../../src/analysis/index.js");
    const { AnalysisConfigSchema } = await import("../../../src/config/sections/analysis.js");
    const { BrandConfigSchema } = await import("../../../src/config/sections/brand.js");
    const brand = BrandConfigSchema.parse({ name: "MTS", domains: [" MTS.ru "] });
    expect(brand.domains).toEqual(["mts.ru"]);
    const analyzer = createAnalyzer({
      languages: ["ru"],
      analysis: AnalysisConfigSchema.parse({}),
      brandDomains: brand.domains,
    });
    expect(analyzer.analyze("пишите на blogs@mts.ru, а мне на ivan@mail.ru").pii).toEqual(["email"]);
    expect(analyzer.analyze("пишите на blogs@mts.ru").pii).toEqual([]);
    expect(analyzer.personalData("ivan@mail.ru")).toEqual([{ kind: "email", start: 0, end: 12 }]);
    expect(analyzer.personalData("support@mts.ru")).toEqual([]);
    expect(BrandConfigSchema.safeParse({ name: "x", domains: ["https://mts.ru/"] }).success).toBe(false);
  });
});
