import { describe, expect, it } from "vitest";
import { analyzerFor } from "./helpers.js";

const a = analyzerFor(["en", "es", "ru"], {
  topics: [
    {
      id: "loyalty_card",
      keywords: { en: ["loyalty card", "points"], es: ["tarjeta de puntos"], any: ["acmeclub*"] },
    },
  ],
});
const topics = (text: string) => a.analyze(text).topics;
const insult = (text: string) => a.analyze(text).insult;

describe("topics", () => {
  it.each([
    ["The courier lost my parcel and tracking shows nothing.", "shipping"],
    ["El paquete no ha llegado, el repartidor no vino.", "shipping"],
    ["Посылка потерялась, курьер так и не приехал.", "shipping"],
    ["The kettle stopped working after two days.", "product_defect"],
    ["La cafetera no funciona, viene rota.", "product_defect"],
    ["Чайник сломался через неделю, брак.", "product_defect"],
    ["They charged me twice for one order.", "billing"],
    ["Me cobraron dos veces en la tarjeta.", "billing"],
    ["Списали деньги с карты дважды.", "billing"],
    ["I want a refund for the broken chair.", "returns_refunds"],
    ["Quiero la devolución de mi dinero.", "returns_refunds"],
    ["My charger caught fire, this is dangerous.", "legal_safety"],
    ["Vamos a poner una denuncia en Consumo.", "legal_safety"],
    ["Подам в суд и напишу в Роспотребнадзор.", "legal_safety"],
    ["The app crashes every time I log in.", "website_app"],
    ["Your promo code for the giveaway doesn't work.", "promotion"],
    ["Prices went up again, too expensive now.", "pricing"],
  ])("%s → %s", (text, topic) => {
    expect(topics(text)).toContain(topic);
  });

  it("gives praise only to positive mentions", () => {
    expect(topics("Thank you Acme, excellent service, I love it!")).toContain("praise");
    expect(topics("Thanks for nothing, still no refund.")).not.toContain("praise");
  });

  it("adds the brand's own topics from config, per language or for any", () => {
    expect(topics("My loyalty card points disappeared.")).toContain("loyalty_card");
    expect(topics("Mi tarjeta de puntos no funciona.")).toContain("loyalty_card");
    expect(topics("Где мои баллы AcmeClubGold?")).toContain("loyalty_card");
  });
});

describe("insults", () => {
  it.each([
    "You people are absolute idiots.",
    "Fuck you Acme, give me my money back.",
    "Sois unos gilipollas, devolvedme el dinero.",
    "Que os jodan, ladrones.",
    "Вы там все идиоты?",
    "Да пошли вы, уроды.",
  ])("flags insults aimed at a person or the brand: %s", (text) => {
    expect(insult(text)).toBe(true);
    expect(a.analyze(text).sentiment.label).toBe("negative");
  });

  it.each([
    "This fucking parcel has been out for delivery for three days.",
    "Joder, qué frío hace hoy en Madrid.",
    "Блин, опять дождь весь день.",
    "The delivery was late and the box was damaged.",
  ])("does not flag swearing at things or plain complaints: %s", (text) => {
    expect(insult(text)).toBe(false);
  });
});
