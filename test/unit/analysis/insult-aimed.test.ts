import { describe, expect, it } from "vitest";
import { expectLinear, repeated } from "../../helpers/linear-time.js";
import { analyzerFor } from "./helpers.js";

// An insult word counts when it is aimed at someone: second person, "you are a X", said to someone
// (vocative), after an @handle, or in an imperative. The same word naming a game, a book or an idiom
// calls nobody anything. Real-looking posts in English, Spanish and Russian.
const a = analyzerFor(["en", "es", "ru"], { sentimentModel: "rules" });
const insult = (text: string) => a.analyze(text).insult;

describe("insults aimed at someone", () => {
  it.each([
    ["second person", "Ты дурак что ли? Я же писал номер заказа"],
    ["second person plural", "ну вы и дураки, три раза одно и то же"],
    ["'you are a X'", "You are a bunch of frauds, refund me"],
    ["vocative", "Thanks for nothing, amateurs."],
    ["vocative", "Gracias por nada, payasos"],
    ["vocative", "Спасибо за ответ через неделю, жадины!"],
    ["after an @handle", "@delta frauds. Charged my card twice for one seat"],
    ["after an @handle", "@Aeroflot жадины, за багаж опять отдельно"],
    ["imperative", "Go away, idiots, I'm done with you"],
    ["imperative", "Идите лесом, дураки"],
    ["Spanish, 'sois unos'", "Sois unos tontos, me habéis cobrado dos veces"],
  ])("%s: %s", (_how, text) => {
    expect(insult(text)).toBe(true);
  });
});

describe("the same words aimed at nobody", () => {
  it.each([
    ["the card game", "Вечером всей семьёй играли в дурака, сын выиграл три раза"],
    ["the card game", "Научил дочку играть в подкидного дурака, теперь обыгрывает меня"],
    ["the card game", "Подкидной дурак или переводной — какой интереснее?"],
    ["the card game", "В поезде Москва — Сочи полдороги резались в дурака с соседями"],
    ["an idiom", "Хватит валять дурака, пора уже открыть нормальный офис в нашем городе"],
    ["a book", "Перечитываю «Идиота» Достоевского, вторая часть сильнее"],
    ["a book", "The Idiot by Dostoevsky is on sale in the app this week"],
    ["April Fools", "Their April Fools prank was a fake flight to the Moon, loved it"],
    ["an idiom", "Los niños se pusieron a hacer el tonto en la cola del embarque"],
    ["a book", "Estoy leyendo El idiota de Dostoievski en el avión"],
    ["a thing, not a person", "Compré un disfraz de payaso para la fiesta del cole"],
  ])("%s: %s", (_why, text) => {
    expect(insult(text)).toBe(false);
  });

  it("an insult beside the game still counts", () => {
    expect(insult("Играли в дурака, а вы, дураки, опять отключили свет")).toBe(true);
  });
});

describe("looking for aimed insults is linear in the text (10 KB … 1 MB)", () => {
  const wide = analyzerFor(["en", "es", "ru"], { sentimentModel: "rules", maxTextChars: 2_000_000 });
  for (const unit of ["в дурака ", "@a fools ", "fools, ", "@", "играть в подкидного "])
    it(JSON.stringify(unit), () =>
      expectLinear(
        (n) => repeated(unit, n),
        (s) => wide.analyze(s),
      ),
    );
});
