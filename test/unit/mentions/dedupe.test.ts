import { describe, expect, it } from "vitest";
import { canonicalUrl, defaultMentionId } from "../../../src/core/mention-id.js";
import { dedupeKeys, nearDuplicateKeys } from "../../../src/mentions/dedupe.js";

const RELEASE =
  "Acme Telecom today reported third-quarter revenue of 1.2 billion dollars, up 4 percent year over year, and added 58,000 fiber subscribers during the quarter. The company reaffirmed its full-year guidance and said its network upgrade program remains on schedule, with 200 new towns connected before June.";

const shared = (a: string[], b: string[]) => a.filter((k) => b.includes(k)).length;

describe("canonicalUrl", () => {
  it("ignores scheme and host case, tracking parameters, fragments, default ports and trailing slashes", () => {
    const forms = [
      "https://News.Example.com/a/b/?utm_source=x&id=3&fbclid=abc#top",
      "http://news.example.com:80/a/b?id=3&gclid=zz",
      "HTTPS://news.example.com/a/b?utm_medium=feed&utm_campaign=y&id=3",
    ];
    expect(new Set(forms.map(canonicalUrl)).size).toBe(1);
    expect(canonicalUrl("https://news.example.com/a/b?id=4")).not.toBe(canonicalUrl(forms[0]!));
    expect(canonicalUrl("javascript:alert(1)")).toBeNull();
  });

  it("gives a URL-less mention an id from source and text", () => {
    expect(defaultMentionId("s", null, "x")).toBe(defaultMentionId("s", null, "x"));
    expect(defaultMentionId("s", null, "x")).not.toBe(defaultMentionId("t", null, "x"));
  });
});

describe("near-duplicate keys", () => {
  it("a syndicated press release with another dateline and footer shares a key with the original", () => {
    const copy = `NEW YORK, Nov. 19 (MarketWire) -- ${RELEASE} For more information visit the investor relations page.`;
    expect(shared(nearDuplicateKeys(RELEASE), nearDuplicateKeys(copy))).toBeGreaterThan(0);
    const a = dedupeKeys({ id: "a", url: "https://one.example/r", text: RELEASE });
    const b = dedupeKeys({ id: "b", url: "https://two.example/r", text: copy });
    expect(shared(a, b)).toBeGreaterThan(0);
  });

  it("different complaints about the same brand share none", () => {
    const texts = [
      "Acme Telecom billed my card twice for the November plan and support told me the refund could take thirty days, anyone else seeing this double charge on their account this month?",
      "Ordered the Acme X5 router on Nov 1, shipping was delayed twice and when it finally came the 5 GHz band keeps dropping every ten minutes, and they want me to pay return shipping.",
      "Called Acme Telecom about the outage, waited 55 minutes and the agent was rude, told me it was my problem and hung up on me. Worst customer service I have ever had in my life.",
    ];
    const keys = texts.map(nearDuplicateKeys);
    for (const k of keys) expect(k).toHaveLength(6);
    expect(shared(keys[0]!, keys[1]!) + shared(keys[0]!, keys[2]!) + shared(keys[1]!, keys[2]!)).toBe(0);
  });

  it("short texts get no near-duplicate keys (too easy to collide)", () => {
    expect(nearDuplicateKeys("Acme is down again")).toEqual([]);
  });
});
