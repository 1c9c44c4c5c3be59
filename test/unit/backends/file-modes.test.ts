import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../../src/backends/memory/store.js";
import { tempDir } from "../../helpers/cli.js";

const modeOf = (path: string) => statSync(path).mode & 0o777;

/** Every file and folder under `dir` (the data dir itself included), with its mode. */
function modes(dir: string): Array<[string, number]> {
  const out: Array<[string, number]> = [[dir, modeOf(dir)]];
  for (const name of readdirSync(dir)) out.push([name, modeOf(join(dir, name))]);
  return out;
}

describe("the embedded store's files are the bot's alone", () => {
  it("creates its data dir 0700 and its journal, snapshot and lock files 0600, under a permissive umask", async () => {
    const old = process.umask(0o022);
    try {
      const dir = join(tempDir(), "data");
      const store = new EmbeddedStore({ dataDir: dir, compactBytes: 1 });
      await store.docs.put("notes", { id: "a", version: 1, body: { text: "call me on +34 612 345 678" } });
      await store.docs.put("notes", { id: "b", version: 1, body: { text: "compacted by now" } });
      const files = readdirSync(dir);
      expect(files.some((f) => f.startsWith("snapshot-"))).toBe(true);
      expect(files.some((f) => f.startsWith("journal-"))).toBe(true);
      expect(files).toContain("LOCK");
      for (const [name, mode] of modes(dir)) expect(mode, name).toBe(name === dir ? 0o700 : 0o600);
      await store.close();
    } finally {
      process.umask(old);
    }
  });

  it("tightens a data dir and files an older version left readable by others", async () => {
    const dir = join(tempDir(), "old");
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, "journal-0.jsonl"), "", { mode: 0o644 });
    chmodSync(join(dir, "journal-0.jsonl"), 0o644);
    const store = new EmbeddedStore({ dataDir: dir });
    await store.docs.put("notes", { id: "a", version: 1, body: {} });
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(join(dir, "journal-0.jsonl"))).toBe(0o600);
    await store.close();
  });
});
