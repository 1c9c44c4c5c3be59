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

/** ISO 13616 IBAN check: mod 97 of the rearranged number equals 1. */
export function ibanValid(iban: string): boolean {
  const s = iban.replace(/[\s-]/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
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
