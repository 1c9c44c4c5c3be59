import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../src/backends/memory/store.js";
import { storedMention } from "../contract/store.contract.js";
import { cleanEnv, runCli, tempDir } from "../helpers/cli.js";

/** A data dir holding three mentions, two of them corrected by the team (one twice). */
async function seededDataDir(): Promise<string> {
  const dataDir = tempDir("orm-corrections-");
  const store = new EmbeddedStore({ dataDir });
  const text = "Acme billed me twice, call me on +34 612 345 678 to fix it";
  const phone = text.indexOf("+34");
  await store.mentions.insertMany([
    storedMention("m-bill", {
      text,
      analysis: {
        ...storedMention("x").analysis,
        lang: "en",
        pii: ["phone"],
        piiSpans: [{ kind: "phone", start: phone, end: phone + "+34 612 345 678".length }],
      },
    }),
    storedMention("m-review", { text: "Muy buen servicio, gracias", rating: 5 }),
    storedMention("m-plain", { text: "not corrected" }),
  ]);
  await store.mentions.setCorrection("m-bill", {
    label: "neutral",
    by: "U0ANA",
    at: Date.parse("2026-12-01T10:00:00Z"),
  });
  await store.mentions.setCorrection("m-review", {
    label: "positive",
    topics: ["praise"],
    by: "U0BEN",
    at: Date.parse("2026-12-02T10:00:00Z"),
  });
  await store.mentions.setCorrection("m-bill", {
    label: "negative",
    topics: ["billing"],
    by: "U0LUZ",
    at: Date.parse("2026-12-03T10:00:00Z"),
  });
  await store.close();
  return dataDir;
}

describe("orm-bot corrections", () => {
  it("exports the team's corrections as dataset lines, latest word per mention, personal data redacted", async () => {
    const dataDir = await seededDataDir();
    const env = cleanEnv({ ORM_DATA_DIR: dataDir });
    const r = await runCli(["corrections"], { env });
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      {
        text: "Muy buen servicio, gracias",
        label: "positive",
        topics: ["praise"],
        lang: "en",
        source: "corrections",
        domain: "review",
        mentionId: "m-review",
        at: "2026-12-02T10:00:00.000Z",
      },
      {
        text: "Acme billed me twice, call me on [phone] to fix it",
        label: "negative",
        topics: ["billing"],
        lang: "en",
        source: "corrections",
        domain: "tweet",
        mentionId: "m-bill",
        at: "2026-12-03T10:00:00.000Z",
      },
    ]);
    expect(r.stdout).not.toContain("612 345");
    expect(r.stderr).toContain("2 correction(s)");

    const file = join(tempDir(), "corrections.jsonl");
    const w = await runCli(["corrections", "--out", file], { env });
    expect(w.code).toBe(0);
    expect(w.stdout).toBe("");
    expect(readFileSync(file, "utf8")).toBe(r.stdout);
  });

  it("refuses an unknown option with exit 2", async () => {
    const r = await runCli(["corrections", "--period", "week"], {
      env: cleanEnv({ ORM_DATA_DIR: tempDir() }),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("corrections: unknown option --period");
  });
});
