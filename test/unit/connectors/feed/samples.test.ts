import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../../../src/connectors/feed/parse.js";
import { PACKAGE_ROOT } from "../../../../src/core/paths.js";

const dir = join(PACKAGE_ROOT, "samples", "feeds");
const read = (f: string) => readFileSync(join(dir, f));

describe("bundled sample feeds", () => {
  it("parses the English Google Alerts Atom feed with unwrapped URLs and plain text", () => {
    const feed = parseFeed(read("google-alerts-en.atom.xml"), { sourceId: "google-alerts" });
    expect(feed.format).toBe("atom");
    expect(feed.title).toBe("Google Alert - Acme Telecom");
    expect(feed.mentions).toHaveLength(12);
    const first = feed.mentions[0]!;
    expect(first).toEqual({
      id: "tag:google.com,2013:googlealerts/feed:1001",
      source: "google-alerts",
      url: "https://www.dailywire-news.example/tech/acme-telecom-outage-midwest?utm_source=google_alerts",
      title: "Acme Telecom outage leaves thousands without internet across the Midwest",
      text: expect.stringContaining("Customers of Acme Telecom reported"),
      author: "Daily Wire News",
      publishedAt: "2026-11-22T06:15:00.000Z",
      reach: null,
      rating: null,
      engagement: null,
    });
    for (const m of feed.mentions) {
      expect(m.url).not.toContain("google.com/url");
      expect(m.text).not.toMatch(/<|&lt;|&amp;/);
    }
  });

  it("parses the Spanish RSS feed with local times converted to UTC and entities decoded", () => {
    const feed = parseFeed(read("foro-es.rss.xml"), { sourceId: "foro-es" });
    expect(feed.format).toBe("rss");
    expect(feed.mentions).toHaveLength(12);
    expect(feed.mentions[0]!.publishedAt).toBe("2026-11-22T06:55:00.000Z");
    expect(feed.mentions[0]!.id).toBe("foro-es:forotelecom-hilo-50211");
    expect(feed.mentions[0]!.author).toBe("Lucía Fernández");
    expect(feed.mentions[1]!.text).toContain("49,90 € cada una");
  });

  it("parses the Russian RSS feed, taking the name out of an `email (Name)` author", () => {
    const feed = parseFeed(read("otzovik-ru.rss.xml"), { sourceId: "otzovik" });
    expect(feed.mentions).toHaveLength(12);
    expect(feed.mentions[0]!.author).toBe("Иван Петров");
    expect(feed.mentions[0]!.text).toContain(
      "Авария у Acme Telecom, а поддержка обещает починить «в ближайшее время»",
    );
  });
});

describe("createSources on the bundled samples", () => {
  it("reads a relative file path against config.baseDir and reports not-modified on the second poll", async () => {
    const { createSources } = await import("../../../../src/connectors/index.js");
    const { FetchConfigSchema } = await import("../../../../src/config/sections/sources.js");
    const { EMPTY_POLL_STATE } = await import("../../../../src/ports/feed-source.js");
    const config = {
      baseDir: PACKAGE_ROOT,
      fetch: FetchConfigSchema.parse({}),
      sources: [
        {
          id: "es",
          type: "feed",
          url: "samples/feeds/foro-es.rss.xml",
          intervalMinutes: 15,
          weight: 1,
          enabled: true,
        },
        {
          id: "off",
          type: "feed",
          url: "samples/feeds/x.xml",
          intervalMinutes: 15,
          weight: 1,
          enabled: false,
        },
      ],
    } as unknown as Parameters<typeof createSources>[0];
    const sources = createSources(config);
    expect(sources.map((s) => s.id)).toEqual(["es"]);
    const first = await sources[0]!.poll(EMPTY_POLL_STATE);
    expect(first.mentions).toHaveLength(12);
    const second = await sources[0]!.poll(first.state);
    expect(second.notModified).toBe(true);
    expect(second.mentions).toHaveLength(0);
  });
});
