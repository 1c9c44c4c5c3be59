/** Label values of one series, e.g. `{ source: "reddit" }`. */
export type Labels = Record<string, string>;

interface Series {
  help: string;
  type: "counter" | "gauge" | "histogram";
  values: Map<string, number>;
  buckets?: number[];
}

const DEFAULT_BUCKETS_S = [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function labelKey(labels: Labels): string {
  const parts = Object.keys(labels)
    .sort()
    .map(
      (k) => `${k}="${String(labels[k]).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`,
    );
  return parts.length ? `{${parts.join(",")}}` : "";
}

function withLabel(key: string, extra: string): string {
  return key ? `${key.slice(0, -1)},${extra}}` : `{${extra}}`;
}

/** Counters, gauges and histograms rendered in the Prometheus text format for `GET /metrics`. */
export class Metrics {
  private readonly series = new Map<string, Series>();
  /** Gauges computed at scrape time (queue depths, store size). */
  private readonly collectors: Array<() => Promise<void>> = [];

  private get(name: string, type: Series["type"], help: string): Series {
    let s = this.series.get(name);
    if (!s) {
      s = { help, type, values: new Map(), ...(type === "histogram" ? { buckets: DEFAULT_BUCKETS_S } : {}) };
      this.series.set(name, s);
    }
    return s;
  }

  inc(name: string, help: string, labels: Labels = {}, by = 1): void {
    const s = this.get(name, "counter", help);
    const k = labelKey(labels);
    s.values.set(k, (s.values.get(k) ?? 0) + by);
  }

  set(name: string, help: string, labels: Labels, value: number): void {
    this.get(name, "gauge", help).values.set(labelKey(labels), value);
  }

  /** Records one observation in seconds. */
  observe(name: string, help: string, labels: Labels, seconds: number): void {
    const s = this.get(name, "histogram", help);
    const k = labelKey(labels);
    for (const b of s.buckets!)
      if (seconds <= b)
        s.values.set(withLabel(k, `le="${b}"`), (s.values.get(withLabel(k, `le="${b}"`)) ?? 0) + 1);
    const inf = withLabel(k, 'le="+Inf"');
    s.values.set(inf, (s.values.get(inf) ?? 0) + 1);
    s.values.set(`_sum${k}`, (s.values.get(`_sum${k}`) ?? 0) + seconds);
    s.values.set(`_count${k}`, (s.values.get(`_count${k}`) ?? 0) + 1);
  }

  /** Current value of a counter or gauge series (tests). */
  value(name: string, labels: Labels = {}): number {
    return this.series.get(name)?.values.get(labelKey(labels)) ?? 0;
  }

  addCollector(fn: () => Promise<void>): void {
    this.collectors.push(fn);
  }

  async render(): Promise<string> {
    await Promise.allSettled(this.collectors.map((c) => c()));
    let out = "";
    for (const [name, s] of this.series) {
      out += `# HELP ${name} ${s.help}\n# TYPE ${name} ${s.type}\n`;
      for (const [k, v] of s.values) {
        if (s.type !== "histogram") out += `${name}${k} ${v}\n`;
        else if (k.startsWith("_sum")) out += `${name}_sum${k.slice(4)} ${v}\n`;
        else if (k.startsWith("_count")) out += `${name}_count${k.slice(6)} ${v}\n`;
        else out += `${name}_bucket${k} ${v}\n`;
      }
    }
    return out;
  }
}
