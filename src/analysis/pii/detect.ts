import type { PiiKind, PiiSpan } from "../../core/analysis.js";
import { redact } from "../../core/redact.js";
import { ADDRESS_PATTERNS } from "./addresses.js";
import { ibanValid, innValid, luhnValid, snilsValid, spanishIdValid, ssnValid } from "./checks.js";
import { foldForDetection } from "./fold.js";
import { brandDomainsOf, masked, notPiiSpans, onBrandDomain } from "./not-pii.js";
import { looksLikePhone, PHONE_CANDIDATE } from "./phone.js";

/** What detection may know besides the text. */
export interface PiiOptions {
  /** The brand's own domains (config `brand.domains`): addresses and links there are not personal data. */
  brandDomains?: readonly string[];
}

type Add = (kind: PiiKind, start: number, end: number) => void;
/** A finder reads the folded text (`text`) or the same with dates, times and brand links masked (`digits`). */
type Finder = (t: { text: string; digits: string; brandDomains: string[] }, add: Add) => void;

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24})/g;
const IBAN = /\b[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,3})?\b/g;
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
const SSN = /\b\d{3}-\d{2}-\d{4}\b/g;
const ES_ID = /\b[XYZxyz]?\d{7,8}[- ]?[A-Za-z]\b/g;
const INN = /(?:ИНН|инн|INN)\s{0,3}[:№]?\s{0,3}(\d{12}|\d{10})\b/g;
const SNILS = /\b\d{3}([- ]?)\d{3}[- ]?\d{3}[- ]?\d{2}\b/g;
const SNILS_CONTEXT = /(?:СНИЛС|снилс|SNILS)\S{0,3}\s{0,3}[:№]?\s{0,3}$/;
const RU_PASSPORT =
  /(?:паспорт\S{0,12}|серия)[^\d\n]{0,20}(\d{2}\s?\d{2})\s{0,3}(?:№|номер)?\s{0,3}(\d{6})\b/gi;
const RU_PASSPORT_BARE = /\b\d{2} \d{2} \d{6}\b/g;

const digitsOf = (s: string) => s.replace(/\D/g, "");

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) fn(m);
}

const findEmail: Finder = ({ text, brandDomains }, add) => {
  if (!text.includes("@")) return;
  each(EMAIL, text, (m) => {
    if (!onBrandDomain(m[1]!, brandDomains)) add("email", m.index, m.index + m[0].length);
  });
};

/** An IBAN candidate cut to its country's length (a greedy match may take the next word along). */
const findIban: Finder = ({ digits }, add) =>
  each(IBAN, digits, (m) => {
    for (let end = m[0].length; end >= 15; end--) {
      const cand = m[0].slice(0, end);
      if (/[\s-]$/.test(cand) || !ibanValid(cand)) continue;
      add("iban", m.index, m.index + end);
      return;
    }
  });

const findCard: Finder = ({ digits }, add) =>
  each(CARD, digits, (m) => {
    const d = digitsOf(m[0]);
    if (d.length >= 13 && d.length <= 19 && luhnValid(d) && !/^(\d)\1+$/.test(d)) {
      add("card", m.index, m.index + m[0].length);
    }
  });

const findIds: Finder = ({ digits: text }, add) => {
  each(SSN, text, (m) => ssnValid(m[0]) && add("id_number", m.index, m.index + m[0].length));
  each(ES_ID, text, (m) => spanishIdValid(m[0]) && add("id_number", m.index, m.index + m[0].length));
  each(INN, text, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    if (innValid(m[1]!)) add("id_number", start, m.index + m[0].length);
  });
  // SNILS: written grouped (123-456-789 64) with a valid check, or as 11 bare digits after "СНИЛС".
  each(SNILS, text, (m) => {
    const grouped = m[0].length > 11;
    const named = SNILS_CONTEXT.test(text.slice(Math.max(0, m.index - 20), m.index));
    if ((grouped || named) && snilsValid(m[0])) add("id_number", m.index, m.index + m[0].length);
  });
  each(RU_PASSPORT, text, (m) => {
    const start = m.index + m[0].indexOf(m[1]!);
    add("id_number", start, m.index + m[0].length);
  });
  each(RU_PASSPORT_BARE, text, (m) => add("id_number", m.index, m.index + m[0].length));
};

const findPhone: Finder = ({ digits: text }, add) =>
  each(PHONE_CANDIDATE, text, (m) => {
    const cand = m[0].trim();
    if (looksLikePhone(cand, text.slice(Math.max(0, m.index - 30), m.index))) {
      add("phone", m.index, m.index + m[0].length);
    }
  });

const findAddress: Finder = ({ digits: text }, add) => {
  for (const re of ADDRESS_PATTERNS) each(re, text, (m) => add("address", m.index, m.index + m[0].length));
};

/** Finders in order of precedence: a later finder never claims characters an earlier one took. */
const FINDERS: Finder[] = [findEmail, findIban, findCard, findIds, findPhone, findAddress];

/**
 * Every piece of personal data in the text, as non-overlapping spans sorted by start (offsets into
 * `text` as given). Reads the text folded (full-width digits, no-break and thin spaces, dashes: see
 * fold.ts), skips dates, times and the brand's own addresses, and runs in time linear in the text.
 */
export function findPii(text: string, options: PiiOptions = {}): PiiSpan[] {
  if (!/[\d@\uff10-\uff19\uff20]|\ud835[\udfce-\udfff]/.test(text)) return [];
  const folded = foldForDetection(text);
  const brandDomains = brandDomainsOf(options.brandDomains);
  const view = {
    text: folded.text,
    digits: masked(folded.text, notPiiSpans(folded.text, brandDomains)),
    brandDomains,
  };
  const spans: PiiSpan[] = [];
  // Characters already claimed: the overlap check costs a span's length, not the number of spans so far.
  let claimed: Uint8Array | null = null;
  const add: Add = (kind, start, end) => {
    if (end <= start) return;
    claimed ??= new Uint8Array(view.text.length);
    for (let i = start; i < end; i++) if (claimed[i]) return;
    claimed.fill(1, start, end);
    const [s, e] = folded.toOriginal(start, end);
    spans.push({ kind, start: s, end: e });
  };
  for (const find of FINDERS) find(view, add);
  return spans.sort((a, b) => a.start - b.start);
}

/** The distinct kinds in a list of spans, in the contract's order. */
export function piiKinds(spans: PiiSpan[]): PiiKind[] {
  const order: PiiKind[] = ["email", "phone", "card", "iban", "address", "id_number"];
  return order.filter((k) => spans.some((s) => s.kind === k));
}

/** `text` with its personal data replaced by `[email]`, `[phone]`…: for short fields (authors, links). */
export function redactPii(text: string, options: PiiOptions = {}): string {
  return redact(text, findPii(text, options));
}
