import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import { reportMessage } from "../src/kpi/index.js";
import type { Report } from "../src/kpi/report-types.js";

/** Writes the charts under `<data dir>/reports/<period>-<time>/` (chats that can't take files); returns their paths. */
async function writeCharts(
  services: Services,
  report: Report,
  charts: Awaited<ReturnType<Services["reports"]["charts"]>>,
) {
  const stamp = report.generatedAt.slice(0, 19).replace(/[:T]/g, "-");
  const dir = resolve(
    services.config.runtime.dataDir,
    "reports",
    `${report.period.spec.replace(/\W+/g, "_")}-${stamp}`,
  );
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const c of charts) {
    const path = join(dir, c.filename);
    await writeFile(path, c.bytes);
    paths.push(path);
  }
  return paths;
}

export default defineCommand({
  name: "report",
  summary:
    "The KPI report with charts: day (yesterday), week (last Mon–Sun), month (last month) or a date range",
  usage: "day|week|month|YYYY-MM-DD..YYYY-MM-DD",
  examples: ["/orm report week", "/orm report 2026-11-01..2026-11-30"],
  async run({ services, req, args }) {
    const spec = args[0] ?? "week";
    const period = services.reports.period(spec);
    const what =
      period.unit === "range" ? `${period.label} report` : `${period.unit} report (${period.label})`;
    await req.respond.whisper(textMessage(`Building the ${what}…`));
    const report = await services.reports.build(spec);
    await req.respond.reply(reportMessage(report));
    const charts = await services.reports.charts(report);
    const chat = services.chat;
    if (chat?.upload && chat.capabilities.files) {
      await chat.upload(req.channel, charts, `Charts for the ${report.period.label} report`);
      return;
    }
    const paths = await writeCharts(services, report, charts);
    await req.respond.whisper(textMessage(`Charts written to:\n${paths.join("\n")}`));
  },
});
