import { describe, expect, it } from "vitest";
import { analyzerFor } from "./helpers.js";

const a = analyzerFor();
const label = (text: string) => a.analyze(text).sentiment.label;
/** The lexicon and rules alone (analysis.sentimentModel: rules), for what is a property of the lexicon. */
const rules = analyzerFor(undefined, { sentimentModel: "rules" });

describe("Spanish complaint phrasings", () => {
  it.each([
    "¿Es normal que tarden tres semanas en mandar un paquete?",
    "¿De verdad no hay nadie que coja el teléfono en esta empresa?",
    "El producto no tiene nada que ver con la foto.",
    "Me vendieron una lavadora usada como nueva.",
    "Me arrepiento muchísimo de haber contratado con vosotros.",
    "Os lo digo claro: no compréis aquí.",
    "Me he quedado sin luz tres días y ni una disculpa.",
    "Nada de lo que prometen se cumple.",
    "Ya no aguanto más con esta compañía de teléfono.",
    "¿Por qué otra vez me cobráis el mes entero?",
    "¿Por qué tarda Acme dos semanas en enviar una cafetera?",
    "Me cambiaron la tarifa sin avisar.",
    "Cuidado con Acme, te cobran gastos ocultos.",
    "Me han dejado tirada con la instalación.",
    "Atención al cliente de chiste.",
    "Nos están tomando el pelo con el reembolso.",
    "Llevo un mes pidiendo la factura y me dan largas.",
    "Me han pasado un recibo que no corresponde y nadie sabe explicarme nada.",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });

  it("alerts on a sarcastic plea the model rates near neutral (P(negative) over the alert threshold)", () => {
    // The learned model trained on real tweets gives this one a near tie (neutral 0.47, negative 0.45):
    // the label says neutral, the alert decision, at the model's threshold, still says negative.
    const r = a.analyze("A ver si alguien de Acme se digna a contestar.");
    expect(r.negativeAlert).toBe(true);
    expect(r.sentiment.score).toBeLessThan(0);
  });

  it.each([
    "Me solucionaron el problema en un momento. ¡Gracias!",
    "Súper recomendable, calidad precio inmejorable.",
    "Pedazo de cafetera, estoy encantado.",
    "El reembolso llegó en dos días, sin preguntas. Muy buen servicio.",
  ])("reads as positive: %s", (text) => {
    expect(label(text)).toBe("positive");
  });

  it("keeps an unsolved problem negative ('no me han solucionado el problema')", () => {
    expect(label("No me han solucionado el problema y ya van dos semanas.")).toBe("negative");
  });

  it("does not read 'mientras', 'precios' or 'contenido' as sentiment words", () => {
    expect(label("¿Puedo usar la app mientras actualizo los precios del contenido?")).toBe("neutral");
  });
});

describe("Russian complaint phrasings and word forms", () => {
  it.each([
    "Больше не буду заказывать у вас.",
    "Больше ни копейки вам не дам.",
    "Почему опять списали деньги без моего согласия?",
    "Почему Acme две недели отправляет товар, который в наличии?",
    "Сервисный центр держит ноутбук второй месяц.",
    "Третий день без связи, и никто ничего не объясняет.",
    "Вторую неделю жду ответа.",
    "Товар не соответствует описанию.",
    "Мне нахамили на кассе.",
    "Вы издеваетесь? Третий раз пишу одно и то же.",
    "Связь пропадает каждые полчаса.",
    "Чайник потёк через неделю, вот это качество.",
    "Отписываюсь, сил больше нет.",
    "Ничего хорошего сказать не могу.",
    "Поменяли тариф без предупреждения.",
    "Меня кинули на деньги.",
    "Жду возврат уже месяц, а воз и ныне там.",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "Быстро, удобно, вежливо. Пять баллов.",
    "Молодцы, так держать!",
    "Рекомендую, не пожалеете.",
    "Лучший магазин техники, ни разу не подвели.",
    "Пылесос просто огонь, спасибки!",
  ])("reads as positive: %s", (text) => {
    expect(label(text)).toBe("positive");
  });

  it.each([
    "Кто-нибудь знает, есть ли промокод на первый заказ?",
    "Подскажите, какой холодильник взять для дачи?",
    "В течение недели пришлю фото, как договаривались.",
  ])("keeps stems from catching unrelated words (промокод, холодильник, течение): %s", (text) => {
    expect(rules.analyze(text).sentiment.label).toBe("neutral");
  });

  it("covers a verb's forms through its stem (издеваетесь, издевательство)", () => {
    expect(label("Это издевательство.")).toBe("negative");
    expect(label("Вы над нами издеваетесь.")).toBe("negative");
  });
});

describe("more colloquial complaints and praise (es, ru)", () => {
  it.each([
    "Tres técnicos y ninguno ha sabido arreglarlo.",
    "¿Para esto pago yo una cuota todos los meses?",
    "Está claro que les da igual el cliente.",
    "Horrible experiencia, no se la deseo a nadie.",
    "Не покупайте у них ничего.",
    "Очередной раз убеждаюсь, что с вами лучше не связываться.",
    "Звоню на горячую линию, а там вечно занято.",
    "Кто вообще придумал такой интерфейс?",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "Chapó por el servicio técnico, me lo dejaron como nuevo.",
    "Nada que objetar, todo correcto.",
    "Мастер всё починил, работает как новый.",
  ])("reads as positive: %s", (text) => {
    expect(label(text)).toBe("positive");
  });

  it("reads a short Spanish complaint with few accents as Spanish, not Portuguese", () => {
    expect(a.analyze("Horrible experiencia, no se la deseo a nadie.").lang).toBe("es");
    expect(a.analyze("A ver si alguien de Acme se digna a contestar.").lang).toBe("es");
  });

  it.each([
    "Tengo una duda con la garantía de la aspiradora, ¿me podéis escribir por privado?",
    "У меня вопрос по гарантии, напишите в личку.",
  ])("keeps a request about a problem topic neutral: %s", (text) => {
    expect(label(text)).toBe("neutral");
  });
});

describe("nostalgia, 'should work better', greetings (es, ru)", () => {
  it.each([
    "Qué pena de servicio, antes erais los mejores.",
    "Con lo que cuesta, debería funcionar mejor.",
    "Ni se os ocurra comprar la freidora, se pela el teflón en un mes.",
    "Os he escrito por DM y nada.",
    "Tardaron una eternidad en responder.",
    "Жаль, раньше вы были лучшими.",
    "За такие деньги должно работать нормально.",
    "Писал вам в директ — тишина.",
    "Деньги взяли, а товара нет.",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });

  it("reads 'merece la pena' as praise although 'pena' alone is negative", () => {
    expect(label("La cafetera merece la pena, muy contenta.")).toBe("positive");
  });

  it.each([
    "Buenos días, ¿cuál es el teléfono de atención al cliente?",
    "Good morning, what time does the Dublin store open?",
  ])("does not count a greeting as praise: %s", (text) => {
    expect(label(text)).toBe("neutral");
  });

  it("still reads a complaint that opens with a greeting as negative", () => {
    expect(label("Buenas tardes, mi pedido lleva dos semanas sin llegar y nadie contesta.")).toBe("negative");
    expect(label("Добрый день, заказ до сих пор не пришёл, никто не отвечает.")).toBe("negative");
  });
});

describe("inflected and colloquial forms through stems", () => {
  it.each([
    "Какой-то бардаком пахнет у вас в магазине.",
    "Купил фигню какую-то за свои деньги.",
    "Капец, опять интернет отвалился.",
    "Unas chapuzas cutres, una porquería.",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });

  it("finds shipping in a diminutive (посылочка)", () => {
    expect(a.analyze("Посылочку так и не получила, жду вторую неделю.").topics).toContain("shipping");
  });
});

describe("stalling, 'not what I ordered', rhetorical questions (es, ru)", () => {
  it.each([
    "Me pasan de un departamento a otro.",
    "La talla no es la que pedí y el color tampoco.",
    "¿Para qué sirve vuestro soporte si no soluciona nada?",
    "Chicos, esto ya no tiene gracia.",
    "¿Cuándo pensáis arreglarlo?",
    "Me gasté un dineral en esta birria.",
    "Тянут время и кормят завтраками.",
    "Какой смысл в вашей поддержке, если она ничего не решает?",
    "Ребята, это уже не смешно.",
    "Когда вы уже наведёте порядок?",
    "После первой стирки полиняло и село.",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });

  it("reads 'hace falta' (is needed) as neutral in a question", () => {
    expect(label("¿Hace falta el ticket para la garantía?")).toBe("neutral");
  });

  it("reads a top-10 ranking in the news as neutral and 'на пять с плюсом' as praise", () => {
    expect(label("Компания Acme вошла в топ-10 ритейлеров по версии Forbes.")).toBe("neutral");
    expect(label("Сервис на пять с плюсом.")).toBe("positive");
  });
});
