import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { FeedError } from "../../../../src/connectors/feed/feed-error.js";
import { MAX_TEXT_CHARS } from "../../../../src/connectors/feed/item.js";
import { type ParsedFeed, parseFeed } from "../../../../src/connectors/feed/parse.js";

const ROOT = join(import.meta.dirname, "../../../fixtures/feeds/conformance");
const parse = (p: string, baseUrl?: string) =>
  parseFeed(readFileSync(join(ROOT, p)), { sourceId: "t", baseUrl });

/** One case per conformance feed, its expectations taken from INDEX.md (upstream's assertions). */
const CASES: Record<string, (f: () => ParsedFeed) => void> = {
  "feedjira/google_alerts_atom.xml": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(20);
    expect(mentions[0]).toMatchObject({
      title:
        "Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ...",
      publishedAt: "2019-07-10T11:53:37.000Z",
      url: expect.stringMatching(/^https:\/\/www\.aglobalmarketresearch\.com\/report-offers-prediction/),
      author: null,
    });
    for (const m of mentions) expect(m.url).not.toMatch(/google\.com\/url/);
  },
  "feedjira/youtube_atom.xml": (f) => {
    const feed = f();
    expect(feed.title).toBe("Google");
    expect(feed.mentions).toHaveLength(15);
    expect(feed.mentions[0]).toMatchObject({
      id: "yt:video:5shykyfmb28",
      url: "http://www.youtube.com/watch?v=5shykyfmb28",
      publishedAt: "2015-05-04T00:01:27.000Z",
    });
  },
  "feedjira/json_feed.json": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(20);
    const url = "http://inessential.com/2017/06/02/james_dempsey_and_the_breakpoints_benefi";
    expect(mentions[0]).toMatchObject({ id: url, url });
  },
  "feedjira/InvalidDateFormat.xml": (f) => {
    const { mentions } = f();
    expect(mentions.map((m) => m.title)).toEqual([
      "Item 0 with an invalid date",
      "Item 1 with all valid dates",
    ]);
    expect(mentions[0]!.publishedAt).toBe("2017-10-16T15:10:00.000Z");
  },
  "NetNewsWire/authors.json": (f) => {
    expect(f().mentions.map((m) => m.author)).toEqual([
      "Root Author 1",
      "Legacy Item Author",
      "Item Author 1",
      "Item Author 1",
    ]);
  },
  "NetNewsWire/3960.json": (f) => expect(f().mentions).toHaveLength(20),
  "NetNewsWire/kc0011.rss": (f) => {
    const feed = f();
    expect(feed.title).toBe("投资资讯网交易在线--流通纪念币最新20篇论坛主题-全文");
    expect(feed.mentions).toHaveLength(20);
    for (const m of feed.mentions) {
      expect(m.text.length).toBeGreaterThan(0);
      expect(m.title).not.toContain("\uFFFD");
    }
    expect(feed.mentions[0]!.publishedAt).toBe("2020-01-10T14:33:00.000Z");
  },
  "NetNewsWire/livemint.xml": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(25);
    for (const m of mentions) {
      expect(m.url).toMatch(/^https:\/\/www\.livemint\.com\//);
      expect(m.publishedAt).not.toBeNull();
    }
    expect(mentions[0]!.publishedAt).toBe("2019-05-29T10:16:00.000Z");
  },
  "NetNewsWire/monkeydom.rss": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(13);
    for (const m of mentions) expect(m.url ?? "").not.toMatch(/^cocoa-dom:/);
  },
  "NetNewsWire/aktuality.rss": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(30);
    for (const m of mentions) expect(m.title).toBeTruthy();
    expect(mentions[0]!.url).toMatch(/^https:\/\/www\.aktuality\.sk\/clanok\//);
  },
  "NetNewsWire/pappacoda.atom": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(3);
    const m = mentions.find((x) => x.id === "tag:andrea.pappacoda.it,2023-06-09:c_su_windows");
    expect(m?.url).toBe("https://andrea.pappacoda.it/blog/c_su_windows/");
  },
  "NetNewsWire/russcox.atom": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(19);
    for (const m of mentions) expect(m.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS + 1);
  },
  "miniflux-v2/parser/testdata/encoding_WINDOWS-1251.xml": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(50);
    expect(mentions[0]!.title).toBe("Цитата #17703");
  },
  "miniflux-v2/parser/testdata/no_encoding_ISO-8859-1.xml": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(10);
    expect(mentions[0]!.text).toContain("études");
    for (const m of mentions) expect(m.text).not.toContain("\uFFFD");
  },
  "miniflux-v2/parser/testdata/rdf_UTF8.xml": (f) => {
    const feed = f();
    expect(feed.format).toBe("rdf");
    expect(feed.mentions).toHaveLength(60);
    expect(feed.mentions[1]!.title).toBe("Mega-Deal: IBM übernimmt Red Hat");
    for (const m of feed.mentions) expect(m.publishedAt).toBeNull();
  },
  "miniflux-v2/encoding/testdata/koi8r.xml": (f) => {
    const feed = f();
    expect(feed.title).toBe("Пример RSS ленты");
    expect(feed.mentions[0]!.text).toContain("Привет мир! Ёжик, чай, Москва, Санкт-Петербург.");
    expect(feed.mentions[1]!.text).toContain("& < >");
  },
  "node-feedparser/iconv.xml": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(10);
    expect(mentions[0]!.title).toBe("В Бузулуке главные стройплощадки – детсад и Ледовый дворец");
    expect(mentions[0]!.publishedAt).toBe("2014-01-22T14:31:31.000Z");
  },
  "node-feedparser/guid-dupes.xml": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({
      id: "http://www.braingle.com/50366.html",
      url: "http://www.braingle.com/50366.html",
    });
  },
  "node-feedparser/saxerror.xml": (f) => {
    expect(f().mentions.map((m) => m.title)).toEqual(["Good Item", "Bad Item", "Item After Error"]);
  },
  "node-feedparser/illegally-nested.xml": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(10);
    expect(mentions[0]!.publishedAt).toBe("2018-01-17T20:50:00.000Z");
  },
  "feedparser/illformed/rss_incomplete_cdata.xml": (f) => {
    expect(f).toThrow(FeedError);
    expect(f).toThrow(/^not a feed: malformed XML/);
  },
  "feedparser/illformed/aaa_illformed.xml": (f) => expect(f).toThrow(/^not a feed: malformed XML/),
  "feedparser/illformed/undeclared_namespace.xml": (f) => expect(f().mentions).toHaveLength(0),
  "feedparser/illformed/rss_item_link_corrupted_ampersands.xml": (f) => {
    expect(f().mentions[0]!.url).toBe("http://link/get?a=1&b=2");
  },
  "feedparser/illformed/chardet/koi8r.xml": (f) => {
    expect(f().mentions[0]!.title).toBe("Как пережить новогоднюю ночь");
  },
  "feedparser/encoding/demoronize-1.xml": (f) => expect(f().mentions[0]!.text).toBe("don’t"),
  "feedparser/encoding/utf-16le-bom.xml": (f) => {
    const feed = f();
    expect(feed.format).toBe("rss");
    expect(feed.mentions).toHaveLength(0);
  },
  "feedparser/json/example.json": (f) => {
    const feed = f();
    expect(feed.title).toBe("My Example Feed");
    expect(feed.mentions).toHaveLength(2);
    for (const m of feed.mentions) expect(m.text).not.toMatch(/<script|alert\(/i);
  },
  "gofeed/parser/universal/rss_feed_bom.xml": (f) =>
    expect(f()).toMatchObject({ format: "rss", mentions: [] }),
  "gofeed/parser/universal/rss_feed_leading_spaces.xml": (f) =>
    expect(f()).toMatchObject({ format: "rss", mentions: [] }),
  "picoFeed/xakep.ru.xml": (f) => {
    const { mentions } = f();
    expect(mentions).toHaveLength(25);
    expect(mentions[23]!.title).toBe("Bug Bounty — другая сторона медали");
  },
  "picoFeed/resorts.xml": (f) => expect(f().mentions).toHaveLength(1),
  "picoFeed/rss_20_iso8859-15.xml": (f) => expect(f().mentions[0]!.text).toBe("éàùç€@ïî"),
  "feed-extractor/rdf-standard.xml": (f) =>
    expect(f()).toMatchObject({ format: "rdf", mentions: expect.any(Array) }),
};

/** Feeds whose upstream test passes a base URL. */
const BASE_URL: Record<string, [string, (f: ParsedFeed) => void]> = {
  "feed-extractor/rss-feed-miss-base-url.xml": [
    "https://huggingface.co",
    (feed) => {
      expect(feed.mentions).toHaveLength(175);
      expect(feed.mentions[0]!.url).toBe("https://huggingface.co/blog/intro-graphml");
    },
  ],
  "feed-extractor/json-feed-miss-base-url.json": [
    "https://www.jsonfeed.org",
    (feed) => {
      expect(feed.mentions).toHaveLength(2);
      expect(feed.mentions[0]!.url).toBe("https://www.jsonfeed.org/2020/08/07/json-feed-version.html");
    },
  ],
};

/** Inputs and expected outputs covered by conformance-golden.test.ts. */
const GOLDEN = /^(rss-parser\/|gofeed\/parser\/rss\/|gofeed\/translator\/)/;

describe("conformance feeds (INDEX.md expectations)", () => {
  for (const [file, check] of Object.entries(CASES)) it(file, () => check(() => parse(file)));
  for (const [file, [base, check]] of Object.entries(BASE_URL))
    it(`${file} with base ${base}`, () => check(parse(file, base)));

  it("every conformance feed has a case", () => {
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
    const files = walk(ROOT)
      .map((f) => relative(ROOT, f))
      .filter((f) => f !== "INDEX.md" && !GOLDEN.test(f));
    const missing = files.filter((f) => !(f in CASES) && !(f in BASE_URL));
    expect(missing).toEqual([]);
  });
});
