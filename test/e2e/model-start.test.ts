import { spawn } from "node:child_process";
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, tempDir } from "../helpers/cli.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** A copy of the built package (dist, bin, models, samples, playbooks) whose models we may break. */
function packageCopy(): string {
  const dir = tempDir("orm-package-");
  for (const part of [
    "package.json",
    "bin",
    "dist",
    "models",
    "data/rules",
    "samples",
    "playbooks",
    "commands",
  ])
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** Runs `orm-bot VERB` of the copy, one JSON line on stdin. */
function run(pkg: string, args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done) => {
    const cwd = tempDir();
    mkdirSync(join(cwd, "data"));
    const child = spawn(process.execPath, [join(pkg, "bin", "orm-bot.js"), ...args], {
      cwd,
      env: cleanEnv({ ORM_DATA_DIR: join(cwd, "data") }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdin.end(`${JSON.stringify({ id: 1, text: "worst service ever" })}\n`);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

describe("a sentiment model file that is missing or corrupt stops the bot", () => {
  it("analyze and start name the file and what is wrong, and exit 1", async () => {
    const pkg = packageCopy();
    const ok = await run(pkg, ["analyze"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).sentiment.label).toBe("negative");

    const model = join(pkg, "models", "sentiment-en.bin");
    writeFileSync(model, "ORMSENT1 garbage");
    const corrupt = await run(pkg, ["analyze"]);
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toContain(`orm-bot: ${model}: header of`);

    const started = await run(pkg, ["start"]);
    expect(started.code).toBe(1);
    expect(started.stderr).toContain(`${model}: header of`);
  }, 120_000);

  it("a missing one says how to get it back", async () => {
    const pkg = packageCopy();
    const model = join(pkg, "models", "sentiment-ru.bin");
    rmSync(model);
    const r = await run(pkg, ["analyze"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`orm-bot: ${model}: sentiment model missing (run \`npm run train\``);
  }, 120_000);
});
