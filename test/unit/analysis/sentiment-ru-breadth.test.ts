import { describe, expect, it } from "vitest";
import { buildSentimentModel } from "../../../src/analysis/sentiment/model.js";
import { analyzerFor } from "./helpers.js";

// The Russian lexicon and phrase patterns themselves (the rules, without the learned layer on top).
const a = analyzerFor(["en", "es", "ru"], { sentimentModel: "rules" });
const label = (text: string) => a.analyze(text).sentiment.label;

describe("Russian negation", () => {
  it.each([
    "Честно, совсем не плохо для своих денег.",
    "Ничуть не хуже дорогих аналогов.",
    "Пользуюсь полгода, никаких нареканий.",
    "Претензий к продавцу нет, всё пришло целым.",
    "После обновления приложение перестало тормозить.",
    "Не так уж и плохо, как пишут в отзывах.",
    "Нельзя не отметить вежливость курьера.",
  ])("reads as positive: %s", (text) => {
    expect(label(text)).toBe("positive");
  });

  it.each([
    "Не очень хорошо упаковали, коробка мятая.",
    "Блендер перестал радовать уже через неделю.",
    "Поддержка нисколько не помогла.",
    "Ничего хорошего сказать не могу.",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });
});

describe("Russian slang and chat spelling", () => {
  it.each([
    "Капец, а не сервис.",
    "Полный отстой, не берите.",
    "Приложение лагает жесть как",
    "Хрень какая-то, а не утюг.",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "Наушники огонь, звук топчик!",
    "Збс, пришло за день 👍",
    "Кофемашина просто бомба, всем советую",
  ])("reads as positive: %s", (text) => {
    expect(label(text)).toBe("positive");
  });

  it("reads a statement written without ё the same way", () => {
    expect(label("Курьер подвел, посылку так и не привез.")).toBe("negative");
  });
});

describe("Russian complaint shapes without a negative word", () => {
  it.each([
    "Жду возврат с понедельника.",
    "Меня переводят из отдела в отдел уже второй час.",
    "С карты списали дважды за один заказ.",
    "Где мои деньги за отменённый заказ?",
    "Чайника хватило на месяц.",
    "В четвёртый раз пишу в чат, ответа нет.",
    "Вместо чёрного чехла прислали розовый.",
    "Привезли не в тот день и без звонка.",
    "Больше у них ничего не закажу.",
    "У конкурентов тот же пылесос на треть дешевле.",
  ])("reads as negative: %s", (text) => {
    expect(label(text)).toBe("negative");
  });
});

describe("Russian praise shapes", () => {
  it.each([
    "Буду заказывать ещё, спасибо!",
    "Качество лучше, чем ожидал.",
    "Стоит своих денег, работает уже третий год.",
    "Поменяли сломанный фен на новый прямо на месте.",
    "Меня всё устраивает, работает исправно.",
  ])("reads as positive: %s", (text) => {
    expect(label(text)).toBe("positive");
  });
});

describe("Russian words that only look like sentiment", () => {
  it.each([
    "Какой срок годности у этого творога?",
    "Сколько стоит доставка до дороги на дачу?",
    "Есть ли эта футболка в размере M?",
    "Во сколько начинается мастер-класс?",
    "Подскажите, как почистить фильтр, чтобы не сломать крепление?",
  ])("stays neutral: %s", (text) => {
    expect(label(text)).toBe("neutral");
  });
});

describe("Russian phrase patterns stay fast regexes", () => {
  it("keeps each combined regex under V8's 20 KB optimisation limit", () => {
    // Past 20 KB of source V8 no longer optimises the regex and the scan runs about ten times slower.
    const scans = buildSentimentModel("ru")!.complaintScans;
    expect(scans.length).toBeGreaterThan(0);
    for (const { re } of scans) expect(re.source.length).toBeLessThan(20_000);
  });
});
