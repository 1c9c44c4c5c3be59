import { describe, expect, it } from "vitest";
import { FeedError } from "../../../../src/connectors/feed/feed-error.js";
import { parseFeed } from "../../../../src/connectors/feed/parse.js";

const rss = (items: string, head = "") =>
  `<?xml version="1.0"?>${head}<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;

describe("parseFeed against hostile and odd input", () => {
  it("does not expand entities declared in a DOCTYPE (billion laughs)", () => {
    const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]>`;
    const feed = parseFeed(
      rss("<item><title>&lol9;</title><description>x &lol9; y</description></item>", lol),
      { sourceId: "t" },
    );
    expect(feed.mentions[0]!.title).toBe("&lol9;");
    expect(feed.mentions[0]!.text.length).toBeLessThan(50);
  });

  it("never reads external entities", () => {
    const xxe = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const feed = parseFeed(rss("<item><title>&xxe;</title></item>", xxe), { sourceId: "t" });
    expect(feed.mentions[0]!.title).toBe("&xxe;");
  });

  it("decodes numeric references itself, replacing out-of-range ones", () => {
    const feed = parseFeed(rss("<item><title>A&#233;&#x20AC;&#0;&#xD800;&#99999999;</title></item>"), {
      sourceId: "t",
    });
    expect(feed.mentions[0]!.title).toBe("Aé€\uFFFD\uFFFD&#99999999;");
  });

  it("keeps at most maxItems items", () => {
    const items = Array.from(
      { length: 50 },
      (_, i) => `<item><guid>g${i}</guid><title>n${i}</title></item>`,
    ).join("");
    expect(parseFeed(rss(items), { sourceId: "t", maxItems: 7 }).mentions.map((m) => m.title)).toEqual([
      "n0",
      "n1",
      "n2",
      "n3",
      "n4",
      "n5",
      "n6",
    ]);
  });

  it("drops scripts and styles, decodes double-escaped entities, collapses whitespace", () => {
    const html =
      "&lt;p&gt;Hi&lt;script&gt;alert(1)&lt;/script&gt;&lt;style&gt;p{}&lt;/style&gt;\n\n  AT&amp;amp;T &amp;lt;b&amp;gt;&lt;/p&gt;";
    const feed = parseFeed(rss(`<item><title>x</title><description>${html}</description></item>`), {
      sourceId: "t",
    });
    expect(feed.mentions[0]!.text).toBe("Hi AT&T");
  });

  it("resolves xml:base on the feed, the entry and the link", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/blog/"><title>T</title>
      <entry xml:base="2026/"><id>1</id><link href="post.html"/></entry>
      <entry><id>2</id><link xml:base="/other/" href="p2"/></entry></feed>`;
    expect(parseFeed(atom, { sourceId: "t" }).mentions.map((m) => m.url)).toEqual([
      "http://example.org/blog/2026/post.html",
      "http://example.org/other/p2",
    ]);
  });

  it("prefixes non-URI guids with the source so two feeds' guid 1 differ, and leaves dates null when absent", () => {
    const a = parseFeed(rss("<item><guid>1</guid><title>x</title></item>"), { sourceId: "a" }).mentions[0]!;
    expect(a).toMatchObject({ id: "a:1", publishedAt: null, url: null });
  });

  it("says why a document is not a feed", () => {
    const cases: Array<[string, RegExp]> = [
      ["", /empty document/],
      ["<!DOCTYPE html><html><body>hi</body></html>", /HTML document/],
      ["<opml version='2.0'><body/></opml>", /unknown root element <opml>/],
      ["hello", /neither XML nor JSON/],
      ['{"foo": 1}', /JSON without a JSON Feed shape/],
      ["{nope", /invalid JSON/],
    ];
    for (const [body, why] of cases) {
      expect(() => parseFeed(body, { sourceId: "t" }), body).toThrow(FeedError);
      expect(() => parseFeed(body, { sourceId: "t" }), body).toThrow(why);
    }
  });

  it("recovers the complete items of a truncated feed", () => {
    const cut = rss("<item><title>one</title></item><item><title>two</title></item><item><title>thr").slice(
      0,
      -18,
    );
    expect(parseFeed(cut, { sourceId: "t" }).mentions.map((m) => m.title)).toEqual(["one", "two"]);
  });

  it("parses a flood of numeric references in bounded time and memory (the CVE-2026-33036 shape)", () => {
    const flood = "&#65;".repeat(400_000);
    const feed = parseFeed(rss(`<item><title>x</title><description>${flood}</description></item>`), {
      sourceId: "t",
    });
    expect(feed.mentions[0]!.text.length).toBe(20_001);
  });
});
