import { describe, expect, it } from "vitest";
import { LanguageDetector } from "../../../src/analysis/lang/detect.js";
import { prepareText } from "../../../src/analysis/text.js";
import { analyzerFor } from "./helpers.js";

const all = new LanguageDetector(["en", "es", "ru", "pt", "fr", "de", "it"]);
const detect = (text: string, d = all) => d.detect(prepareText(text, 5000));

describe("LanguageDetector", () => {
  it.each([
    ["en", "The package still hasn't arrived and nobody answers the phone."],
    ["es", "El pedido todavía no ha llegado y nadie contesta al teléfono."],
    ["ru", "Посылка до сих пор не пришла, и никто не берёт трубку."],
    ["pt", "A encomenda ainda não chegou e ninguém atende o telefone."],
    ["fr", "Le colis n'est toujours pas arrivé et personne ne répond au téléphone."],
    ["de", "Das Paket ist immer noch nicht angekommen und niemand geht ans Telefon."],
    ["it", "Il pacco non è ancora arrivato e nessuno risponde al telefono."],
  ])("recognises %s on a one-line complaint", (lang, text) => {
    expect(detect(text)).toBe(lang);
  });

  it("answers und under 20 characters, for URLs only, and for scripts it does not know", () => {
    expect(detect("great stuff")).toBe("und");
    expect(detect("https://example.com/a/very/long/path?with=query")).toBe("und");
    expect(detect("これは日本語のテキストです。配達が遅れています。")).toBe("und");
  });

  it("treats Cyrillic as a strong signal, even with a Latin brand name", () => {
    expect(detect("Brightway Acme Nordia: я в шоке от доставки")).toBe("ru");
  });

  it("restricts candidates to the configured languages", () => {
    const enEs = new LanguageDetector(["en", "es"]);
    expect(detect("Посылка до сих пор не пришла, и никто не берёт трубку.", enEs)).toBe("und");
    expect(detect("A encomenda ainda não chegou e ninguém atende o telefone.", enEs)).not.toBe("pt");
  });
});

describe("language guess for texts too short to be sure of", () => {
  const detector = new LanguageDetector(["en", "es", "ru"]);
  const classify = (s: string) => detector.classify(prepareText(s, 5000));

  it("reports und but keeps the best guess, which the analyser reads the text with", () => {
    expect(classify("Fatal, nunca más")).toEqual({ lang: "und", guess: "es" });
    expect(classify("не советую")).toEqual({ lang: "und", guess: "ru" });
    expect(classify("Avoid!")).toEqual({ lang: "und", guess: null });
    const r = analyzerFor().analyze("Fatal, nunca más");
    expect(r.lang).toBe("und");
    expect(r.sentiment.label).toBe("negative");
  });

  it("agrees with detect on every text", () => {
    for (const s of [
      "Never again, seriously, what a waste of money",
      "¿Hacéis envíos a Canarias o solo península?",
      "ok",
    ])
      expect(classify(s).lang).toBe(detector.detect(prepareText(s, 5000)));
  });
});
