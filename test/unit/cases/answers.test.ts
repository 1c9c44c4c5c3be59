import { describe, expect, it } from "vitest";
import {
  checkAnswerText,
  fillTemplate,
  maxAnswerChars,
  missingTemplateNote,
  offerTemplates,
} from "../../../src/cases/answers.js";
import type { Template } from "../../../src/config/sections/routing.js";
import type { ChatCapabilities } from "../../../src/ports/chat.js";

const t = (id: string, lang: string, topics: string[] = []): Template => ({
  id,
  title: id,
  lang,
  topics,
  text: `${id} {author}`,
});
const TEMPLATES = [
  t("es-any", "es"),
  t("ru-ship", "ru", ["shipping"]),
  t("en-ship", "en", ["shipping"]),
  t("en-any", "en"),
  t("private-en", "en"),
  t("en-billing", "en", ["billing"]),
];
const caps = (maxTextChars?: number) =>
  ({
    threads: true,
    buttons: true,
    ephemeral: true,
    userSelect: true,
    files: true,
    directMessages: true,
    createChannels: true,
    ...(maxTextChars ? { maxTextChars } : {}),
  }) as ChatCapabilities;

describe("reply templates", () => {
  it("offers the mention's language first, then the fallback, same topic first within each; never private ones or other topics", () => {
    const ids = offerTemplates({ lang: "ru", topics: ["shipping"] }, TEMPLATES, "en").templates.map(
      (x) => x.id,
    );
    expect(ids).toEqual(["ru-ship", "en-ship", "en-any", "es-any"]);
    const en = offerTemplates({ lang: "en", topics: ["shipping"] }, TEMPLATES, "en");
    expect(en.templates.map((x) => x.id)).toEqual(["en-ship", "en-any", "ru-ship", "es-any"]);
    expect(en.missing).toBeNull();
    expect(missingTemplateNote(en)).toBeNull();
  });

  it("names the missing language and the one offered instead", () => {
    const offer = offerTemplates({ lang: "de", topics: [] }, TEMPLATES, "en");
    expect(offer.missing).toBe("de");
    expect(missingTemplateNote(offer)).toBe(
      "No template in German (de) for this mention; offering English (en) instead.",
    );
  });

  it("fills {author} with personal data taken out, {brand} and {case}", () => {
    expect(
      fillTemplate("Hi {author}, {brand} case {case}", {
        author: "ana@mail.example",
        brand: "Acme",
        caseId: 7,
      }),
    ).toBe("Hi [email], Acme case 7");
  });
});

describe("typed answers", () => {
  it("are trimmed and redacted", () => {
    expect(checkAnswerText("  Call us back on +34 612 345 678  ", caps(3000), "answer")).toBe(
      "Call us back on [phone]",
    );
  });

  it("are refused when empty or longer than one message of the chat, naming both lengths", () => {
    expect(() => checkAnswerText("   ", caps(3000), "answer")).toThrow(/The answer is empty/);
    const max = maxAnswerChars(caps(2000));
    expect(max).toBeLessThan(2000);
    expect(() => checkAnswerText("x".repeat(max), caps(2000), "answer")).not.toThrow();
    expect(() => checkAnswerText("x".repeat(max + 1), caps(2000), "answer")).toThrow(
      new RegExp(
        `is ${(max + 1).toLocaleString("en")} characters; one message here takes at most ${max.toLocaleString("en")}`,
      ),
    );
    expect(maxAnswerChars(null)).toBe(4000);
  });
});
