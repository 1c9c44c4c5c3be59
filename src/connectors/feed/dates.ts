const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Spanish, Portuguese, French and German abbreviations seen in real feeds.
  ene: 1,
  fev: 2,
  fév: 2,
  abr: 4,
  avr: 4,
  mai: 5,
  ago: 8,
  aoû: 8,
  set: 9,
  out: 10,
  okt: 10,
  dic: 12,
  dez: 12,
  déc: 12,
};

const ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  bst: 60,
  ist: 330,
  msk: 180,
  jst: 540,
  aest: 600,
};

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC822 =
  /^(?:[A-Za-zÀ-ÿ]+\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-zÀ-ÿ]{3,9})\.?,?[\s-]+(\d{2,4})(?:,?\s+(\d{1,2}):?(\d{2})(?::?(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?(?:\s*\([^)]*\))?$/;
// "Wed Nov 18 2026 10:00:00 GMT+0100" and "Nov 18, 2026 10:00 GMT" (month first).
const MONTH_FIRST =
  /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:(?:GMT|UTC)?([+-]\d{2}:?\d{2})|([A-Za-z]{1,5}))?(?:\s*\([^)]*\))?$/;

function zoneOffsetMin(z: string | undefined): number | null {
  if (!z) return 0; // No zone written: read as UTC (documented), never the server's local time.
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (m) return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  const named = ZONES[z.toLowerCase()];
  if (named !== undefined) return named;
  return /^[A-IK-Za-ik-z]$/.test(z) ? 0 : null; // military single letters: treat as UTC
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offMin: number,
) {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offMin * 60_000;
  const year = new Date(t).getUTCFullYear();
  if (!Number.isFinite(t) || year < 1970 || year > 2200) return null;
  return new Date(t).toISOString();
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function fromIso(s: string): string | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const off = zoneOffsetMin(m[8]);
  if (off === null) return null;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms, off);
}

function fromRfc822(s: string): string | null {
  const m = RFC822.exec(s);
  if (!m) return null;
  const mo = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
  const off = zoneOffsetMin(m[7]);
  if (!mo || off === null) return null;
  return build(twoDigitYear(m[3]!), mo, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, off);
}

function fromMonthFirst(s: string): string | null {
  const m = MONTH_FIRST.exec(s);
  if (!m) return null;
  const mo = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
  const off = zoneOffsetMin(m[7] ?? m[8]);
  if (!mo || off === null) return null;
  return build(+m[3]!, mo, +m[2]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, off);
}

/**
 * A feed date (RFC 822, RFC 3339 / ISO 8601, and the common broken forms: two-digit years, missing colons,
 * zone names, slashes, Unix epoch seconds) as ISO 8601 UTC; null when it can't be read (never a guess).
 * A date written without a zone is read as UTC.
 */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.replace(/\s+/g, " ").trim();
  // Real dates are short; the cap keeps the anchored patterns below cheap on hostile input.
  if (!s || s.length > 100) return null;
  if (/^\d{9,10}$/.test(s)) return new Date(Number(s) * 1000).toISOString();
  return fromIso(s) ?? fromRfc822(s) ?? fromMonthFirst(s);
}
