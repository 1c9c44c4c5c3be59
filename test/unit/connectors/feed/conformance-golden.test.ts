import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../../../src/connectors/feed/parse.js";
import { collapseWhitespace } from "../../../../src/connectors/feed/text.js";

const ROOT = join(import.meta.dirname, "../../../fixtures/feeds/conformance");
const read = (p: string) => readFileSync(join(ROOT, p));

interface GoldenItem {
  title?: string;
  link?: string;
  isoDate?: string;
  creator?: string;
  author?: string;
}

/** rss-parser goldens: `{feed: {items: [...]}}`, written by rss-parser itself. */
const RSS_PARSER: Array<{ input: string; golden: string; latin1?: boolean; textIsLossy?: boolean }> = [
  { input: "reddit.rss", golden: "reddit.json" },
  { input: "reddit-home.rss", golden: "reddit-home.json" },
  { input: "rss-1.rss", golden: "rss-1.json" },
  { input: "encoding.rss", golden: "encoding.json", latin1: true },
  { input: "uolNoticias.rss", golden: "uolNoticias.json", textIsLossy: true },
  { input: "heraldsun.rss", golden: "heraldsun.json" },
  { input: "missing-fields.atom", golden: "missing-fields.json" },
  { input: "incomplete-fields.atom", golden: "incomplete-fields.json" },
  { input: "narro.rss", golden: "narro.json" },
];

const norm = (s: string | null | undefined) => (s ? collapseWhitespace(s) : null);
const href = (s: string | null | undefined) => (s ? new URL(s.trim()).href : null);

describe("rss-parser golden outputs", () => {
  for (const c of RSS_PARSER) {
    it(`${c.input}: item count, titles, links, dates and authors match ${c.golden}`, () => {
      const raw = read(`rss-parser/output/${c.golden}`).toString(c.latin1 ? "latin1" : "utf8");
      const golden = JSON.parse(raw) as { feed: { items: GoldenItem[] } };
      const feed = parseFeed(read(`rss-parser/input/${c.input}`), { sourceId: "t" });
      expect(feed.mentions).toHaveLength(golden.feed.items.length);
      feed.mentions.forEach((m, i) => {
        const g = golden.feed.items[i]!;
        if (!c.textIsLossy) expect(m.title).toBe(norm(g.title));
        expect(m.url).toBe(href(g.link));
        if (g.isoDate) expect(m.publishedAt).toBe(g.isoDate);
        const who = g.creator ?? g.author;
        expect(m.author).toBe(who ? norm(who) : null);
      });
    });
  }

  it("unrecognized.rss (an HTML page) fails with a clear reason", () => {
    expect(() => parseFeed(read("rss-parser/input/unrecognized.rss"), { sourceId: "t" })).toThrow(
      "not a feed: HTML document",
    );
  });
});

describe("gofeed expected outputs", () => {
  it("issue_305: a bare & does not stop later entities being decoded", () => {
    const g = JSON.parse(read("gofeed/parser/rss/issue_305_bare_ampersand.json").toString()) as {
      title: string;
    };
    expect(parseFeed(read("gofeed/parser/rss/issue_305_bare_ampersand.xml"), { sourceId: "t" }).title).toBe(
      g.title,
    );
  });

  it("issue_320: a legacy entity prefix inside a URL query is left alone", () => {
    const g = JSON.parse(read("gofeed/parser/rss/issue_320_legacy_entity_prefix.json").toString()) as {
      title: string;
    };
    expect(
      parseFeed(read("gofeed/parser/rss/issue_320_legacy_entity_prefix.xml"), { sourceId: "t" }).title,
    ).toBe(g.title);
  });

  it("json11_full: the universal model's title, link, date and author", () => {
    const g = JSON.parse(read("gofeed/translator/json/json11_full_expected.json").toString());
    const feed = parseFeed(read("gofeed/translator/json/json11_full.json"), { sourceId: "t" });
    expect(feed.title).toBe(g.title);
    expect(feed.mentions).toHaveLength(g.items.length);
    const [m, e] = [feed.mentions[0]!, g.items[0]];
    expect(m.title).toBe(e.title);
    expect(m.url).toBe(e.link);
    expect(m.publishedAt).toBe(new Date(e.published).toISOString());
    expect(m.author).toBe(e.authors[0].name);
  });

  it("RSS item fallbacks: dc:title, dc:date, dc:author / dc:creator / itunes:author, itunes:summary", () => {
    const g = JSON.parse(
      read("gofeed/translator/rss/feed_item_fallbacks_-_rss_channel_item_extensions.json").toString(),
    );
    const feed = parseFeed(
      read("gofeed/translator/rss/feed_item_fallbacks_-_rss_channel_item_extensions.xml"),
      { sourceId: "t" },
    );
    expect(feed.mentions).toHaveLength(g.items.length);
    feed.mentions.forEach((m, i) => {
      const e = g.items[i];
      expect(m.title).toBe(e.title ?? null);
      expect(m.publishedAt).toBe(e.published ? new Date(e.published).toISOString() : null);
      expect(m.author).toBe(e.author?.name ?? null);
      expect(m.text).toBe(e.description ?? e.content ?? "");
    });
  });
});
