import { ago } from "../cases/alert-card.js";
import {
  checkAnswerText,
  fillTemplate,
  languageName,
  missingTemplateNote,
  offerTemplates,
  type TemplateOffer,
} from "../cases/answers.js";
import type { Template } from "../config/sections/routing.js";
import type { Case } from "../core/case.js";
import { UserError } from "../core/errors.js";
import { postedAuthor } from "../core/redact.js";
import type { ChatMessage, ChatUser } from "../ports/chat.js";
import type { Services } from "./services.js";

/** The language templates fall back to: the brand's first. */
export function fallbackLanguage(services: Services): string {
  return services.config.brand.languages[0] ?? "en";
}

/** The templates to offer for a case, its mention's language first. */
export async function templateOfferFor(services: Services, c: Case): Promise<TemplateOffer> {
  const m = await services.cases.mentionOf(c);
  const about = m?.analysis ?? { lang: fallbackLanguage(services), topics: [] };
  return offerTemplates(about, services.config.templates, fallbackLanguage(services));
}

/** A template's text filled in for a case: `{author}` (redacted), `{brand}`, `{case}`. */
export async function filledTemplate(services: Services, c: Case, t: Template): Promise<string> {
  const m = await services.cases.mentionOf(c);
  return fillTemplate(t.text, {
    author: (m && postedAuthor(m)) ?? "",
    brand: services.config.brand.name,
    caseId: c.id,
  });
}

/** The template named `name` (the offer's order decides nothing here), or a refusal listing the offer. */
export async function findTemplate(services: Services, c: Case, name: string): Promise<Template> {
  const t = services.config.templates.find((x) => x.id === name && !x.id.startsWith("private"));
  if (t) return t;
  throw new UserError("no_such_template", `No template "${name}". ${await templateListing(services, c)}`);
}

/** "Templates for this mention (Spanish (es) first): a, b. No template in …" — for refusals and hints. */
export async function templateListing(services: Services, c: Case): Promise<string> {
  const offer = await templateOfferFor(services, c);
  if (offer.templates.length === 0) return "No reply templates are configured for this mention.";
  const names = offer.templates.map((t) => `${t.id} (${t.lang})`).join(", ");
  const missing = missingTemplateNote(offer);
  const lang = offer.missing ?? offer.templates[0]!.lang;
  return `Templates for this mention, ${languageName(lang)} first: ${names}.${missing ? ` ${missing}` : ""}`;
}

/** The length check and redaction of typed text, for the chat the bot talks in. */
export function checkTyped(services: Services, text: string, what: string): string {
  return checkAnswerText(text, services.chat?.capabilities ?? null, what);
}

/**
 * Records an answer on a case (counts as its first response) with the text as sent, personal data
 * already redacted; the card and its thread show it. Returns the private confirmation.
 */
export async function recordAnswer(
  services: Services,
  user: ChatUser,
  id: number,
  text: string,
): Promise<ChatMessage> {
  const before = await services.cases.get(id);
  const c = await services.cases.act(id, { kind: "respond", actor: user.id, note: text });
  const first =
    before.firstResponseAt === null
      ? ` Its first response, ${ago(c.openedAt, c.firstResponseAt ?? c.openedAt)} after it opened.`
      : "";
  return {
    fallback: `Answer recorded on case #${id}`,
    blocks: [
      {
        type: "context",
        text: [`Answer recorded on case #${id} and shown on its card.${first} Send it to the author:`],
      },
      { type: "section", text: [{ text, quote: true }] },
    ],
  };
}

/** Adds an internal note to a case (its history and thread); not a response. Returns the confirmation. */
export async function recordNote(services: Services, user: ChatUser, id: number, text: string) {
  await services.cases.act(id, { kind: "note", actor: user.id, label: "note", note: text });
  return `Internal note added to case #${id} (not sent to the author, not a response).`;
}
