/**
 * How the corpora's targets (`target` field, in English) are written in their texts: the names a
 * brand matcher looks for when training replaces the target by `<brand>`. Russian names inflect;
 * the matcher allows a few extra letters on long names.
 */
const ALIASES: Record<string, string[]> = {
  Sberbank: ["Сбербанк", "Сбер", "Sberbank", "Сбербанк России", "Сбербанка"],
  VTB: ["ВТБ", "ВТБ24", "ВТБ 24", "VTB"],
  Gazprombank: ["Газпромбанк", "Gazprombank"],
  "Alfa-Bank": ["Альфа-Банк", "Альфа банк", "Альфабанк", "Альфа", "Alfa-Bank", "Alfabank"],
  "Bank of Moscow": ["Банк Москвы", "Bank of Moscow"],
  Raiffeisenbank: ["Райффайзенбанк", "Райфайзенбанк", "Райффайзен", "Raiffeisen", "Raiffeisenbank"],
  Uralsib: ["Уралсиб", "Uralsib"],
  Rosselkhozbank: ["Россельхозбанк", "РСХБ", "Rosselkhozbank"],
  Beeline: ["Билайн", "Beeline", "Вымпелком"],
  MTS: ["МТС", "MTS"],
  MegaFon: ["МегаФон", "Megafon"],
  Tele2: ["Теле2", "Tele2", "Теле 2"],
  Rostelecom: ["Ростелеком", "Rostelecom"],
  Komstar: ["Комстар", "Komstar"],
  Skylink: ["Скайлинк", "Skylink"],
  United: ["United", "United Airlines"],
  "US Airways": ["US Airways", "USAirways"],
  American: ["American Airlines", "AmericanAir", "American"],
  Southwest: ["Southwest", "SouthwestAir"],
  // the Kaggle set's "Delta" tweets are addressed to @JetBlue
  Delta: ["Delta", "JetBlue"],
  "Virgin America": ["Virgin America", "VirginAmerica"],
  Apple: ["Apple"],
  iPad: ["iPad"],
  iPhone: ["iPhone"],
  Google: ["Google"],
  Android: ["Android"],
  "iPad or iPhone App": ["iPad", "iPhone"],
  "Other Google product or service": ["Google"],
  "Other Apple product or service": ["Apple"],
  "Android App": ["Android"],
};

/** The names to replace for a row's target ("Sberbank, VTB" → both banks' names); [] without one. */
export function targetNames(target: string | undefined): string[] {
  if (!target) return [];
  return target
    .split(",")
    .map((t) => t.trim())
    .flatMap((t) => ALIASES[t] ?? [t]);
}
