import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { SentimentClassifier } from "../../src/analysis/learned-sentiment/classifier.js";
import { tempDir } from "../helpers/cli.js";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const TRAIN = join(ROOT, ".tools-build", "tools", "train.js");

/** Runs the compiled `npm run train` script as a child process; never throws on a non-zero exit. */
async function train(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [TRAIN, ...args], { cwd: ROOT, timeout: 240_000 });
    return { code: 0, ...r };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A dataset folder with a small Spanish file holding one malformed line. */
function datasets(): string {
  const dir = tempDir("orm-datasets-");
  mkdirSync(join(dir, "sentiment", "es"), { recursive: true });
  const lines: string[] = [];
  const row = (text: string, label: string) =>
    JSON.stringify({ text, label, source: "mini", domain: "tweet" });
  for (let i = 0; i < 30; i++) {
    lines.push(row(`Me encanta, gracias por todo ${i}`, "positive"));
    lines.push(row(`Pésimo servicio, otra vez sin vuelo ${i}`, "negative"));
    lines.push(row(`El vuelo ${i} sale a las nueve`, "neutral"));
  }
  lines.splice(2, 0, '{"text": "sin etiqueta", "source": "mini"}');
  writeFileSync(join(dir, "sentiment", "es", "mini.jsonl"), `${lines.join("\n")}\n`);
  return dir;
}

describe("npm run train as a child process", () => {
  beforeAll(async () => {
    await run(
      process.execPath,
      [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tools/tsconfig.json"],
      {
        cwd: ROOT,
        timeout: 240_000,
      },
    );
  }, 300_000);

  it("says what to do when the dataset folder is missing", async () => {
    const r = await train(["--data", "/nonexistent/datasets", "--out", tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dataset folder not found: \/nonexistent\/datasets/);
    expect(r.stderr).toMatch(/--data DIR/);
  });

  it("refuses an unknown option", async () => {
    const r = await train(["--frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option --frobnicate/);
  });

  it("skips a malformed line naming file and line, writes a loadable model, the same bytes twice", async () => {
    const data = datasets();
    const [a, b] = [tempDir(), tempDir()];
    const args = ["--data", data, "--lang", "es", "--no-templates", "--bits", "14"];
    const first = await train([...args, "--out", a]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(
      `${join(data, "sentiment", "es", "mini.jsonl")}:3: label: expected negative, neutral or positive, skipped`,
    );
    expect((await train([...args, "--out", b])).code).toBe(0);
    const bytes = readFileSync(join(a, "sentiment-es.bin"));
    expect(bytes.equals(readFileSync(join(b, "sentiment-es.bin")))).toBe(true);
    const model = SentimentClassifier.load(join(a, "sentiment-es.bin"));
    expect(model.header.trainedOn).toEqual({ mini: 66 });
    const [neg, , pos] = model.probabilities("Pésimo servicio, otra vez sin vuelo");
    expect(neg).toBeGreaterThan(pos);
  }, 300_000);
});
