import type { AppDeps } from "../ports/deps.js";
import { renderCharts } from "./charts.js";
import { type Period, resolvePeriod } from "./period.js";
import { buildReport } from "./report.js";
import type { Report } from "./report-types.js";

/** Reports on demand: the KPI report of a period, and its charts. */
export class ReportService {
  constructor(private readonly deps: AppDeps) {}

  /** The period a spec (`day`, `week`, `month`, `YYYY-MM-DD..YYYY-MM-DD`) means now, in the brand's time zone. */
  period(spec: string): Period {
    return resolvePeriod(spec, this.deps.clock.now(), this.deps.config.brand.timezone);
  }

  /** The report of a period. */
  build(spec: string): Promise<Report> {
    return buildReport(this.deps, spec);
  }

  /** The report's charts as PNG files. */
  charts(report: Report): ReturnType<typeof renderCharts> {
    return renderCharts(report);
  }
}
