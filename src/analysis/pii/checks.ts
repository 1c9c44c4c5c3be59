/** Checksums for personal-data candidates: a candidate counts only when its check passes. */

/** Luhn check over the digits of a card number. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * IBAN length by country (ISO 13616 registry): a candidate of another length, or of a country without
 * IBANs, is not one, which keeps lower-case words with digits from passing the 1-in-97 check by chance.
 */
const IBAN_LENGTHS = new Map(
  [
    "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29",
    "ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20",
    "LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29",
    "RO24 RS22 RU33 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20",
  ]
    .join(" ")
    .split(" ")
    .map((x) => [x.slice(0, 2), Number(x.slice(2))] as const),
);

/** ISO 13616 IBAN check, any case: the country's length, and mod 97 of the rearranged number equals 1. */
export function ibanValid(iban: string): boolean {
  const s = iban.replace(/[\s-]/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  if (IBAN_LENGTHS.get(s.slice(0, 2)) !== s.length) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const digit of v) rem = (rem * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter) with its check letter. */
export function spanishIdValid(id: string): boolean {
  const s = id.replace(/[\s-]/g, "").toUpperCase();
  let num: string;
  if (/^\d{8}[A-Z]$/.test(s)) num = s.slice(0, 8);
  else if (/^[XYZ]\d{7}[A-Z]$/.test(s)) num = String("XYZ".indexOf(s[0]!)) + s.slice(1, 8);
  else return false;
  return DNI_LETTERS[Number(num) % 23] === s[8];
}

/** Russian INN (10 digits for companies, 12 for people) with its check digits. */
export function innValid(inn: string): boolean {
  const d = inn.split("").map(Number);
  const check = (weights: number[]) => (weights.reduce((s, w, i) => s + w * d[i]!, 0) % 11) % 10;
  if (d.length === 10) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  if (d.length === 12) {
    return (
      check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11]
    );
  }
  return false;
}

/** US SSN shape rules: area not 000, 666 or 9xx; group not 00; serial not 0000. */
export function ssnValid(ssn: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(ssn);
  if (!m) return false;
  const area = Number(m[1]);
  return area !== 0 && area !== 666 && area < 900 && m[2] !== "00" && m[3] !== "0000";
}

/**
 * Russian SNILS (11 digits, `123-456-789 64`): the last two digits are the sum of the first nine
 * weighted 9…1, mod 101 (100 and 101 read 00). Numbers up to 001-001-998 were issued without a check.
 */
export function snilsValid(snils: string): boolean {
  const d = snils.replace(/\D/g, "");
  if (d.length !== 11 || Number(d.slice(0, 9)) <= 1_001_998) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (9 - i);
  const check = sum % 101 === 100 ? 0 : sum % 101;
  return check === Number(d.slice(9));
}
