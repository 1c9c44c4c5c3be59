/** The KPI engine's public face: reports, formats, charts, surges and the daily digest. */

export { chartSpecs } from "./chart-specs.js";
export { renderCharts } from "./charts.js";
export { mentionIncrements } from "./counters.js";
export { DIGEST_QUEUE, type DigestJob, digestCron, registerDigests, runDigest } from "./digest.js";
export { formatReport } from "./format.js";
export { resolvePeriod } from "./period.js";
export { buildReport } from "./report.js";
export { reportMessage } from "./report-message.js";
export type { Report, Surge } from "./report-types.js";
export { checkForNewSurge, detectSurges } from "./surges.js";
