import type { PiiKind, PiiSpan } from "../../core/analysis.js";
import { ibanValid, innValid, luhnValid, spanishIdValid, ssnValid } from "./checks.js";

type Finder = (text: string, add: (kind: PiiKind, start: number, end: number) => void) => void;

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?\b/g;
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
const SSN = /\b\d{3}-\d{2}-\d{4}\b/g;
const ES_ID = /\b[XYZxyz]?\d{7,8}[- ]?[A-Za-z]\b/g;
const INN = /(?:ИНН|инн|INN)\s{0,3}[:№]?\s{0,3}(\d{12}|\d{10})\b/g;
const RU_PASSPORT =
  /(?:паспорт\S{0,12}|серия)[^\d\n]{0,20}(\d{2}\s?\d{2})\s{0,3}(?:№|номер)?\s{0,3}(\d{6})\b/gi;
const RU_PASSPORT_BARE = /\b\d{2} \d{2} \d{6}\b/g;
const PHONE = /(?:\+|\b00)?\(?\d[\d ().-]{6,20}\d\b/g;
const PHONE_CONTEXT =
  /(?:phone|tel|call me|call|cell|mobile|whatsapp|number is|móvil|movil|teléfono|telefono|llamad|llámame|llamame|contacto|тел|телефон|звоните|позвоните|перезвоните|номер|whatsapp|mob)\S*\s*[:.]?\s*$/i;
const ORDER_CONTEXT =
  /(?:order|pedido|заказ|tracking|seguimiento|трек|ref|#|№|invoice|factura|ticket|case)\S*\s*(?:no\.?|number|n[ºo°]|номер)?\s*[:.]?\s*$/i;
const ADDRESS_EN =
  /\b\d{1,5}\s{1,3}(?:[A-Z][a-z]{1,30}\s{1,3}){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close)\b\.?(?:,?\s{0,3}(?:Apt|Suite|Unit|Flat)\.?\s{0,3}#?\d+\w?)?/g;
const ADDRESS_ES =
  /(?:\b[Cc]alle|\b[Cc]\/|\b[Aa]vda?\.|\b[Aa]venida|\b[Pp]laza|\b[Pp]aseo|\b[Cc]tra\.|\b[Rr]onda|\b[Cc]amino)\s{0,3}(?:de\s{1,3}(?:la\s{1,3}|los\s{1,3}|las\s{1,3})?|del\s{1,3})?\p{Lu}\p{L}{1,40}(?:\s{1,3}(?:de\s{1,3})?\p{Lu}\p{L}{1,40}){0,3},?\s{0,3}(?:n[ºo°]\.?\s{0,3})?\d{1,4}(?:,?\s{0,3}\d{1,2}\s{0,3}[ºª°]\s{0,3}[A-Za-z]?)?/gu;
const ADDRESS_RU =
  /(?:ул\.|улица|пр-т|пр\.|проспект|пер\.|переулок|бульвар|б-р|шоссе|наб\.)\s{0,3}\p{Lu}[\p{L}-]{1,40}(?:\s{1,3}\p{Lu}[\p{L}-]{1,40})?,?\s{0,3}(?:д\.|дом)?\s{0,3}\d{1,4}[а-я]?(?:,?\s{0,3}(?:кв\.?|квартира|корп\.?|стр\.?)\s{0,3}\d{1,4}){0,4}/gu;

const digitsOf = (s: string) => s.replace(/\D/g, "");

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) fn(m);
}

const findEmail: Finder = (text, add) => {
  if (text.includes("@")) each(EMAIL, text, (m) => add("email", m.index, m.index + m[0].length));
};

const findIban: Finder = (text, add) =>
  each(IBAN, text, (m) => {
    if (ibanValid(m[0])) add("iban", m.index, m.index + m[0].length);
  });

const findCard: Finder = (text, add) =>
  each(CARD, text, (m) => {
    const d = digitsOf(m[0]);
    if (d.length >= 13 && d.length <= 19 && luhnValid(d) && !/^(\d)\1+$/.test(d)) {
      add("card", m.index, m.index + m[0].length);
    }
  });

const findIds: Finder = (text, add) => {
  each(SSN, text, (m) => ssnValid(m[0]) && add("id_number", m.index, m.index + m[0].length));
  each(ES_ID, text, (m) => spanishIdValid(m[0]) && add("id_number", m.index, m.index + m[0].length));
  each(INN, text, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    if (innValid(m[1]!)) add("id_number", start, m.index + m[0].length);
  });
  each(RU_PASSPORT, text, (m) => {
    const start = m.index + m[0].indexOf(m[1]!);
    add("id_number", start, m.index + m[0].length);
  });
  each(RU_PASSPORT_BARE, text, (m) => add("id_number", m.index, m.index + m[0].length));
};

/** A digit run is a phone when written like one: `+` prefix, Russian 8-xxx, grouped, or after "phone". */
function looksLikePhone(cand: string, before: string): boolean {
  const d = digitsOf(cand);
  if (d.length < 9 || d.length > 15) return false;
  const phoneWord = PHONE_CONTEXT.test(before);
  if (!phoneWord && ORDER_CONTEXT.test(before)) return false;
  if (cand.startsWith("+") || cand.startsWith("00")) return d.length >= 10;
  if (phoneWord) return true;
  if (/^8[\s(-]*9\d{2}/.test(cand) && d.length === 11) return true;
  if (/^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/.test(cand)) return true;
  return /^[6-9]\d{2}(?:[\s.]?\d{2,3}){2,3}$/.test(cand) && d.length === 9;
}

const findPhone: Finder = (text, add) =>
  each(PHONE, text, (m) => {
    const cand = m[0].trim();
    if (looksLikePhone(cand, text.slice(Math.max(0, m.index - 30), m.index))) {
      add("phone", m.index, m.index + m[0].length);
    }
  });

const findAddress: Finder = (text, add) => {
  for (const re of [ADDRESS_EN, ADDRESS_ES, ADDRESS_RU])
    each(re, text, (m) => add("address", m.index, m.index + m[0].length));
};

/** Finders in order of precedence: a later finder never claims characters an earlier one took. */
const FINDERS: Finder[] = [findEmail, findIban, findCard, findIds, findPhone, findAddress];

/** Every piece of personal data in the text, as non-overlapping spans sorted by start. */
export function findPii(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  // Characters already claimed: the overlap check costs a span's length, not the number of spans so far.
  let claimed: Uint8Array | null = null;
  const add = (kind: PiiKind, start: number, end: number) => {
    if (end <= start) return;
    claimed ??= new Uint8Array(text.length);
    for (let i = start; i < end; i++) if (claimed[i]) return;
    claimed.fill(1, start, end);
    spans.push({ kind, start, end });
  };
  if (!/\d|@/.test(text)) return spans;
  for (const find of FINDERS) find(text, add);
  return spans.sort((a, b) => a.start - b.start);
}

/** The distinct kinds in a list of spans, in the contract's order. */
export function piiKinds(spans: PiiSpan[]): PiiKind[] {
  const order: PiiKind[] = ["email", "phone", "card", "iban", "address", "id_number"];
  return order.filter((k) => spans.some((s) => s.kind === k));
}
