import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evalLanguageAndTopics, half } from "../../eval/rules-eval.js";

// The rules evaluation on a small datasets folder laid out like ../shared/datasets: it must count what
// it is given, per half, and name a malformed line instead of stopping.
const dir = mkdtempSync(join(tmpdir(), "orm-datasets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (text: string, extra: object = {}) =>
  JSON.stringify({ text, label: "negative", source: "x", domain: "tweet", ...extra });

/** Texts whose stable hash puts them in the report half. */
function reportHalf(texts: string[]): string[] {
  return texts.filter((t) => half(t) === "report");
}

const EN = reportHalf(
  Array.from(
    { length: 40 },
    (_, i) => `@united flight ${i} delayed again and nobody at the gate could tell us why`,
  ),
);
const CS = reportHalf(
  Array.from(
    { length: 40 },
    (_, i) => `@united the customer service agent ${i} hung up on me twice, no help at all`,
  ),
);

const ES = reportHalf(
  Array.from(
    { length: 10 },
    (_, i) => `@Iberia llevo ${i} horas esperando la maleta en Barajas y nadie me dice nada`,
  ),
);

describe("evalLanguageAndTopics", () => {
  it("reports und rate, accuracy and topic precision/recall as markdown, and names bad lines", async () => {
    mkdirSync(join(dir, "sentiment", "en"), { recursive: true });
    mkdirSync(join(dir, "sentiment", "es"), { recursive: true });
    writeFileSync(
      join(dir, "sentiment", "en", "twitter_us_airline_sentiment.jsonl"),
      [
        ...EN.map((t) => row(t, { source: "twitter_us_airline_sentiment", topic: "Late Flight" })),
        ...CS.map((t) => row(t, { source: "twitter_us_airline_sentiment", topic: "Customer Service Issue" })),
        "{not json",
        row("no label", { label: "angry" }),
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "sentiment", "es", "x.jsonl"),
      [...ES.map((t) => row(t)), row("@Iberia @Vueling @AirEuropa 👍")].join("\n"),
    );
    const md = await evalLanguageAndTopics(dir);
    expect(md).toContain(`| en | ${EN.length + CS.length} | 0.0 % | 100.0 % |`);
    expect(md).toContain(`| es | ${ES.length} | 0.0 % | 100.0 % |`);
    expect(md).toMatch(
      new RegExp(
        `\\| customer_service \\| Customer Service Issue, Flight Attendant Complaints \\| ${CS.length} \\| 1\\.000 \\| 1\\.000 \\| 1\\.000 \\|`,
      ),
    );
    expect(md).toContain("Skipped 2 malformed line(s):");
    expect(md).toMatch(/twitter_us_airline_sentiment\.jsonl:\d+: not JSON, skipped/);
    expect(md).toMatch(/twitter_us_airline_sentiment\.jsonl:\d+: label: .*skipped/);
  });
});
