import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDatasets, MissingDatasetsError, readJsonl } from "../../../tools/lib/datasets.js";
import { DEFAULT_SETTINGS, sampleWeights } from "../../../tools/lib/fit.js";
import { modelBytes, trainLanguage } from "../../../tools/lib/pipeline.js";
import { splitRows } from "../../../tools/lib/split.js";

const line = (text: string, label: string, extra: object = {}) =>
  JSON.stringify({ text, label, source: "tiny", domain: "tweet", ...extra });

/** A dataset folder with one small English file (and one bad line per kind of mistake). */
function tinyDatasets(): string {
  const dir = mkdtempSync(join(tmpdir(), "orm-datasets-"));
  mkdirSync(join(dir, "sentiment", "en"), { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    lines.push(line(`love it so much, great service number ${i}`, "positive"));
    lines.push(line(`worst delay ever, lost my bag again ${i}`, "negative"));
    lines.push(line(`flight ${i} leaves from gate B at noon`, "neutral"));
  }
  lines.splice(3, 0, "{not json", line("", "negative"), line("fine", "meh"));
  writeFileSync(join(dir, "sentiment", "en", "tiny.jsonl"), `${lines.join("\n")}\n`);
  return dir;
}

describe("npm run train's data", () => {
  it("reports each malformed line with file and line, and skips it", () => {
    const dir = tinyDatasets();
    const reported: string[] = [];
    const rows = loadDatasets(dir, ["en"], (m) => reported.push(m));
    const file = join(dir, "sentiment", "en", "tiny.jsonl");
    expect(rows).toHaveLength(120);
    expect(reported).toEqual([
      `${file}:4: not valid JSON, skipped`,
      `${file}:5: text: empty, skipped`,
      `${file}:6: label: expected negative, neutral or positive, skipped`,
    ]);
  });

  it("says what to do when the dataset folder is missing", () => {
    expect(() => loadDatasets("/nonexistent/datasets", ["en"], () => {})).toThrow(MissingDatasetsError);
    expect(() => loadDatasets("/nonexistent/datasets", ["en"], () => {})).toThrow(
      /--data DIR.*ORM_DATASETS/s,
    );
  });

  it("splits each file's labels 75 / 10 / 15, the same way every time", () => {
    const rows = loadDatasets(tinyDatasets(), ["en"], () => {});
    const a = splitRows(rows, 13);
    const b = splitRows(rows, 13);
    expect(a.get("dev")!.map((r) => r.line)).toEqual(b.get("dev")!.map((r) => r.line));
    expect(a.get("dev")!.filter((r) => r.label === "negative")).toHaveLength(6);
    expect(a.get("tune")!.filter((r) => r.label === "negative")).toHaveLength(4);
    expect(
      splitRows(rows, 14)
        .get("dev")!
        .map((r) => r.line),
    ).not.toEqual(a.get("dev")!.map((r) => r.line));
  });

  it("trains deterministically: the same data and seed give the same model bytes", () => {
    const rows = loadDatasets(tinyDatasets(), ["en"], () => {});
    const split = splitRows(rows, 13);
    const s = { ...DEFAULT_SETTINGS, bits: 12, ruleFeatures: false };
    const once = modelBytes(trainLanguage("en", split.get("train")!, split.get("tune")!, s));
    const twice = modelBytes(trainLanguage("en", split.get("train")!, split.get("tune")!, s));
    expect(once.equals(twice)).toBe(true);
  });

  it("weighs corrections, balances classes per file and lets reviews weigh less", () => {
    const dir = mkdtempSync(join(tmpdir(), "orm-corrections-"));
    const path = join(dir, "corrections.jsonl");
    writeFileSync(
      path,
      [
        line("Acme's turbo plan is a joke", "negative", { source: "corrections", lang: "en" }),
        line("no language here", "negative", { source: "corrections" }),
      ].join("\n"),
    );
    const reported: string[] = [];
    const rows = readJsonl(path, "", (m) => reported.push(m));
    expect(rows[0]!.lang).toBe("en");
    expect(rows[1]!.lang).toBe("");
    const corrections = [{ ...rows[0]!, file: "corrections" }];
    const tweets = [
      { ...rows[0]!, file: "a", label: "neutral" as const },
      { ...rows[0]!, file: "a", label: "neutral" as const },
      { ...rows[0]!, file: "a", label: "negative" as const },
      { ...rows[0]!, file: "r", domain: "review" as const },
    ];
    const w = sampleWeights([...corrections, ...tweets], { ...DEFAULT_SETTINGS, correctionsWeight: 5 });
    expect([...w].map((x) => Math.round(x * 1000) / 1000)).toEqual([5, 0.75, 0.75, 1.5, 0.3]);
  });
});
