import { describe, expect, it } from "vitest";
import { findPii } from "../../../src/analysis/pii/detect.js";
import { expectLinear, repeated } from "../../helpers/linear-time.js";
import { analyzerFor } from "./helpers.js";

/** Repeated prefixes and unclosed constructs aimed at each personal-data pattern. */
const SHAPES: Array<[string, string, string?]> = [
  ["паспорт", "паспорт", " 01"],
  ["паспорт with spaces", "паспорт ", " 01"],
  ["серия", "серия 45 ", "x"],
  ["ИНН and spaces", "ИНН ", "x"],
  ["a Russian street", "ул. Ленина ", "x1"],
  ["a Russian street and flats", "ул. Ленина 1, кв. 2", "x"],
  ["a Spanish street", "calle Mayor de la Aaa ", "x"],
  ["an English street", "12 Main ", "x"],
  ["email local parts", "a.b+c", "@"],
  ["email domains", "x@aaaaaaaaaaaaaaaa.", "!"],
  ["@ alone", "@", ""],
  ["digit groups", "1 ", ""],
  ["dashed digits", "12-", ""],
  ["phone-like runs", "+(1) ", ""],
  ["IBAN-like runs", "ES91 2100 ", ""],
  ["DNI-like runs", "12345678 ", "Z"],
  ["order numbers", "order #", "123456789 "],
  ["SNILS-like runs", "123-456-789 ", ""],
  ["СНИЛС and spaces", "СНИЛС ", "x"],
  ["lower-case IBAN-like runs", "es91 2100 ", ""],
  ["full-width digits", "１２ ", ""],
  ["no-break and thin spaces", "6\u00a012\u2009", ""],
  ["zero-width joiners", "\u200b1", ""],
  ["dates", "02.07.", "2015"],
  ["times", "23:00:", "1"],
  ["French phones", "06 12 ", ""],
  ["German area codes", "(030) ", "/"],
  ["links", "https://acme.example/", "@x"],
];

describe("personal data detection is linear in its input (10 KB … 1 MB)", () => {
  for (const [name, unit, tail] of SHAPES)
    it(name, () =>
      expectLinear(
        (n) => repeated(unit, n, "", tail ?? ""),
        (s) => findPii(s, { brandDomains: ["acme.example"] }),
      ),
    );

  it("still finds a passport number and an INN after the fix", () => {
    expect(findPii("паспорт серии 45 06 номер 123456").map((s) => s.kind)).toEqual(["id_number"]);
    expect(findPii("ИНН: 7707083893").map((s) => s.kind)).toEqual(["id_number"]);
  });
});

describe("analysis of very long texts is capped and linear", () => {
  const analyzer = analyzerFor();
  for (const [name, unit] of [
    ["passport prefixes", "паспорт"],
    ["emoticons", ":)))) "],
    ["brackets", "((((("],
    ["stars in one long word", "f*ck*"],
    ["starred words", "f*ck "],
    ["mixed scripts", "муdак"],
    ["urls", "http://x"],
    ["negations", "no no not nunca не "],
  ] as const) {
    it(name, () =>
      expectLinear(
        (n) => repeated(unit, n),
        (s) => analyzer.analyze(s, { source: "t" }),
      ),
    );
  }
});
