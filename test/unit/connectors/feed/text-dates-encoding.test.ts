import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseFeedDate } from "../../../../src/connectors/feed/dates.js";
import { decodeFeedBytes } from "../../../../src/connectors/feed/encoding.js";
import { unwrapRedirect } from "../../../../src/connectors/feed/links.js";
import { htmlToText } from "../../../../src/connectors/feed/text.js";

describe("parseFeedDate", () => {
  const cases: Array<[string, string | null]> = [
    ["Sun, 22 Nov 2026 07:55:00 +0100", "2026-11-22T06:55:00.000Z"],
    ["Sun, 22 Nov 2026 07:55:00 GMT", "2026-11-22T07:55:00.000Z"],
    ["Tue, 10 Jun 2003 04:00:00 EST", "2003-06-10T09:00:00.000Z"],
    ["03 Apr 02 1500 GMT", "2002-04-03T15:00:00.000Z"],
    ["Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40.000Z"],
    ["2003-12-13T18:30:02.25+01:00", "2003-12-13T17:30:02.250Z"],
    ["2026-11-20", "2026-11-20T00:00:00.000Z"],
    ["2020/1/10 14:33:00", "2020-01-10T14:33:00.000Z"],
    ["1518478934", "2018-02-12T23:42:14.000Z"],
    ["  Wed, 29 May 2019 10:16:00 GMT ", "2019-05-29T10:16:00.000Z"],
    ["Nov 18, 2026 10:00 GMT", "2026-11-18T10:00:00.000Z"],
    ["yesterday", null],
    ["Mon, 45 Feb 2020 10:00:00 GMT", null],
    ["", null],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => expect(parseFeedDate(input)).toBe(want));
});

describe("decodeFeedBytes", () => {
  const xml = (enc: string) =>
    `<?xml version="1.0" encoding="${enc}"?><rss><channel><title>Привет, ёжик</title></channel></rss>`;

  it("honours a UTF-16 BOM over everything else", () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml("utf-16"), "utf-16le")]);
    expect(decodeFeedBytes(body, "text/xml; charset=iso-8859-1")).toMatchObject({
      encoding: "utf-16le",
      from: "bom",
    });
    expect(decodeFeedBytes(body).text).toContain("Привет, ёжик");
  });

  it("uses the prolog's encoding when the header has none", () => {
    const d = decodeFeedBytes(iconv.encode(xml("windows-1251"), "windows-1251"), "application/rss+xml");
    expect(d).toMatchObject({ encoding: "windows-1251", from: "prolog" });
    expect(d.text).toContain("Привет, ёжик");
  });

  it("lets the HTTP charset win over the prolog", () => {
    const d = decodeFeedBytes(iconv.encode(xml("utf-8"), "koi8-r"), "text/xml; charset=koi8-r");
    expect(d).toMatchObject({ encoding: "koi8-r", from: "http" });
    expect(d.text).toContain("Привет, ёжик");
  });

  it("falls back from a false UTF-8 claim to windows-1252, and reads ISO-8859-15's euro sign", () => {
    expect(decodeFeedBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9]), "text/xml; charset=utf-8").text).toBe(
      "café",
    );
    expect(
      decodeFeedBytes(Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><a>\xa4</a>', "latin1")).text,
    ).toContain("€");
  });
});

describe("htmlToText and links", () => {
  it("keeps text people wrote, including a heart", () => {
    expect(htmlToText("I &lt;3 Acme<br/>and&nbsp;you")).toBe("I <3 Acme and you");
  });

  it("unwraps Google Alerts and Facebook redirect links, leaves others alone", () => {
    expect(
      unwrapRedirect("https://www.google.com/url?rct=j&sa=t&url=https://news.example/a%3Fb%3D1&ct=ga"),
    ).toBe("https://news.example/a?b=1");
    expect(unwrapRedirect("https://l.facebook.com/l.php?u=https%3A%2F%2Fx.example%2Fp")).toBe(
      "https://x.example/p",
    );
    expect(unwrapRedirect("https://www.google.com/search?q=acme")).toBe(
      "https://www.google.com/search?q=acme",
    );
    expect(unwrapRedirect("https://news.example/url?url=https://evil.example")).toBe(
      "https://news.example/url?url=https://evil.example",
    );
  });
});
