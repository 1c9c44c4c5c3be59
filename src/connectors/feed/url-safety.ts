import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/** Query parameter names whose values are secrets (`key`, `apikey`, `api_key`, `access_token`, `sig`…). */
const SECRET_PARAM =
  /(?:key|token|secret|passw(?:or)?d|pwd|sig(?:nature)?|auth|credentials?|session(?:id)?)$/i;

/**
 * A URL safe to show in logs, errors and chat: userinfo becomes `***@` and the values of key-, token- and
 * password-like query parameters `***`. Anything unparseable keeps only what stands before its first `@`.
 */
export function maskUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.replace(/\/\/[^/?#]*@/, "//***@");
  }
  if (u.username || u.password) {
    u.username = "***";
    u.password = "";
  }
  for (const name of [...new Set(u.searchParams.keys())])
    if (SECRET_PARAM.test(name.replace(/[^a-z0-9]/gi, ""))) u.searchParams.set(name, "***");
  return u.toString();
}

/** A URL without its `user:password@`, and the Basic `Authorization` those credentials make (null without). */
export function splitCredentials(url: string): { url: string; authorization: string | null } {
  const u = new URL(url);
  if (!u.username && !u.password) return { url, authorization: null };
  const pair = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
  u.username = "";
  u.password = "";
  return { url: u.toString(), authorization: `Basic ${Buffer.from(pair).toString("base64")}` };
}

/** Loopback, private, link-local (cloud metadata: 169.254.169.254, fd00:ec2::254), CGNAT, multicast, reserved. */
const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  INTERNAL.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 127],
  ["64:ff9b::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  INTERNAL.addSubnet(net, prefix, "ipv6");

/** True for an address no public feed lives at. */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // IPv4-mapped IPv6 (::ffff:a.b.c.d) is refused whatever it maps to: no public feed is written that way.
  if (family === 6 && address.toLowerCase().startsWith("::ffff:")) return true;
  return INTERNAL.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The addresses a URL's host stands for (an IP literal as is); empty when the name does not resolve. */
async function addressesOf(url: URL): Promise<string[]> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return [host];
  try {
    return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return [];
  }
}

/**
 * Why a redirect from the configured URL `home` to `next` is refused, or null when it may be followed:
 * only http(s), and never into a loopback, private, link-local or metadata address unless the configured
 * URL's own host is that address. Checked before any byte is sent to `next`.
 */
export async function redirectRefusal(home: URL, next: URL): Promise<string | null> {
  if (next.protocol !== "http:" && next.protocol !== "https:")
    return `redirect to a ${next.protocol} URL refused (http and https only)`;
  const internal = (await addressesOf(next)).filter(isInternalAddress);
  if (internal.length === 0) return null;
  const allowed = new Set(await addressesOf(home));
  if (internal.every((a) => allowed.has(a))) return null;
  return `redirect to ${next.host} refused (a loopback, private or link-local address)`;
}
