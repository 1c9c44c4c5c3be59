import iconv from "iconv-lite";

/** The charset named in a Content-Type header, lower-cased, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

function bomEncoding(b: Buffer): { encoding: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff)
    return { encoding: "utf-32be", skip: 4 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00)
    return { encoding: "utf-32le", skip: 4 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  return null;
}

/** UTF-16/32 without a BOM, recognised by how `<?` is laid out in the first bytes. */
function sniffWide(b: Buffer): string | null {
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x00 && b[3] === 0x00) return "utf-32le";
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0x00 && b[3] === 0x3c) return "utf-32be";
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return "utf-16le";
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return "utf-16be";
  return null;
}

/** The encoding declared in the XML prolog (`<?xml ... encoding="..."?>`), lower-cased, or null. */
export function prologEncoding(b: Buffer): string | null {
  const head = b.subarray(0, 512).toString("latin1");
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Maps declared names to the encoding that real feeds using them are written in. */
function effective(name: string): string | null {
  const n = name.toLowerCase().replace(/^x-/, "");
  if (n === "utf8" || n === "utf-8" || n === "unicode-1-1-utf-8") return "utf-8";
  if (n === "iso-8859-1" || n === "latin1" || n === "latin-1" || n === "us-ascii" || n === "ascii")
    return "windows-1252";
  if (n === "gb2312" || n === "gbk" || n === "gb_2312-80" || n === "euc-cn") return "gb18030";
  if (n === "utf-16" || n === "utf-32") return `${n}le`;
  return iconv.encodingExists(n) ? n : null;
}

function isValidUtf8(b: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** What `decodeFeedBytes` chose and why, for logs and tests. */
export interface DecodedText {
  text: string;
  encoding: string;
  from: "bom" | "sniff" | "http" | "prolog" | "default";
}

/**
 * Decodes feed bytes to text: the BOM first, then a wide-char sniff, the HTTP charset, the XML prolog,
 * else UTF-8 (or windows-1252 when the bytes are not valid UTF-8). A UTF-8 claim that the bytes
 * contradict falls back to windows-1252 rather than producing replacement characters.
 */
export function decodeFeedBytes(body: Buffer, contentType?: string | null): DecodedText {
  const bom = bomEncoding(body);
  if (bom)
    return { text: iconv.decode(body.subarray(bom.skip), bom.encoding), encoding: bom.encoding, from: "bom" };
  const wide = sniffWide(body);
  if (wide) return { text: iconv.decode(body, wide), encoding: wide, from: "sniff" };
  const http = charsetFromContentType(contentType);
  const declared = http ? effective(http) : null;
  const prolog = prologEncoding(body);
  const fromProlog = prolog ? effective(prolog) : null;
  const chosen = declared ?? fromProlog;
  const from = declared ? "http" : fromProlog ? "prolog" : "default";
  if (chosen && chosen !== "utf-8") return { text: iconv.decode(body, chosen), encoding: chosen, from };
  if (isValidUtf8(body)) return { text: body.toString("utf8"), encoding: "utf-8", from };
  // Claimed (or assumed) UTF-8 but it isn't: the prolog may still know better than the header.
  if (fromProlog && fromProlog !== "utf-8")
    return { text: iconv.decode(body, fromProlog), encoding: fromProlog, from: "prolog" };
  const guess = guessSingleByte(body);
  return { text: iconv.decode(body, guess), encoding: guess, from: "default" };
}

/**
 * For undeclared 8-bit text: Cyrillic when most letters are high bytes (then KOI8-R or windows-1251 by
 * where the lower-case letters fall), else windows-1252.
 */
export function guessSingleByte(b: Buffer): "windows-1252" | "windows-1251" | "koi8-r" {
  let ascii = 0;
  let c0df = 0;
  let e0ff = 0;
  const n = Math.min(b.length, 64 * 1024);
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) ascii++;
    else if (c >= 0xc0 && c <= 0xdf) c0df++;
    else if (c >= 0xe0) e0ff++;
  }
  const high = c0df + e0ff;
  // Markup is ASCII; Russian prose is nearly all high bytes, French or Portuguese a few percent.
  if (high < 20 || high < ascii * 0.25) return "windows-1252";
  return c0df > e0ff ? "koi8-r" : "windows-1251";
}
