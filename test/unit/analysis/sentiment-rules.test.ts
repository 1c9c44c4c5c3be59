import { describe, expect, it } from "vitest";
import { analyzerFor } from "./helpers.js";

// People type without accents and without ё; the analysis must not change when they do.
const PAIRS: Array<[string, string]> = [
  [
    "Qué decepción, el envío llegó roto y nadie contestó.",
    "Que decepcion, el envio llego roto y nadie contesto.",
  ],
  [
    "Pésimo servicio, todavía no me han devuelto el dinero.",
    "Pesimo servicio, todavia no me han devuelto el dinero.",
  ],
  ["¿Por qué tardáis tanto en responder?", "Por que tardais tanto en responder?"],
  ["Курьер опять подвёл, посылка ещё не пришла.", "Курьер опять подвел, посылка еще не пришла."],
  ["Всё отлично, спасибо за быструю доставку!", "Все отлично, спасибо за быструю доставку!"],
];

describe("spelling without accents or ё", () => {
  const analyzer = analyzerFor();
  it.each(PAIRS)("%s ≈ %s", (accented, plain) => {
    const a = analyzer.analyze(accented);
    const b = analyzer.analyze(plain);
    expect(b.lang).toBe(a.lang);
    expect(b.sentiment.label).toBe(a.sentiment.label);
    expect(Math.abs(b.sentiment.score - a.sentiment.score)).toBeLessThan(0.15);
  });

  it("labels the unaccented complaints negative", () => {
    for (const [, plain] of PAIRS.slice(0, 4))
      expect(analyzer.analyze(plain).sentiment.label).toBe("negative");
  });
});

describe("personal data shared to be contacted", () => {
  const analyzer = analyzerFor();
  it.each([
    "Mi número es +34 612 345 678, llamadme para lo de la garantía.",
    "Os paso mi IBAN para el abono de la devolución: ES91 2100 0418 4502 0005 1332.",
    "Мой телефон +7 915 123-45-67, это по поводу возврата заказа.",
    "Dirección para la devolución: calle Mayor 12, 3º B, Madrid. Mi DNI 12345678Z.",
  ])("is a request, not a complaint: %s", (text) => {
    expect(analyzer.analyze(text).sentiment.label).toBe("neutral");
  });

  it("still lets a complaint with personal data be negative", () => {
    const r = analyzer.analyze(
      "Me habéis cobrado dos veces en la tarjeta 4111 1111 1111 1111, es una vergüenza.",
    );
    expect(r.sentiment.label).toBe("negative");
  });
});

describe("negators that open a fixed phrase negate nothing", () => {
  const rules = analyzerFor(undefined, { sentimentModel: "rules" });
  it.each([
    "Sin duda la mejor cafetera que he tenido.",
    "No doubt the best blender I have ever owned.",
    "Не только быстро, но и очень качественно сделали.",
  ])("%s is praise", (text) => {
    expect(rules.analyze(text).sentiment.label).toBe("positive");
  });

  it("still negates the same negator elsewhere", () => {
    expect(rules.analyze("Sin ganas de volver, no es la mejor tienda.").sentiment.label).not.toBe("positive");
  });
});
