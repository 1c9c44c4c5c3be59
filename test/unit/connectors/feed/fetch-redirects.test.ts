import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FetchError, fetchFeed } from "../../../../src/connectors/feed/fetch.js";
import { isInternalAddress, maskUrl } from "../../../../src/connectors/feed/url-safety.js";
import { FeedServer } from "./feed-server.js";

const RSS = '<rss version="2.0"><channel><title>t</title></channel></rss>';
let a: FeedServer;
let b: FeedServer;
beforeEach(async () => {
  a = await new FeedServer().start();
  b = await new FeedServer().start();
  b.route("/feed", (_req, res) => res.end(RSS));
});
afterEach(async () => {
  await a.stop();
  await b.stop();
});

const redirect = (to: string) => (_req: unknown, res: import("node:http").ServerResponse) => {
  res.writeHead(302, { location: to });
  res.end();
};

async function refusal(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return (err as Error).message;
}

describe("outbound fetches and redirects", () => {
  it("never sends credentials to another origin after a redirect", async () => {
    a.route("/feed", redirect(`${b.url}/feed`));
    const r = await fetchFeed(`${a.url}/feed`, {
      headers: { authorization: "Bearer mastodon-secret", apikey: "trustpilot-secret", cookie: "s=1" },
    });
    expect(r.url).toBe(`${b.url}/feed`);
    expect(a.requests[0]!.headers.authorization).toBe("Bearer mastodon-secret");
    const sent = b.requests[0]!.headers;
    expect(sent.authorization).toBeUndefined();
    expect(sent.apikey).toBeUndefined();
    expect(sent.cookie).toBeUndefined();
  });

  it("keeps credentials on a redirect within the same origin", async () => {
    a.route("/old", redirect("/feed"));
    a.route("/feed", (_req, res) => res.end(RSS));
    await fetchFeed(`${a.url}/old`, { headers: { apikey: "k" } });
    expect(a.requests.map((r) => r.headers.apikey)).toEqual(["k", "k"]);
  });

  it("fetches user:password@ URLs with Basic auth, and never shows the password", async () => {
    a.route("/feed", (_req, res) => res.end(RSS));
    await fetchFeed(`${a.url.replace("//", "//jane:p%40ss@")}/feed`);
    expect(a.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from("jane:p@ss").toString("base64")}`);
    a.route("/gone", (_req, res) => {
      res.statusCode = 500;
      res.end();
    });
    const msg = await refusal(fetchFeed(`${a.url.replace("//", "//jane:hunter2@")}/gone?apikey=abc&q=acme`));
    expect(msg).not.toMatch(/hunter2|jane|abc/);
    expect(msg).toContain("q=acme");
  });

  it.each([
    ["data:", "data:application/rss+xml,<rss/>", /data: URL refused/],
    ["file:", "file:///etc/passwd", /file: URL refused/],
    [
      "another loopback host",
      "http://127.0.0.2:9/feed",
      /refused \(a loopback, private or link-local address\)/,
    ],
    ["cloud metadata", "http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254 refused/],
    ["a private network", "http://10.0.0.1/feed", /10\.0\.0\.1 refused/],
    ["IPv6 loopback", "http://[::1]:9/feed", /refused/],
  ])("refuses a redirect to %s with one line", async (_name, to, why) => {
    a.route("/feed", redirect(to));
    const msg = await refusal(fetchFeed(`${a.url}/feed`));
    expect(msg).toMatch(why);
    expect(msg.split("\n")).toHaveLength(1);
  });

  it("refuses non-http configured URLs with one line", async () => {
    expect(await refusal(fetchFeed("file:///etc/passwd"))).toMatch(/file: URLs are not fetched/);
    expect(await refusal(fetchFeed("data:,x"))).toMatch(/data: URLs are not fetched/);
  });

  it("masks secrets in URLs: userinfo and key/token-like query values", () => {
    expect(maskUrl("https://u:pw@x.example/f?key=1&api_key=2&access_token=3&q=acme&sig=4")).toBe(
      "https://***@x.example/f?key=***&api_key=***&access_token=***&q=acme&sig=***",
    );
    expect(maskUrl("not a url //u:p@h")).toBe("not a url //***@h");
  });

  it("knows internal addresses", () => {
    for (const ip of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fd00:ec2::254",
      "fe80::1",
      "0.0.0.0",
      "100.100.100.200",
    ])
      expect(isInternalAddress(ip), ip).toBe(true);
    for (const ip of ["93.184.216.34", "2606:4700::1111", "8.8.8.8"])
      expect(isInternalAddress(ip), ip).toBe(false);
  });
});
