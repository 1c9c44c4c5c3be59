import { describe, it } from "vitest";
import { shippedRules } from "../../../src/analysis/rules/load.js";
import { buildSentimentModel } from "../../../src/analysis/sentiment/model.js";
import { prepareText } from "../../../src/analysis/text.js";
import { TopicMatcher } from "../../../src/analysis/topics.js";
import { expectLinear, repeated } from "../../helpers/linear-time.js";

// The rule files are edited by people who do not read regex engines: every pattern they hold is run
// here over 10 KB … 1 MB of text made of the rules' own words (the near-misses that make a regex
// backtrack), directly on the compiled scans — the analyser caps texts, so only this shows the
// regexes themselves stay linear.

/** The words of a language's patterns and lists, in file order. */
function vocabulary(lang: string): string[] {
  const r = shippedRules().get(lang)!;
  const sources = [
    ...r.complaints.map((p) => p.re.source),
    r.sarcasm?.source ?? "",
    r.insults?.phrases.source ?? "",
    ...r.topics.flatMap((t) => t.phrases),
  ];
  const out: string[] = [];
  for (const s of sources) for (const w of s.match(/\p{L}[\p{L}']+/gu) ?? []) out.push(w);
  return out;
}

/** Runs every global scan of `res` to the end of `text`. */
function scanAll(res: RegExp[], text: string): number {
  let hits = 0;
  for (const re of res) {
    const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (const _ of text.matchAll(g)) hits++;
  }
  return hits;
}

describe("the rule files' regexes are linear in their input (10 KB … 1 MB)", () => {
  for (const lang of ["en", "es", "ru"]) {
    const model = buildSentimentModel(lang)!;
    const rules = shippedRules().get(lang)!;
    const regexes = [
      ...model.complaintScans.map((s) => s.re),
      ...(model.sarcasm ? [model.sarcasm] : []),
      ...(rules.insults ? [rules.insults.phrases] : []),
    ];
    const words = vocabulary(lang);
    const soup = ` ${words.slice(0, 400).join(" ")} `;
    const firstWords = ` ${rules.complaints.map((p) => (p.re.source.match(/\p{L}+/u) ?? ["x"])[0]).join(" ")} `;

    it(`${lang}: the patterns' words in file order`, () => {
      expectLinear(
        (n) => repeated(soup, n),
        (s) => scanAll(regexes, s),
      );
    });
    it(`${lang}: each pattern's first word, over and over`, () => {
      expectLinear(
        (n) => repeated(firstWords, n),
        (s) => scanAll(regexes, s),
      );
    });
    it(`${lang}: the first rule word repeated`, () => {
      expectLinear(
        (n) => repeated(`${words[0]} `, n),
        (s) => scanAll(regexes, s),
      );
    });
  }

  it("topic keywords: a long text of every language's keywords", () => {
    const langs = [...shippedRules().keys()];
    const matcher = new TopicMatcher(langs, []);
    const text = langs
      .flatMap((l) =>
        shippedRules()
          .get(l)!
          .topics.flatMap((t) => t.phrases),
      )
      .join(" ");
    expectLinear(
      (n) => repeated(`${text} `, n),
      (s) => matcher.match(prepareText(s, s.length), "und"),
    );
  });
});
