/**
 * Text that looks like personal data and is not: dates and times (`23:00 02.07.2015` is no phone
 * number), and links and addresses on the brand's own domains (`blogs@mts.ru` is the brand's, not a
 * customer's). Finders of digits never read these spans.
 */

const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const MONTH = "(?:0?[1-9]|1[0-2])";
/** Not inside a longer run of digits and separators (a French `06.12.34.56.78` holds no date). */
const OPEN = "(?<![\\d.,/-])";
const CLOSE = "(?![./-]?\\d)";

/** Dates: 02.07.2015, 02/07/15, 2-7-2015, 2015-07-02, 2015.07.02, 07/02/2015 (US). */
const DATE = new RegExp(
  `${OPEN}(?:${DAY}[./-]${MONTH}[./-](?:19|20)\\d\\d|${DAY}[./]${MONTH}[./]\\d\\d|(?:19|20)\\d\\d[./-]${MONTH}[./-]${DAY}|${MONTH}/${DAY}/(?:19|20)\\d\\d)${CLOSE}`,
  "g",
);
/** Times of day: 23:00, 9:05, 23:00:59. */
const TIME = /(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!:?\d)/g;
/** A web link's host: what decides whether the link is the brand's own. */
const LINK = /\bhttps?:\/\/([A-Za-z0-9.-]{1,253})[^\s<>"']*/g;

/** Normalised brand domains (`mts.ru`): lower case, no leading dot or `www.`. */
export function brandDomainsOf(domains: readonly string[] | undefined): string[] {
  return (domains ?? [])
    .map((d) =>
      d
        .trim()
        .toLowerCase()
        .replace(/^\.+/, "")
        .replace(/^www\./, ""),
    )
    .filter(Boolean);
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function onBrandDomain(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

/** The spans [start, end) of dates, times and brand links in `text`, for masking. */
export function notPiiSpans(text: string, brandDomains: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const collect = (re: RegExp, keep: (m: RegExpExecArray) => boolean = () => true) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      if (keep(m)) out.push([m.index, m.index + m[0].length]);
  };
  if (/\d[./:-]\d/.test(text)) {
    collect(DATE);
    collect(TIME);
  }
  if (brandDomains.length && text.includes("://")) collect(LINK, (m) => onBrandDomain(m[1]!, brandDomains));
  return out;
}

/** `text` with the spans overwritten by a character no finder reads (same length, so offsets hold). */
export function masked(text: string, spans: Array<[number, number]>): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = "";
  let pos = 0;
  for (const [s, e] of sorted) {
    if (e <= pos) continue;
    const from = Math.max(pos, s);
    out += text.slice(pos, from) + "\u0001".repeat(e - from);
    pos = e;
  }
  return out + text.slice(pos);
}
