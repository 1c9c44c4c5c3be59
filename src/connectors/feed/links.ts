/** Resolves `href` against `base` (either may be null); null when the result is not an absolute http(s) URL. */
export function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.toString();
  } catch {
    return null;
  }
}

/** Resolves a (possibly relative) xml:base against the base in force; keeps the old base when it can't. */
export function resolveBase(xmlBase: string | null | undefined, base: string | null): string | null {
  if (!xmlBase) return base;
  try {
    return new URL(xmlBase.trim(), base ?? undefined).toString();
  } catch {
    return base;
  }
}

const REDIRECT_HOSTS =
  /(^|\.)(google\.[a-z.]+|bing\.com|facebook\.com|l\.facebook\.com|t\.umblr\.com|out\.reddit\.com)$/i;
const TARGET_PARAMS = ["url", "q", "u", "target", "dest"];

/**
 * The article's URL when `url` is a redirect wrapper that carries it (Google Alerts' `google.com/url?...&url=TARGET`,
 * Facebook's `l.php?u=`); otherwise `url` unchanged.
 */
export function unwrapRedirect(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (!REDIRECT_HOSTS.test(u.hostname)) return url;
  if (!/^\/(url|l\.php|redirect|ck\/a)?$/.test(u.pathname) && u.pathname !== "/url") return url;
  for (const p of TARGET_PARAMS) {
    const target = u.searchParams.get(p);
    if (target && /^https?:\/\//i.test(target)) {
      try {
        return new URL(target).toString();
      } catch {
        // not a URL after all: keep looking
      }
    }
  }
  return url;
}
