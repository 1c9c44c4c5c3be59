import { describe, expect, it } from "vitest";
import { languageContent } from "../../../src/analysis/lang/content.js";
import { LanguageDetector } from "../../../src/analysis/lang/detect.js";
import { prepareText } from "../../../src/analysis/text.js";
import { expectLinear, repeated } from "../../helpers/linear-time.js";

// Tweets as they come: handles, hashtags, URLs, cashtags and emoji around a few words. The words decide.
const three = new LanguageDetector(["en", "es", "ru"]);
const seven = new LanguageDetector(["en", "es", "ru", "pt", "fr", "de", "it"]);
const detect = (text: string, d = three) => d.detect(prepareText(text, 5000));

describe("language of tweets full of names and tags", () => {
  it.each([
    [
      "en",
      "@united @AmericanAir @Delta thanks for nothing, my bag is still in Denver #neveragain https://t.co/x1Y2z3",
    ],
    ["en", "Apple Bears Get Paid as Put Contracts Double Amid Drop $AAPL #aapl http://t.co/xDr3Sve7gm"],
    ["en", "@SouthwestAir flight delayed again tonight 😤😤 #WorstAirline #StuckInChicago"],
    ["es", "@Iberia @Laupaybra #HolaArgentina me encantaría conocerte, ¡qué ganas! ✈️"],
    ["es", "Viajando tan agustico con @Ryanair . #Marruecos #VacacionesDeNavidad https://t.co/EPp7DPrWbk"],
    ["es", "@VuelingClients llevo dos horas esperando la maleta en Barajas #dondeestalamaleta"],
    ["ru", "@kusen18 @sanjarbeke @some_long_latin_handle @another_one Точно так же и у меня было 🤣"],
    ["ru", "@mts_support @beeline_ru @MegaFon_Ru интернет опять не работает https://t.co/abc"],
  ])("%s: %s", (lang, text) => {
    expect(detect(text)).toBe(lang);
    expect(detect(text, seven)).toBe(lang);
  });

  it("judges on the words: handles, URLs and cashtags go, hashtags split into words", () => {
    const t = languageContent(
      prepareText("@Iberia #HolaArgentina #viaje_largo me encanta $IAG https://t.co/x", 500),
    );
    expect(t.tokens).toEqual(["hola", "argentina", "viaje", "largo", "me", "encanta"]);
  });

  it("a post with no names is read as it is", () => {
    const t = prepareText("no names here at all", 500);
    expect(languageContent(t)).toBe(t);
  });

  it("handles alone do not make a text long enough to be sure of", () => {
    expect(detect("@lagran_escapada @AirNostrumLAM @Iberia @another_long_handle Gracias!!")).toBe("und");
  });
});

describe("finding the words is linear in the text (10 KB … 1 MB)", () => {
  for (const unit of ["@a", "@", "#aB", "#", "http://x", "$", "aaaa@bbbb.", "#Aa_Bb_"])
    it(JSON.stringify(unit), () =>
      expectLinear(
        (n) => repeated(unit, n),
        (s) => languageContent(prepareText(s, s.length)),
      ),
    );
});
