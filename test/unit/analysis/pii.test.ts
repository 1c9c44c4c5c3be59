import { describe, expect, it } from "vitest";
import {
  ibanValid,
  innValid,
  luhnValid,
  spanishIdValid,
  ssnValid,
} from "../../../src/analysis/pii/checks.js";
import { findPii } from "../../../src/analysis/pii/detect.js";
import { redact } from "../../../src/core/redact.js";

const kinds = (text: string) => findPii(text).map((s) => s.kind);

describe("checksums", () => {
  it("validates Luhn, IBAN, DNI/NIE, INN and SSN and rejects near misses", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(ibanValid("ES91 2100 0418 4502 0005 1332")).toBe(true);
    expect(ibanValid("ES91 2100 0418 4502 0005 1333")).toBe(false);
    expect(ibanValid("GB82WEST12345698765432")).toBe(true);
    expect(spanishIdValid("12345678Z")).toBe(true);
    expect(spanishIdValid("12345678A")).toBe(false);
    expect(spanishIdValid("X1234567L")).toBe(true);
    expect(innValid("500100732259")).toBe(true);
    expect(innValid("500100732258")).toBe(false);
    expect(innValid("7707083893")).toBe(true);
    expect(ssnValid("123-45-6789")).toBe(true);
    expect(ssnValid("666-45-6789")).toBe(false);
  });
});

describe("findPii", () => {
  it.each([
    ["write to ana.lopez@gmail.com please", "email"],
    ["call me on +1 415 555 0132", "phone"],
    ["mi móvil es 612 34 56 78", "phone"],
    ["звоните +7 (915) 123-45-67", "phone"],
    ["мой номер 8 915 123 45 67", "phone"],
    ["card 4111 1111 1111 1111 was charged", "card"],
    ["IBAN ES91 2100 0418 4502 0005 1332 por favor", "iban"],
    ["send it to 221 Baker Street, London", "address"],
    ["enviadlo a calle Mayor 12, 3º B en Madrid", "address"],
    ["адрес: ул. Ленина, д. 15, кв. 42", "address"],
    ["mi DNI es 12345678Z", "id_number"],
    ["NIE X1234567L", "id_number"],
    ["SSN 123-45-6789", "id_number"],
    ["ИНН 500100732259", "id_number"],
    ["паспорт 45 12 345678", "id_number"],
  ])("%s → %s", (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it("ignores order numbers, prices, dates and numbers that fail their checksum", () => {
    expect(kinds("Order #1039485 of 12/03/2026 cost $1,299.99")).toEqual([]);
    expect(kinds("order 112-4829105-3321847 still not here")).toEqual([]);
    expect(kinds("card 4111 1111 1111 1112")).toEqual([]);
    expect(kinds("DNI 12345678A")).toEqual([]);
    expect(kinds("заказ 123456789012 не пришёл")).toEqual([]);
  });

  it("gives spans that redact to the kinds, the rest of the text unchanged", () => {
    const text = "Email ana@x.es or call +34 612 345 678, card 4111-1111-1111-1111.";
    expect(redact(text, findPii(text))).toBe("Email [email] or call [phone], card [card].");
  });
});
