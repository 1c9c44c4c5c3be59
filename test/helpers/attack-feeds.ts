import { gzipSync } from "node:zlib";

/** A hostile document and how it is served. */
export interface AttackFeed {
  name: string;
  body: () => Buffer;
  contentType?: string;
  gzip?: boolean;
}

const MB = 1024 * 1024;
const times = (unit: string, bytes: number) =>
  unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
const rss = (item: string, head = "") =>
  `<?xml version="1.0" encoding="utf-8"?>${head}<rss version="2.0"><channel><title>Acme</title><item><guid>g1</guid><title>Acme item</title>${item}</item></channel></rss>`;
const atom = (entry: string) =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>Acme</title><entry><id>tag:x,1</id><title>Acme</title>${entry}</entry></feed>`;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const text = (s: string) => () => Buffer.from(s);

const LOL = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]>`;

/**
 * The attack set: the shapes of issue #14 (empty comments before the root, DOCTYPEs that never end,
 * `(a@` authors, `<head ` descriptions, `<a` Atom markup, a Russian passport prefix) at sizes up to the
 * 10 MB body cap, and more: billion laughs, numeric-reference floods, deep nesting, huge and many
 * attributes, unclosed CDATA and comments, mixed encodings, an HTML page, a gzip bomb, JSON nesting.
 */
export const ATTACK_FEEDS: AttackFeed[] = [
  { name: "empty-comments", body: text(`${times("<!---->", 196)}${rss("<description>x</description>")}`) },
  {
    name: "empty-comments-1mb",
    body: text(`${times("<!---->", MB)}<rss version="2.0"><channel></channel></rss>`),
  },
  { name: "doctype-unclosed", body: text(times("<!DOCTYPE x [", 64_000 * 13)) },
  { name: "doctype-unclosed-10mb", body: text(times("<!DOCTYPE x [", 9.5 * MB)) },
  { name: "author-a-at", body: text(rss(`<author>${times("(a@", 2 * MB)}</author>`)) },
  { name: "description-head", body: text(rss(`<description>${esc(times("<head ", 4 * MB))}</description>`)) },
  { name: "atom-a", body: text(atom(`<content type="html">${esc(times("<a", 4 * MB))}</content>`)) },
  { name: "billion-laughs", body: text(rss("<description>&lol9; &lol9;</description>", LOL)) },
  {
    name: "numeric-references",
    body: text(rss(`<description>${times("&#x41;&#65;", 9 * MB)}</description>`)),
  },
  { name: "deep-nesting", body: text(rss(times("<a>", 6 * MB))) },
  { name: "huge-attribute", body: text(rss(`<link href="${times("x", 8 * MB)}">u</link>`)) },
  { name: "many-attributes", body: text(rss(`<link ${times('a="1" ', 3 * MB)}>u</link>`)) },
  { name: "unclosed-cdata", body: text(rss(`<description><![CDATA[${times("]] >", 5 * MB)}`)) },
  { name: "unclosed-comment", body: text(rss(`<description>x</description><!--${times("-- >", 5 * MB)}`)) },
  { name: "passport-prefix", body: text(rss(`<description>${times("паспорт", 2 * MB)} 01</description>`)) },
  {
    name: "mixed-encodings",
    body: () =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(rss(`<description>${times("Acme é € ", 512 * 1024)}</description>`), "utf8"),
        Buffer.from(times("\xcf\xf0\xe8", 512 * 1024), "latin1"),
      ]),
  },
  {
    name: "cp1251-declared-utf8",
    body: () =>
      Buffer.from(rss(`<description>${times("\xcf\xf0\xe8\xe2\xe5\xf2 ", 3 * MB)}</description>`), "latin1"),
  },
  {
    name: "many-items",
    body: text(
      `<rss version="2.0"><channel>${times("<item><title>Acme</title></item>", 9 * MB)}</channel></rss>`,
    ),
  },
  {
    name: "html-page",
    body: text(
      `<!DOCTYPE html><html><head><title>x</title></head><body>${times("<p>hi</p>", MB)}</body></html>`,
    ),
    contentType: "text/html",
  },
  { name: "gzip-bomb", body: () => gzipSync(Buffer.alloc(64 * MB, 0x20)), gzip: true },
  {
    name: "json-nesting",
    body: text(`{"version":"https://jsonfeed.org/version/1.1","items":${times("[", 5 * MB)}`),
    contentType: "application/feed+json",
  },
];
