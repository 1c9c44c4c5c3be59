import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Label values of one series, e.g. `{ source: "reddit" }`. */
export type Labels = Record<string, string>;

const DEFAULT_BUCKETS_S = [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Series one metric may hold; past it every new combination is counted under `other` (a last wall). */
export const MAX_SERIES_PER_METRIC = 500;
/** Longest label value kept; longer ones are cut (label values come from config, never from strangers). */
const MAX_LABEL_CHARS = 100;

type Kind = "counter" | "gauge" | "histogram";

interface Entry {
  kind: Kind;
  metric: Counter<string> | Gauge<string> | Histogram<string>;
  labelNames: string[];
  /** Label combinations seen, for the series cap. */
  series: Set<string>;
  /** Counter and gauge values by label key, for `value()` without an async collect. */
  values: Map<string, number>;
}

/**
 * Counters, gauges and histograms on prom-client, rendered in the Prometheus text format for
 * `GET /metrics`. Labels are bounded: a label with an allowed set (`boundLabel`) maps anything else to its
 * fallback, values are cut to 100 characters, and a metric holds at most 500 series.
 */
export class Metrics {
  private readonly registry = new Registry();
  private readonly entries = new Map<string, Entry>();
  private readonly bounds = new Map<string, { allowed: Set<string>; other: string }>();
  /** Gauges computed at scrape time (queue depths, store size). */
  private readonly collectors: Array<() => Promise<void>> = [];
  private processMetrics = false;

  /** The Content-Type of `render()`'s text. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** Values of `label` outside `allowed` are recorded as `other` (e.g. sources: configured ids, else `push`). */
  boundLabel(label: string, allowed: Iterable<string>, other: string): void {
    this.bounds.set(label, { allowed: new Set(allowed), other });
  }

  /** Adds Node's process metrics (CPU, memory, event loop lag, handles) to the output; once. */
  collectProcessMetrics(): void {
    if (this.processMetrics) return;
    this.processMetrics = true;
    collectDefaultMetrics({ register: this.registry });
  }

  /** `orm_build_info{version, node} 1`. */
  setBuildInfo(version: string, node: string): void {
    this.set("orm_build_info", "The bot's version and Node.js version", { version, node }, 1);
  }

  private entry(name: string, kind: Kind, help: string, labels: Labels): Entry {
    let e = this.entries.get(name);
    if (e) return e;
    const labelNames = Object.keys(labels).sort();
    const config = { name, help, labelNames, registers: [this.registry] };
    const metric =
      kind === "counter"
        ? new Counter(config)
        : kind === "gauge"
          ? new Gauge(config)
          : new Histogram({ ...config, buckets: DEFAULT_BUCKETS_S });
    e = { kind, metric, labelNames, series: new Set(), values: new Map() };
    this.entries.set(name, e);
    return e;
  }

  /** The labels as recorded: declared names only, bounded values, `other` past the series cap. */
  private bounded(e: Entry, labels: Labels): { labels: Labels; key: string } {
    const out: Labels = {};
    for (const k of e.labelNames) {
      let v = String(labels[k] ?? "");
      const b = this.bounds.get(k);
      if (b && !b.allowed.has(v)) v = b.other;
      out[k] = v.length > MAX_LABEL_CHARS ? v.slice(0, MAX_LABEL_CHARS) : v;
    }
    let key = JSON.stringify(out);
    if (!e.series.has(key)) {
      if (e.series.size >= MAX_SERIES_PER_METRIC) {
        for (const k of e.labelNames) out[k] = "other";
        key = JSON.stringify(out);
      }
      e.series.add(key);
    }
    return { labels: out, key };
  }

  inc(name: string, help: string, labels: Labels = {}, by = 1): void {
    const e = this.entry(name, "counter", help, labels);
    const b = this.bounded(e, labels);
    (e.metric as Counter<string>).inc(b.labels, by);
    e.values.set(b.key, (e.values.get(b.key) ?? 0) + by);
  }

  set(name: string, help: string, labels: Labels, value: number): void {
    const e = this.entry(name, "gauge", help, labels);
    const b = this.bounded(e, labels);
    (e.metric as Gauge<string>).set(b.labels, value);
    e.values.set(b.key, value);
  }

  /** Records one observation in seconds. */
  observe(name: string, help: string, labels: Labels, seconds: number): void {
    const e = this.entry(name, "histogram", help, labels);
    (e.metric as Histogram<string>).observe(this.bounded(e, labels).labels, seconds);
  }

  /** Current value of a counter or gauge series (tests), after the same bounding as when recorded. */
  value(name: string, labels: Labels = {}): number {
    const e = this.entries.get(name);
    if (!e) return 0;
    const out: Labels = {};
    for (const k of e.labelNames) {
      const v = String(labels[k] ?? "");
      const b = this.bounds.get(k);
      out[k] = b && !b.allowed.has(v) ? b.other : v.slice(0, MAX_LABEL_CHARS);
    }
    return e.values.get(JSON.stringify(out)) ?? 0;
  }

  addCollector(fn: () => Promise<void>): void {
    this.collectors.push(fn);
  }

  /** The Prometheus text exposition of every metric (collectors run first). */
  async render(): Promise<string> {
    await Promise.allSettled(this.collectors.map((c) => c()));
    return this.registry.metrics();
  }
}
