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
