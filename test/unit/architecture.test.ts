import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const FILES = [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "commands"))].map((p) => ({
  path: relative(ROOT, p),
  text: readFileSync(p, "utf8"),
}));

/** Where each SDK may be imported: its adapter or backend folder only. */
const SDK_HOMES: Record<string, string[]> = {
  "@slack/bolt": ["src/adapters/slack/"],
  "@slack/web-api": ["src/adapters/slack/"],
  "discord.js": ["src/adapters/discord/"],
  redis: ["src/backends/redis/", "src/backends/bullmq/"],
  bullmq: ["src/backends/bullmq/"],
  "node-cron": ["src/backends/memory/"],
};

describe("the architecture", () => {
  it("imports each SDK only in its adapter or backend folder", () => {
    const misplaced: string[] = [];
    for (const f of FILES)
      for (const [sdk, homes] of Object.entries(SDK_HOMES)) {
        const imports = new RegExp(`from "${sdk.replace(/[./]/g, "\\$&")}(/[^"]*)?"`).test(f.text);
        if (imports && !homes.some((h) => f.path.startsWith(h))) misplaced.push(`${f.path} imports ${sdk}`);
      }
    expect(misplaced).toEqual([]);
  });

  it("reads process.env only in src/config/", () => {
    const readers = FILES.filter((f) => /process\.env\b/.test(f.text) && !f.path.startsWith("src/config/"));
    expect(readers.map((f) => f.path)).toEqual([]);
  });

  it("never imports natural's package root (it prints a dotenv banner on stdout)", () => {
    const roots = FILES.filter((f) => /from "natural"/.test(f.text));
    expect(roots.map((f) => f.path)).toEqual([]);
  });

  it("keeps the core free of platform and backend code", () => {
    const leaks = FILES.filter(
      (f) => f.path.startsWith("src/core/") && /from "\.\.\/(adapters|backends)\//.test(f.text),
    );
    expect(leaks.map((f) => f.path)).toEqual([]);
  });
});
