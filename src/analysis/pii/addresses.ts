/** Postal addresses in English, Spanish and Russian writing: bounded, linear-time patterns. */

const ADDRESS_EN =
  /\b\d{1,5}\s{1,3}(?:[A-Z][a-z]{1,30}\s{1,3}){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close)\b\.?(?:,?\s{0,3}(?:Apt|Suite|Unit|Flat)\.?\s{0,3}#?\d+\w?)?/g;
const ADDRESS_ES =
  /(?:\b[Cc]alle|\b[Cc]\/|\b[Aa]vda?\.|\b[Aa]venida|\b[Pp]laza|\b[Pp]aseo|\b[Cc]tra\.|\b[Rr]onda|\b[Cc]amino)\s{0,3}(?:de\s{1,3}(?:la\s{1,3}|los\s{1,3}|las\s{1,3})?|del\s{1,3})?\p{Lu}\p{L}{1,40}(?:\s{1,3}(?:de\s{1,3})?\p{Lu}\p{L}{1,40}){0,3},?\s{0,3}(?:n[ºo°]\.?\s{0,3})?\d{1,4}(?:,?\s{0,3}\d{1,2}\s{0,3}[ºª°]\s{0,3}[A-Za-z]?)?/gu;
const ADDRESS_RU =
  /(?:ул\.|улица|пр-т|пр\.|проспект|пер\.|переулок|бульвар|б-р|шоссе|наб\.)\s{0,3}\p{Lu}[\p{L}-]{1,40}(?:\s{1,3}\p{Lu}[\p{L}-]{1,40})?,?\s{0,3}(?:д\.|дом)?\s{0,3}\d{1,4}[а-я]?(?:,?\s{0,3}(?:кв\.?|квартира|корп\.?|стр\.?)\s{0,3}\d{1,4}){0,4}/gu;

/** The address patterns, one per writing. */
export const ADDRESS_PATTERNS: readonly RegExp[] = [ADDRESS_EN, ADDRESS_ES, ADDRESS_RU];
