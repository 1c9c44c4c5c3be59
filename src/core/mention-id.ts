import { createHash } from "node:crypto";

const TRACKING_PARAM =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|ref_src)$/i;

/** A URL in the one form every copy of it shares: lower-case scheme and host, no tracking params, no fragment, no trailing slash. */
export function canonicalUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  if ((u.protocol === "http:" && u.port === "80") || (u.protocol === "https:" && u.port === "443"))
    u.port = "";
  const keep = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAM.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = "";
  for (const [k, v] of keep) u.searchParams.append(k, v);
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, "") || "/";
  let s = u.toString();
  if (u.pathname === "/" && !u.search) s = s.slice(0, -1);
  return s.replace(/^https:/, "http:");
}

/** A stable id for a mention without one: the hash of its canonical URL, else of source + text. */
export function defaultMentionId(source: string, url: string | null, text: string): string {
  const canon = url ? canonicalUrl(url) : null;
  const basis = canon ?? `${source}\n${text}`;
  return createHash("sha256").update(basis).digest("base64url").slice(0, 24);
}
