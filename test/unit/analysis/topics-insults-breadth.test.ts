import { describe, expect, it } from "vitest";
import { analyzerFor } from "./helpers.js";

// The keyword topics and the insult lists themselves (the rules analyser), on short texts written
// for this test: everyday wording the corpus does not use, and the traps of each list.
const a = analyzerFor(["en", "es", "ru", "pt", "fr", "de", "it"], { sentimentModel: "rules" });
const topics = (text: string) => a.analyze(text).topics.filter((x) => x !== "praise");
const insult = (text: string) => a.analyze(text).insult;

describe("topics in everyday wording", () => {
  it.each([
    ["en", "Got an email saying my parcel was left with a neighbour, no idea which one", "shipping"],
    ["en", "Order status still says processing, eight days after I paid", "shipping"],
    ["en", "Ordered a kettle, received a phone case. Wrong item again", "shipping"],
    ["es", "Mi pedido sigue en preparación desde el lunes, ¿alguien sabe algo?", "shipping"],
    ["es", "El mensajero de GLS dice que no había nadie y yo estaba en casa", "shipping"],
    ["ru", "Заказ третью неделю висит в статусе «в пути», трек не обновляется", "shipping"],
    ["ru", "Пункт выдачи закрыт, а посылку вернут отправителю через два дня", "shipping"],
    ["en", "The toaster packed in after a fortnight, the lever won't stay down", "product_defect"],
    ["en", "Seams on the jacket fraying after two washes, poorly made", "product_defect"],
    ["es", "La plancha gotea por abajo y ahora ni enciende", "product_defect"],
    ["es", "El móvil se reinicia solo y la batería no aguanta ni medio día", "product_defect"],
    ["ru", "Пылесос гудит и отключается через пять минут, явно неисправный", "product_defect"],
    ["ru", "Куртка после первой стирки вся в катышках, молния разошлась", "product_defect"],
    ["en", "Been waiting three days for someone to get back to me about this", "customer_service"],
    ["en", "The rep was condescending and kept reading from a script", "customer_service"],
    ["es", "La asesora del chat me ignoró y cerró la conversación", "customer_service"],
    ["es", "Nadie me llama y ya he dejado mi número tres veces", "customer_service"],
    ["ru", "Консультант в магазине нагрубил и отвернулся к телефону", "customer_service"],
    ["ru", "Колл-центр не отвечает, висишь на линии по сорок минут", "customer_service"],
    ["en", "Sent the jacket back a month ago and still no sign of my money back", "returns_refunds"],
    ["es", "Quiero que me lo cambien por uno nuevo, está defectuoso", "returns_refunds"],
    ["ru", "Хочу сдать обратно чайник, он подтекает", "returns_refunds"],
    ["en", "Unauthorised charge of £14.99 on my statement, never signed up for anything", "billing"],
    ["es", "Me han pasado un recibo duplicado este mes, otra vez", "billing"],
    ["ru", "С карты второй раз списали за подписку, которую я отключил", "billing"],
    ["en", "Free delivery over £30 this weekend only, use the voucher at checkout", "promotion"],
    ["es", "Aprovechad el 3x2 en cápsulas hasta el domingo", "promotion"],
    ["ru", "Бесплатная доставка при заказе от 2000 рублей до конца месяца", "promotion"],
    ["en", "Honestly a rip off, you can get the same thing for half the price elsewhere", "pricing"],
    ["es", "Es un atraco, 90 euros por una tostadora", "pricing"],
    ["ru", "Задрали цены, за такие деньги ждал большего", "pricing"],
    ["en", "Locked out of my account, the verification code never comes", "website_app"],
    ["es", "No puedo acceder, me dice que la contraseña es incorrecta", "website_app"],
    ["ru", "В личном кабинете пишет ошибку при входе, код подтверждения не приходит", "website_app"],
    ["en", "The charger sparked and my son got a nasty shock off it", "legal_safety"],
    ["es", "El cargador empezó a echar humo, casi sale ardiendo", "legal_safety"],
    ["ru", "Из розетки повалил дым, ребёнка ударило током", "legal_safety"],
    ["en", "Watchdog fines the retailer over misleading was-prices", "legal_safety"],
  ])("%s: %s → %s", (_lang, text, topic) => {
    expect(topics(text)).toContain(topic);
  });

  it.each([
    ["pt", "A encomenda ainda não chegou, o rastreio parou há uma semana", "shipping"],
    ["fr", "Mon colis n'est jamais arrivé et le service client ne répond pas", "shipping"],
    ["de", "Die Lieferung ist seit zwei Wochen nicht angekommen", "shipping"],
    ["it", "Il pacco non è arrivato e il corriere non risponde", "shipping"],
    ["pt", "Quero o reembolso, o produto veio quebrado", "returns_refunds"],
    ["de", "Ich will mein Geld zurück, der Mixer ist kaputt", "product_defect"],
  ])("%s basics: %s → %s", (_lang, text, topic) => {
    expect(topics(text)).toContain(topic);
  });
});

describe("topic keywords that must not fire", () => {
  it.each([
    ["nothing damaged or broken", "Box was a bit battered but nothing damaged inside", "product_defect"],
    ["sin rayar", "Llegó perfecta, sin ningún rayón y bien embalada", "product_defect"],
    ["без царапин", "Телефон пришёл целый, без царапин", "product_defect"],
    ["the app, not the product", "The app doesn't work since yesterday's update", "product_defect"],
    ["la app, no el producto", "La app no funciona desde ayer", "product_defect"],
    ["a refund that arrived", "My refund finally arrived, took two weeks", "shipping"],
    ["el reembolso llegó", "Por fin llegó el reembolso a mi cuenta", "shipping"],
    ["деньги пришли", "Деньги за возврат пришли на карту через три дня", "shipping"],
    ["preciosa is pretty, not a price", "La cafetera es preciosa y hace un café buenísimo", "pricing"],
    ["центр is not цена", "Отнёс в сервисный центр, починили за день", "pricing"],
    ["пятница is not a stain", "Жду чёрную пятницу, хочу взять пылесос", "product_defect"],
    ["a job ad", "Acme is hiring customer support agents in Leeds, apply via the link", "customer_service"],
    ["un anuncio de empleo", "Kairo busca agentes de atención al cliente en Sevilla", "customer_service"],
    ["вакансия", "Velto ищет операторов поддержки, вакансия на сайте", "customer_service"],
    ["the courier rang", "The courier called ahead and came right on time", "customer_service"],
    ["курьер позвонил", "Курьер позвонил заранее и приехал вовремя", "customer_service"],
    ["darse cuenta", "Me di cuenta tarde de que era el modelo antiguo", "website_app"],
    ["a regulator complaint", "Пишу жалобу в Роспотребнадзор, фен искрит", "customer_service"],
    ["no cost", "They swapped it for a new one at no cost", "pricing"],
    ["sin coste", "Me cambiaron la pieza sin coste", "pricing"],
    ["noise-cancelling praise", "The noise cancelling on these headphones is superb", "product_defect"],
    ["high demand", "Por la alta demanda los envíos tardan un poco más", "legal_safety"],
    ["I recall", "I don't recall ordering two of these", "legal_safety"],
    ["charger is not charge", "The charger that came with it is a bit short", "billing"],
  ])("%s: %s (no %s)", (_why, text, topic) => {
    expect(topics(text)).not.toContain(topic);
  });
});

describe("insults", () => {
  it.each([
    "You absolute muppets, that's the third wrong order",
    "f*ck you Acme and your fake discounts",
    "what a bunch of id10ts run this shop",
    "The manager at the Leeds store is an arrogant prat",
    "Bunch of chancers, the lot of them",
    "Sois unos payasos, tres semanas para una respuesta",
    "El encargado es un impresentable",
    "Que os zurzan, timadores de pacotilla",
    "Вы там все муdаки, что ли?",
    "Операторы у вас безрукие, третий раз одно и то же",
    "ваши курьеры тупые как пробки",
    "Vocês são uns palhaços",
    "Bande de connards",
    "Ihr Abzocker, nie wieder",
    "Siete dei buffoni",
  ])("flags: %s", (text) => {
    expect(insult(text)).toBe(true);
  });

  it.each([
    "This bloody kettle has leaked all over the counter",
    "Joder, otra vez sin stock",
    "Блин, опять курьер опоздал",
    "They treat us like idiots with these terms",
    "I felt like an idiot standing at the empty pickup point",
    "Me siento idiota por haber pagado tanto",
    "Нас держат за идиотов с этими условиями",
    "Ordered the clown costume for my son, it arrived torn",
    "Disfraz de payaso para niño, talla 4",
    "Es una pregunta estúpida, pero ¿lleva cable?",
    "La app es inútil desde la actualización",
    "Idiot-proof setup, took two minutes",
    "Sh*t happens, the replacement came fast",
    "Это обман, развели как лоха",
    "Кто ищет тренера — идите к Ольге в Acme, лучшая",
  ])("does not flag: %s", (text) => {
    expect(insult(text)).toBe(false);
  });
});
