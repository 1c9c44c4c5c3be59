import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parseFeed } from "../connectors/feed/parse.js";
import { createFeedParser } from "../connectors/feed/parse-pool.js";
import { PACKAGE_ROOT } from "../core/paths.js";
import { type BenchFigure, type BenchSuite, withBaseline } from "./figure.js";

/** A large real feed: the items of a real reddit RSS feed repeated `copies` times, each with its own guid. */
export function buildLargeFeed(copies: number): { body: Buffer; items: number } {
  const src = readFileSync(
    join(PACKAGE_ROOT, "samples", "feeds", "bench", "reddit-frontpage-2015.rss"),
    "utf8",
  );
  const start = src.indexOf("<item>");
  const end = src.lastIndexOf("</item>") + "</item>".length;
  const items = src.slice(start, end);
  const per = items.split("<item>").length - 1;
  let body = "";
  for (let i = 0; i < copies; i++)
    body += items.replace(/<guid([^>]*)>([^<]*)<\/guid>/g, `<guid$1>$2?copy=${i}</guid>`);
  return { body: Buffer.from(src.slice(0, start) + body + src.slice(end)), items: per * copies };
}

function ratePerSecond(fn: () => number, minMs: number): number {
  fn(); // warm-up
  let items = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    items += fn();
    elapsed = performance.now() - t0;
  }
  return items / (elapsed / 1000);
}

/**
 * Items parsed and normalised into mentions per second on a large real feed, beside fast-xml-parser's raw
 * parse of the same bytes in the same run (the ratio is the figure to watch).
 */
export const feedsBench: BenchSuite = async ({ quick }) => {
  const { body, items } = buildLargeFeed(quick ? 20 : 100);
  const minMs = quick ? 300 : 2_000;
  const raw = new XMLParser({ ignoreAttributes: false });
  const baseline = ratePerSecond(() => {
    raw.parse(body);
    return items;
  }, minMs);
  const ours = ratePerSecond(
    () => parseFeed(body, { sourceId: "bench", maxItems: items }).mentions.length,
    minMs,
  );
  const pooled = await poolRate(body, items, minMs);
  const figures: BenchFigure[] = [
    withBaseline("feed_parse_normalise", ours, "items_per_s", "fast-xml-parser raw parse", baseline),
    withBaseline("feed_parse_pool", pooled, "items_per_s", "inline parse (same run)", ours),
  ];
  return figures;
};

/** Items per second parsed through the worker pool (what a running bot does), two documents in flight. */
async function poolRate(body: Buffer, items: number, minMs: number): Promise<number> {
  const pool = createFeedParser({ timeoutMs: 60_000 });
  try {
    const one = async () => (await pool.parse(body, { sourceId: "bench", maxItems: items })).mentions.length;
    await one(); // warm-up
    let parsed = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < minMs)
      parsed += (await Promise.all([one(), one()])).reduce((a, b) => a + b);
    return parsed / ((performance.now() - t0) / 1000);
  } finally {
    await pool.close();
  }
}
