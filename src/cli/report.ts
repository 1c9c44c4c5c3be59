import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { buildBot } from "../app/bot.js";
import { seedDemo } from "../app/demo/index.js";
import type { Config } from "../config/schema.js";
import { PRIVATE_FILE_MODE } from "../core/private-files.js";
import { buildReport, formatReport, renderCharts, resolvePeriod } from "../kpi/index.js";
import { out, say } from "./io.js";

/** `orm-bot report --period P --format md|json|csv [--charts DIR]`; on the demo's store, seeds its history first. */
export async function reportVerb(
  config: Config,
  period: string,
  format: "md" | "json" | "csv",
  chartsDir?: string,
): Promise<number> {
  // A bad period is refused before the store is opened (or the demo's history seeded into it).
  resolvePeriod(period, Date.now(), config.brand.timezone);
  const bot = await buildBot(config, { chat: null, schedules: false });
  try {
    // The terminal demo's store gets its fictional history on first use, whichever verb opens it first.
    if (config.demo === "samples") await seedDemo(bot.services.deps);
    const report = await buildReport(bot.services.deps, period);
    await out(formatReport(report, format).replace(/\n$/, ""));
    if (chartsDir) {
      const dir = resolve(chartsDir);
      await mkdir(dir, { recursive: true });
      for (const chart of await renderCharts(report)) {
        await writeFile(join(dir, chart.filename), chart.bytes, { mode: PRIVATE_FILE_MODE });
        say(`chart: ${join(dir, chart.filename)}`);
      }
    }
  } finally {
    await bot.stop();
  }
  return 0;
}
