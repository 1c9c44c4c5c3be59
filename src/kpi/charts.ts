import resvg from "@resvg/resvg-js";
import * as vega from "vega";
import { compile } from "vega-lite";
import { type ChartSpec, chartSpecs } from "./chart-specs.js";
import type { Report } from "./report-types.js";

/** A rendered chart: a PNG file ready to upload or write. */
export interface ChartFile {
  filename: string;
  title: string;
  bytes: Buffer;
}

/** Renders one Vega-Lite spec to SVG (no browser, no canvas) and rasterises it to PNG at 2× scale. */
export async function renderSpec(chart: ChartSpec): Promise<Buffer> {
  const view = new vega.View(vega.parse(compile(chart.spec).spec), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    const png = new resvg.Resvg(svg, {
      background: "white",
      fitTo: { mode: "zoom", value: 2 },
      font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    }).render();
    return png.asPng();
  } finally {
    view.finalize();
  }
}

/** The report's charts as PNG files: volume by sentiment with surges, response times, top topics, hour heatmap. */
export async function renderCharts(report: Report): Promise<ChartFile[]> {
  const out: ChartFile[] = [];
  for (const chart of chartSpecs(report))
    out.push({ filename: chart.filename, title: chart.title, bytes: await renderSpec(chart) });
  return out;
}
