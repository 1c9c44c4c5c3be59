import type { BrandConfig } from "../config/sections/brand.js";
import type { Mention } from "../core/mention.js";

/** Why a mention was kept or dropped by the brand filter. */
export type BrandVerdict = { keep: true } | { keep: false; reason: "excluded" | "no_match" };

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regex matching any of the terms as whole words (Unicode letters/digits as word characters), case-insensitive. */
function termsRegex(terms: string[]): RegExp | null {
  const clean = [...new Set(terms.map((t) => t.trim().normalize("NFKC")).filter(Boolean))];
  if (clean.length === 0) return null;
  // Longest first so "Acme Telecom" wins over "Acme" in the alternation.
  clean.sort((a, b) => b.length - a.length);
  const body = clean.map((t) => escapeRegex(t).replace(/\s+/g, "\\s+")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, "iu");
}

/**
 * The brand filter for feed items: kept when the title, text or URL names the brand (name, aliases,
 * keywords; a handle like `@acmetelecom` also matches as `acmetelecom`), dropped when it contains an exclusion.
 */
export function createBrandFilter(brand: BrandConfig): (m: Mention) => BrandVerdict {
  const handles = brand.aliases.filter((a) => a.startsWith("@")).map((a) => a.slice(1));
  const match = termsRegex([brand.name, ...brand.aliases, ...handles, ...brand.keywords]);
  const exclude = termsRegex(brand.exclude);
  return (m) => {
    const hay = `${m.title ?? ""}\n${m.text}\n${m.url ?? ""}`.normalize("NFKC");
    if (exclude?.test(hay)) return { keep: false, reason: "excluded" };
    if (!match || match.test(hay)) return { keep: true };
    return { keep: false, reason: "no_match" };
  };
}
