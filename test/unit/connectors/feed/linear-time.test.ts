import { describe, it } from "vitest";
import { escapeDiscord, renderDiscordMessage } from "../../../../src/adapters/discord/render.js";
import { renderSlackMessage } from "../../../../src/adapters/slack/render.js";
import { BrandConfigSchema } from "../../../../src/config/sections/brand.js";
import { parseFeedDate } from "../../../../src/connectors/feed/dates.js";
import { decodeFeedBytes } from "../../../../src/connectors/feed/encoding.js";
import { cleanAuthor } from "../../../../src/connectors/feed/item.js";
import { parseFeed } from "../../../../src/connectors/feed/parse.js";
import { htmlToText, plainText } from "../../../../src/connectors/feed/text.js";
import type { Mention } from "../../../../src/core/mention.js";
import { createBrandFilter } from "../../../../src/ingest/brand-filter.js";
import { expectLinear, repeated } from "../../../helpers/linear-time.js";

const EMPTY: Mention = {
  id: "x",
  source: "t",
  url: null,
  title: null,
  text: "",
  author: null,
  publishedAt: null,
  reach: null,
  rating: null,
  engagement: null,
};
const rss = (item: string, head = "") =>
  `<?xml version="1.0"?>${head}<rss version="2.0"><channel><title>T</title><item>${item}</item></channel></rss>`;
const atom = (entry: string) =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id>${entry}</entry></feed>`;
const parse = (doc: string) => parseFeed(doc, { sourceId: "t", baseUrl: "https://example.com/feed" });
const escaped = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** Each shape: a pathological document of about n characters (repeated prefixes, unclosed constructs). */
const FEEDS: Array<[string, (n: number) => string]> = [
  ["empty comments before the root (HTML sniffing)", (n) => repeated("<!---->", n, "", "<rss")],
  ["an unclosed comment before the root", (n) => repeated("<!-- x", n, "<!---->")],
  ["DOCTYPEs that never end", (n) => repeated("<!DOCTYPE x [", n)],
  ["a DOCTYPE internal subset of quotes", (n) => repeated(`<!ENTITY a "'">`, n, "<!DOCTYPE x [", "]>")],
  [
    "billion laughs beside a big subset",
    (n) => rss("<title>&lol9;</title>", repeated('<!ENTITY a "&b;&b;">', n, "<!DOCTYPE r [", "]>")),
  ],
  ["an author of (a@ × n", (n) => rss(`<author>${repeated("(a@", n)}</author>`)],
  [
    "an author of a@b ( × n with a closing paren",
    (n) => rss(`<author>${repeated("a@b (", n, "", ")")}</author>`),
  ],
  ["a description of <head × n", (n) => rss(`<description>${escaped(repeated("<head ", n))}</description>`)],
  [
    "a description of <head> × n (never closed)",
    (n) => rss(`<description>${escaped(repeated("<head>", n))}</description>`),
  ],
  [
    "a description of <script> × n",
    (n) => rss(`<description><![CDATA[${repeated("<script>x", n)}]]></description>`),
  ],
  ["a description of <p × n", (n) => rss(`<description>${escaped(repeated("<p ", n))}</description>`)],
  ["a description of <!-- × n", (n) => rss(`<description>${escaped(repeated("<!--", n))}</description>`)],
  [
    "a double-escaped description",
    (n) => rss(`<description>${repeated("&amp;lt;head &amp;amp;", n)}</description>`),
  ],
  ["Atom markup of <a × n", (n) => atom(`<content type="html">${escaped(repeated("<a", n))}</content>`)],
  ["Atom text of < × n", (n) => atom(`<title>${repeated("&lt;", n)}</title>`)],
  ["a flood of numeric references", (n) => rss(`<title>${repeated("&#x41;&#65;", n)}</title>`)],
  [
    "unknown named references",
    (n) => rss(`<title>${repeated("&abcdefghijklmnopqrstuvwxyzabcde", n)}</title>`),
  ],
  ["an unclosed CDATA", (n) => rss(`<description><![CDATA[${repeated("]] >", n)}`)],
  ["deep nesting", (n) => rss(repeated("<a>", n))],
  ["a huge attribute", (n) => rss(`<link href="${repeated("x", n)}">u</link>`)],
  ["many attributes", (n) => rss(`<link ${repeated('a="1" ', n)}>u</link>`)],
  [
    "a truncated feed of open items",
    (n) => repeated("<item><title>x</title></item><item>", n, '<rss version="2.0"><channel>'),
  ],
  ["a long date", (n) => rss(`<pubDate>${repeated("Mon, 1 ", n)}</pubDate>`)],
  ["lone < and &", (n) => repeated("<&", n, "<rss>")],
  ["JSON Feed nesting", (n) => repeated("[", n, '{"version":"https://jsonfeed.org/version/1.1","items":')],
  [
    "a JSON Feed item of (a@ authors",
    (n) =>
      `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_html":"${repeated("<head ", n)}","authors":[{"name":"${repeated("(a@", n)}"}]}]}`,
  ],
];

describe("feed parsing is linear in its input (10 KB … 1 MB)", () => {
  for (const [name, make] of FEEDS) it(name, () => expectLinear(make, parse));
});

const TEXTS: Array<[string, (n: number) => string]> = [
  ["<head ", (n) => repeated("<head ", n)],
  ["<p ", (n) => repeated("<p ", n)],
  ["<script><style>", (n) => repeated("<script><style>", n)],
  ["</script without >", (n) => repeated("<script></script ", n)],
  ["<!-- and <![CDATA[", (n) => repeated("<!--<![CDATA[", n)],
  ["&amp;lt;", (n) => repeated("&amp;lt;p ", n)],
  ["whitespace and C1", (n) => repeated(" \u0092\u00a0\n", n)],
];

describe("HTML to text, entities, authors and dates are linear", () => {
  for (const [name, make] of TEXTS) {
    it(`htmlToText: ${name}`, () => expectLinear(make, htmlToText));
    it(`plainText: ${name}`, () => expectLinear(make, plainText));
  }
  it("cleanAuthor: (a@, a@b (, <a@", () => {
    for (const unit of ["(a@", "a@b (", "x <a@", "a@ ("])
      expectLinear((n) => repeated(unit, n, "", ")>"), cleanAuthor);
  });
  it("parseFeedDate: long and repeated forms", () => {
    for (const unit of ["Mon, ", "1 ", "2024-01-01T", "(x"])
      expectLinear((n) => repeated(unit, n), parseFeedDate);
  });
  it("decodeFeedBytes: mixed encodings", () => {
    const cp1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20]).toString("latin1");
    expectLinear(
      (n) => repeated(`${cp1251}é€`, n, '<?xml version="1.0" encoding="utf-8"?><rss>'),
      (s) => decodeFeedBytes(Buffer.from(s, "latin1"), "text/xml; charset=utf-8"),
    );
  });
});

describe("outside text on its way to chat is linear", () => {
  const card = (text: string) => ({ fallback: text, blocks: [{ type: "section" as const, text: [text] }] });
  for (const unit of ["\n", "@here ", "<@U1>", "&amp;", "*_~`|", "# ", "\u202e", "👍🏽"]) {
    it(`Slack and Discord rendering of ${JSON.stringify(unit)} × n`, () => {
      expectLinear(
        (n) => repeated(unit, n),
        (s) => renderSlackMessage(card(s)),
      );
      expectLinear(
        (n) => repeated(unit, n),
        (s) => renderDiscordMessage(card(s)),
      );
      expectLinear((n) => repeated(unit, n), escapeDiscord);
    });
  }
  it("the brand filter", () => {
    const filter = createBrandFilter(
      BrandConfigSchema.parse({ name: "Acme Telecom", aliases: ["acme  tel", "@acme"] }),
    );
    const mention = (text: string) => ({ ...EMPTY, text });
    for (const unit of ["acme ", "acme", " ", "acmetelecom"])
      expectLinear(
        (n) => repeated(unit, n),
        (s) => filter(mention(s)),
      );
  });
});
