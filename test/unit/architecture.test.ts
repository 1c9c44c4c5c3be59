import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cycles, importGraph, sourceFiles } from "./architecture-graph.js";

const ROOT = resolve(import.meta.dirname, "../..");
const PATHS = [...sourceFiles(ROOT, "src"), ...sourceFiles(ROOT, "commands")];
const FILES = PATHS.map((path) => ({ path, text: readFileSync(join(ROOT, path), "utf8") }));
const GRAPH = importGraph(ROOT, PATHS);

/**
 * The layer order, lowest first (the README's architecture section shows the same). A file may import
 * its own folder and the folders of lower layers; folders that share a layer don't import each other.
 */
const LAYERS: string[][] = [
  ["src/core"],
  ["src/config"],
  ["src/ports"],
  ["src/state"],
  ["src/analysis", "src/connectors", "src/http"],
  ["src/mentions"],
  ["src/cases"],
  ["src/kpi"],
  ["src/crisis"],
  ["src/ingest"],
  ["src/chatops"],
  ["src/adapters", "src/backends"],
  ["commands"],
  ["src/app"],
  ["src/bench"],
  ["src/cli"],
  ["src/cli.ts"],
];

/** The layer and folder a file belongs to. */
function placeOf(path: string): { layer: number; folder: string } {
  for (let layer = 0; layer < LAYERS.length; layer++)
    for (const folder of LAYERS[layer]!)
      if (path === folder || path.startsWith(`${folder}/`)) return { layer, folder };
  return { layer: -1, folder: path };
}

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
  it("has no import cycle between files, type imports included", () => {
    expect(cycles(GRAPH)).toEqual([]);
  });

  it("imports only downwards in the layer order", () => {
    const upward: string[] = [];
    for (const [file, deps] of GRAPH) {
      const from = placeOf(file);
      for (const dep of deps) {
        const to = placeOf(dep);
        if (to.folder !== from.folder && to.layer >= from.layer) upward.push(`${file} imports ${dep}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("places every folder of src/ in a layer, and the README's architecture section names each", () => {
    const folders = readdirSync(join(ROOT, "src"))
      .filter((name) => statSync(join(ROOT, "src", name)).isDirectory())
      .map((name) => `src/${name}`);
    expect(folders.filter((f) => placeOf(f).layer < 0)).toEqual([]);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(
      readme.indexOf("## Architecture"),
      readme.indexOf("\n## ", readme.indexOf("## Architecture") + 1),
    );
    expect(folders.filter((f) => !section.includes(`\`${f}/\``))).toEqual([]);
  });

  it("finds a cycle and an upward import when there is one (the checks can fail)", () => {
    const graph = new Map([
      ["src/core/a.ts", ["src/cases/b.ts"]],
      ["src/cases/b.ts", ["src/core/a.ts"]],
    ]);
    expect(cycles(graph)).toEqual([["src/cases/b.ts", "src/core/a.ts"]]);
    expect(placeOf("src/core/a.ts").layer).toBeLessThan(placeOf("src/cases/b.ts").layer);
  });

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
});
