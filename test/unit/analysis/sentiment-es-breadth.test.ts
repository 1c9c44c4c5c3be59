import { describe, expect, it } from "vitest";
import { buildSentimentModel } from "../../../src/analysis/sentiment/model.js";
import { analyzerFor } from "./helpers.js";

// Short texts written for this test (not taken from the corpus), read by the lexicon and rules alone.
const a = analyzerFor(["en", "es", "ru"], { sentimentModel: "rules" });
const label = (text: string) => a.analyze(text).sentiment.label;

describe("Spanish negation", () => {
  it.each([
    "No está nada mal, la verdad.",
    "No es caro y funciona de maravilla.",
    "Nunca me ha dado ningún problema.",
    "No tengo ninguna queja del servicio.",
    "No podría estar más contenta con la compra.",
    "No me arrepiento para nada de haber cambiado de compañía.",
    "La aspiradora apenas hace ruido y aspira muy bien.",
  ])("reads a negated negative as praise: %s", (text) => {
    expect(label(text)).toBe("positive");
  });

  it.each([
    "No me ha gustado nada el trato.",
    "La aplicación no es nada intuitiva.",
    "El personal fue poco amable y muy seco.",
    "No lo recomiendo en absoluto.",
    "No merece la pena, la verdad.",
    "La batería del móvil apenas dura.",
  ])("reads a negated or diminished positive as a complaint: %s", (text) => {
    expect(label(text)).toBe("negative");
  });

  it("does not let 'sin' in 'sin duda' negate what follows", () => {
    expect(label("Sin duda lo recomiendo a todo el mundo.")).toBe("positive");
    expect(label("Sin duda la mejor compra que he hecho este año.")).toBe("positive");
    expect(label("Sin duda lo peor que he comprado.")).toBe("negative");
  });

  it("does not read 'nothing special' as praise", () => {
    expect(label("Nada del otro mundo, cumple sin más.")).not.toBe("positive");
    expect(label("Está bien, pero esperaba bastante más por ese precio.")).toBe("negative");
  });
});

describe("Spanish slang and colloquial words", () => {
  it.each([
    "La nueva app mola mazo.",
    "Un trato de diez, sois unos cracks.",
    "Está chulísima la chaqueta, me encanta.",
    "Menos mal que me lo arreglaron enseguida.",
  ])("reads as positive: %s", (text) => {
    expect(label(text)).toBe("positive");
  });

  it.each([
    "Menudo pufo de cargador, se calienta un montón.",
    "Qué chungo todo, el pedido llegó hecho polvo.",
    "Vaya tela con la compañía, otra vez sin fibra.",
    "Una chapuza de instalación, el técnico lo dejó todo a medias.",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });
});

describe("Spanish complaint and praise shapes without a sentiment word", () => {
  it.each([
    "Llevamos desde el lunes sin línea y nadie nos ha llamado.",
    "Es la tercera vez que os escribo por lo mismo.",
    "Quiero que me devolváis el dinero ya.",
    "Me han cobrado dos veces la misma factura.",
    "Me pasan con otro departamento cada vez que llamo.",
    "Me dijeron que me llamarían el martes y nada.",
    "Todavía no me han devuelto la fianza del alquiler.",
    "El seguro no quiere hacerse cargo de la reparación.",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "Volveré a comprar aquí seguro.",
    "Ha superado con creces mis expectativas.",
    "Me cambiaron la talla el mismo día, sin poner pegas.",
  ])("reads as positive: %s", (text) => {
    expect(label(text)).toBe("positive");
  });

  it.each([
    "¿Qué robot aspirador me recomendáis para un piso pequeño?",
    "¿Abrís por la tarde los sábados?",
    "¿Alguien más ha tenido problemas con la última versión?",
    "Me han recomendado esta marca, ¿qué tal es?",
  ])("keeps a question neutral: %s", (text) => {
    expect(label(text)).toBe("neutral");
  });
});

describe("Spanish phrase patterns stay fast regexes", () => {
  it("keeps each combined Spanish regex well under V8's 20 KB optimisation limit", () => {
    // Past 20,480 characters V8 stops optimising a regex and the Spanish scan gets ~30× slower.
    const model = buildSentimentModel("es")!;
    expect(model.complaintScans.length).toBeGreaterThan(0);
    for (const { re } of model.complaintScans) expect(re.source.length).toBeLessThan(19_000);
  });
});
