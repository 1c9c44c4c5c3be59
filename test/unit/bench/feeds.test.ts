import { describe, expect, it } from "vitest";
import { buildLargeFeed, feedsBench } from "../../../src/bench/feeds.js";
import { parseFeed } from "../../../src/connectors/feed/parse.js";

describe("feeds benchmark", () => {
  it("builds a large feed whose every item parses into a distinct mention", () => {
    const { body, items } = buildLargeFeed(3);
    const feed = parseFeed(body, { sourceId: "b" });
    expect(feed.mentions).toHaveLength(items);
    expect(new Set(feed.mentions.map((m) => m.id)).size).toBe(items);
  });

  it("reports one figure with its same-run baseline", async () => {
    const [fig] = await feedsBench({ quick: true });
    expect(fig).toMatchObject({
      name: "feed_parse_normalise",
      unit: "items_per_s",
      baseline: "fast-xml-parser raw parse",
    });
    expect(fig!.value).toBeGreaterThan(0);
    expect(fig!.ratio).toBeGreaterThan(0);
  });
});
