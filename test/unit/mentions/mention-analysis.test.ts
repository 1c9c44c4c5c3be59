import { describe, expect, it } from "vitest";
import { postedText, postedTitle, redact } from "../../../src/core/redact.js";
import { analyzeMention } from "../../../src/mentions/mention-analysis.js";
import { analyzerFor } from "../analysis/helpers.js";

const analyzer = analyzerFor();

describe("analyzeMention: title and text read together", () => {
  it("splits personal data back into the title's and the text's own offsets", () => {
    const m = {
      title: "Refund please: card 4111 1111 1111 1111",
      text: "Still no refund after three weeks. Call +44 20 7946 0958 or mail jo@example.org",
    };
    const a = analyzeMention(analyzer, m, {});
    expect(a.pii.sort()).toEqual(["card", "email", "phone"]);
    expect(redact(m.title, a.titlePiiSpans!)).toBe("Refund please: card [card]");
    expect(redact(m.text, a.piiSpans)).toBe(
      "Still no refund after three weeks. Call [phone] or mail [email]",
    );
    const stored = { ...m, analysis: a };
    expect(postedTitle(stored)).toBe("Refund please: card [card]");
    expect(postedText(stored)).toBe("Still no refund after three weeks. Call [phone] or mail [email]");
  });

  it("finds a topic only the headline names", () => {
    const m = {
      title: "Acme recalls 40,000 heaters after reports of fires",
      text: "The company said owners should contact it.",
    };
    expect(analyzer.analyze(m.text).topics).not.toContain("legal_safety");
    expect(analyzeMention(analyzer, m, {}).topics).toContain("legal_safety");
  });

  it("reads a title-only mention as its title, and posts the redacted title as its text", () => {
    const m = { title: "Email me at ana@x.es about my order", text: "" };
    const a = analyzeMention(analyzer, m, {});
    expect(a.piiSpans).toEqual([]);
    expect(postedText({ ...m, analysis: a })).toBe("Email me at [email] about my order");
  });

  it("reads a mention without a title exactly as its text", () => {
    const text = "Llevo tres semanas esperando el reembolso. Escribidme a ana.lopez@gmail.com";
    expect(analyzeMention(analyzer, { title: null, text }, {})).toEqual(analyzer.analyze(text));
  });

  it("finds personal data past what the analysis reads: a long title, a small maxTextChars", () => {
    const m = {
      title: `Acme news digest ${"lorem ipsum ".repeat(500)}`,
      text: "Call me on +34 612 345 678 please",
    };
    expect(m.title.length).toBeGreaterThan(5_000); // the default maxTextChars
    const a = analyzeMention(analyzer, m, {});
    expect(redact(m.text, a.piiSpans)).toBe("Call me on [phone] please");
    const small = analyzerFor(["en"], { maxTextChars: 100 });
    const text = `${"The parcel is late again and again. ".repeat(5)}Write to jo@example.org`;
    expect(text.indexOf("jo@")).toBeGreaterThan(100);
    expect(redact(text, small.analyze(text).piiSpans)).toMatch(/Write to \[email\]$/);
  });

  it("redacts mentions stored before titles were read: a title-only one by its spans, others as they were", () => {
    const title = "Call +34 612 345 678";
    const spans = analyzer.analyze(title).piiSpans;
    expect(postedTitle({ title, text: "", analysis: { piiSpans: spans } })).toBe("Call [phone]");
    const withText = { title: "Hello", text: "mail ana@x.es", analysis: analyzer.analyze("mail ana@x.es") };
    expect(postedTitle(withText)).toBe("Hello");
    expect(postedText(withText)).toBe("mail [email]");
  });
});
