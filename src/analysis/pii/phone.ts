/**
 * When a digit run is a phone number. Candidates come from one linear pattern; what makes one a
 * phone is how it is written: an international prefix, a national format (Spanish, Russian, US,
 * French, German), or a phone word just before it. Order and ticket numbers are not phones.
 */

/** A digit run with the separators phones use: spaces, dots, dashes, slashes, brackets. */
export const PHONE_CANDIDATE = /(?:\+|\b00)?\(?\d[\d ()./-]{6,20}\d\b/g;

const PHONE_CONTEXT =
  /(?:phone|tel|call me|call|cell|mobile|whatsapp|number is|móvil|movil|teléfono|telefono|llamad|llámame|llamame|contacto|тел|телефон|звоните|позвоните|перезвоните|номер|whatsapp|mob|portable|téléphone|appelez|handy|telefon|anrufen|rufnummer)\S*\s*[:.]?\s*$/i;
const ORDER_CONTEXT =
  /(?:order|pedido|заказ|tracking|seguimiento|трек|ref|#|№|invoice|factura|ticket|case|commande|bestellung|rechnung)\S*\s*(?:no\.?|number|n[ºo°]|номер|nr\.?)?\s*[:.]?\s*$/i;

/** National formats written without a country code. */
const NATIONAL: RegExp[] = [
  // Russian mobile 8 9xx …
  /^8[\s(-]*9\d{2}/,
  // US (415) 555-0132 / 415-555-0132
  /^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/,
  // French 06 12 34 56 78 / 01.23.45.67.89
  /^0[1-9](?:[\s.-]\d{2}){4}$/,
  // German mobile 0171 1234567, 0151-12345678, (0171) 123 4567
  /^\(?01[5-7]\d\)?[\s/-]?\d{3,4}[\s-]?\d{3,5}$/,
  // German landline with its area code marked: (030) 1234567, 030/1234567, 089 / 123 456 78
  /^(?:\(0[2-9]\d{1,3}\)\s?|0[2-9]\d{1,3}\s?\/\s?)\d[\d\s-]{3,9}\d$/,
];

const digitsOf = (s: string) => s.replace(/\D/g, "");

/** A candidate (trimmed) is a phone given the 30 characters `before` it. */
export function looksLikePhone(cand: string, before: string): boolean {
  const d = digitsOf(cand);
  if (d.length < 9 || d.length > 15) return false;
  const phoneWord = PHONE_CONTEXT.test(before);
  if (!phoneWord && ORDER_CONTEXT.test(before)) return false;
  // An international prefix is followed by a country code, which never starts with 0.
  if (cand.startsWith("+")) return d.length >= 10 && d[0] !== "0";
  if (cand.startsWith("00")) return d.length >= 10 && d[2] !== "0";
  if (phoneWord) return true;
  if (d.length === 11 && NATIONAL[0]!.test(cand)) return true;
  if (NATIONAL.slice(1).some((re) => re.test(cand))) return true;
  // Spanish 612 34 56 78 / 912 345 678
  return /^[6-9]\d{2}(?:[\s.]?\d{2,3}){2,3}$/.test(cand) && d.length === 9;
}
