import { describe, expect, it } from "vitest";
import { analyzerFor } from "./helpers.js";

const a = analyzerFor();
const topics = (text: string) => a.analyze(text).topics;

describe("topic keywords that were too broad (es, ru)", () => {
  it("does not call an email, a password change or 'my money' a shipping or refund topic", () => {
    expect(topics("¿Cómo cambio el correo de mi cuenta de Acme?")).toEqual(["website_app"]);
    expect(topics("Как поменять почту в аккаунте Acme?")).toEqual(["website_app"]);
  });

  it("keeps billing alone when money is charged, not returned", () => {
    expect(topics("Acme me ha cobrado dos veces el mismo pedido.")).toEqual(["billing"]);
    expect(topics("Acme списали деньги дважды за один заказ.")).toEqual(["billing"]);
  });

  it("still finds refunds and the post office when they are named", () => {
    expect(topics("Quiero mi dinero de vuelta ya.")).toContain("returns_refunds");
    expect(topics("Верните деньги за пылесос.")).toContain("returns_refunds");
    expect(topics("Посылка третью неделю лежит на почте.")).toContain("shipping");
    expect(topics("Acme доставляет в Казахстан?")).toContain("shipping");
    expect(topics("¿Por qué tarda Acme dos semanas en enviar una cafetera?")).toContain("shipping");
  });

  it("reads a gift as praise, not a promotion, unless it comes with a purchase", () => {
    expect(topics("Маме очень понравился подарок от Acme ❤️")).not.toContain("promotion");
    expect(topics("Чайник в подарок при заказе от 5000 рублей.")).toContain("promotion");
  });

  it("finds customer service from waiting on the line and complaint forms", () => {
    expect(topics("Llevo 45 minutos en espera con Acme.")).toContain("customer_service");
    expect(topics("Seguís sin encontrar mi reclamación.")).toContain("customer_service");
  });
});
