import { findPii } from "../analysis/pii/detect.js";
import type { Template } from "../config/sections/routing.js";
import { UserError } from "../core/errors.js";
import { redact } from "../core/redact.js";
import type { ChatCapabilities } from "../ports/chat.js";

/** Room kept in one message for the line around an answer ("@ana answered case #3:"). */
const LINE_OVERHEAD_CHARS = 120;
/** The longest answer kept where the chat sets no limit (the terminal, recorded-only). */
const DEFAULT_MAX_ANSWER_CHARS = 4000;

/** Names of the languages templates are written in, for "no template in Spanish". */
const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  es: "Spanish",
  ru: "Russian",
  fr: "French",
  de: "German",
  pt: "Portuguese",
  it: "Italian",
};

/** "Spanish (es)", or the bare code for a language without a name here. */
export function languageName(lang: string): string {
  const name = LANGUAGE_NAMES[lang];
  return name ? `${name} (${lang})` : lang;
}

/** Replaces the personal data in text a person typed (emails, phones, cards, ids, addresses) with `[kind]`. */
export function redactAnswer(text: string): string {
  return redact(text, findPii(text));
}

/** Fills a template's `{author}` (personal data redacted), `{brand}` and `{case}`. */
export function fillTemplate(text: string, vars: { author: string; brand: string; caseId: number }): string {
  return text
    .replaceAll("{author}", redactAnswer(vars.author))
    .replaceAll("{brand}", vars.brand)
    .replaceAll("{case}", String(vars.caseId));
}

/** The templates to offer for a mention, and whether its language had none. */
export interface TemplateOffer {
  /** In the mention's language first, then the fallback language, then the rest; same topic first within each. */
  templates: Template[];
  /** The mention's language when no template is written in it, else null. */
  missing: string | null;
  /** The language offered instead when `missing` is set. */
  fallback: string;
}

/**
 * Orders the reply templates (not the move-to-private ones) for a mention: its language first, then
 * `fallbackLang` (the brand's first language); templates bound to other topics are left out.
 */
export function offerTemplates(
  mention: { lang: string; topics: readonly string[] },
  templates: readonly Template[],
  fallbackLang: string,
): TemplateOffer {
  const { lang, topics } = mention;
  const rank = (t: Template) =>
    (t.lang === lang ? 4 : t.lang === fallbackLang ? 2 : 0) +
    (t.topics.some((x) => topics.includes(x)) ? 1 : 0);
  const usable = templates
    .filter((t) => !t.id.startsWith("private"))
    .filter((t) => t.topics.length === 0 || t.topics.some((x) => topics.includes(x)));
  const ordered = usable
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(b.t) - rank(a.t) || a.i - b.i)
    .map((x) => x.t);
  const missing = usable.length > 0 && !usable.some((t) => t.lang === lang) ? lang : null;
  return { templates: ordered, missing, fallback: fallbackLang };
}

/** "No template in Spanish (es) for this mention; these are in English (en)." — or null when there is one. */
export function missingTemplateNote(offer: TemplateOffer): string | null {
  if (!offer.missing) return null;
  const first = offer.templates[0]?.lang ?? offer.fallback;
  return `No template in ${languageName(offer.missing)} for this mention; offering ${languageName(first)} instead.`;
}

/** The longest answer one message of this chat can carry, with room for the line around it. */
export function maxAnswerChars(capabilities: ChatCapabilities | null): number {
  const limit = capabilities?.maxTextChars;
  return limit ? limit - LINE_OVERHEAD_CHARS : DEFAULT_MAX_ANSWER_CHARS;
}

/**
 * Checks an answer or note typed by a person: not empty, and short enough for one message of the chat
 * (it is posted whole, never cut). Returns it trimmed, personal data redacted.
 */
export function checkAnswerText(text: string, capabilities: ChatCapabilities | null, what: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new UserError("bad_usage", `The ${what} is empty.`);
  const max = maxAnswerChars(capabilities);
  const length = [...trimmed].length;
  if (length > max)
    throw new UserError(
      "too_long",
      `The ${what} is ${length.toLocaleString("en")} characters; one message here takes at most ${max.toLocaleString("en")}. Shorten it (or split it in two) and send it again: nothing was saved.`,
    );
  return redactAnswer(trimmed);
}
