import { formatCsv } from "./format-csv.js";
import { formatMarkdown } from "./format-md.js";
import type { Report } from "./report-types.js";

/** The report as Markdown (people), JSON (CONTRACT.md's shape) or CSV (the KPI spreadsheet). */
export function formatReport(report: Report, format: "md" | "json" | "csv"): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "csv") return formatCsv(report);
  return formatMarkdown(report);
}
