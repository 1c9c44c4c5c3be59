import { rename, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createBackend } from "../backends/select.js";
import type { Config } from "../config/schema.js";
import { createLogger } from "../core/log.js";
import { correctionLine } from "../mentions/corrections.js";
import { systemClock } from "../ports/clock.js";
import { out, say } from "./io.js";

/**
 * `orm-bot corrections [--out FILE]`: the team's corrections (`/orm label`) as JSON Lines in the dataset
 * line format, oldest first, for `npm run train -- --corrections FILE`. A file is written whole or not
 * at all (a temp file renamed into place).
 */
export async function correctionsVerb(config: Config, outFile?: string): Promise<number> {
  const { store } = await createBackend(config, createLogger(config.runtime.logLevel), systemClock);
  try {
    const lines = (await store.mentions.listCorrected())
      .map(correctionLine)
      .filter((l) => l !== null)
      .map((l) => JSON.stringify(l));
    if (!outFile) {
      for (const line of lines) await out(line);
    } else {
      const path = resolve(outFile);
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, lines.length ? `${lines.join("\n")}\n` : "");
      await rename(tmp, path);
    }
    say(`${lines.length} correction(s)${outFile ? ` written to ${outFile}` : ""}`);
  } finally {
    await store.close();
  }
  return 0;
}
