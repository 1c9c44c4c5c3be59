import { describe, expect, it } from "vitest";
import { postedAuthor, postedUrl } from "../../../src/core/redact.js";

const base = { title: null, text: "t", analysis: { piiSpans: [] } };

describe("authors and links as the bot may post them", () => {
  it("redacts an author by its spans and withholds a link that carries personal data", () => {
    const m = {
      ...base,
      author: "juan.perez@gmail.com",
      url: "https://forum.example/t/1?from=juan.perez@gmail.com",
      analysis: {
        piiSpans: [],
        authorPiiSpans: [{ kind: "email" as const, start: 0, end: 20 }],
        urlPiiSpans: [{ kind: "email" as const, start: 31, end: 51 }],
      },
    };
    expect(postedAuthor(m)).toBe("[email]");
    expect(postedUrl(m)).toBeNull();
    const clean = {
      ...base,
      author: "angry_bob",
      url: "https://forum.example/t/1",
      analysis: { piiSpans: [], authorPiiSpans: [], urlPiiSpans: [] },
    };
    expect(postedAuthor(clean)).toBe("angry_bob");
    expect(postedUrl(clean)).toBe("https://forum.example/t/1");
    expect(postedAuthor({ ...base, author: null })).toBeNull();
    expect(postedUrl({ ...base, url: null })).toBeNull();
  });

  it("withholds a legacy author or link (stored before they were checked) that could hold personal data", () => {
    expect(postedAuthor({ ...base, author: "juan.perez@gmail.com" })).toBe("[author]");
    expect(postedAuthor({ ...base, author: "+34 612 345 678" })).toBe("[author]");
    expect(postedAuthor({ ...base, author: "jdoe_1987" })).toBe("jdoe_1987");
    expect(postedUrl({ ...base, url: "https://x.example/u?mail=a@b.es" })).toBeNull();
    expect(postedUrl({ ...base, url: "https://user:pw@x.example/t/88123" })).toBe(
      "https://user:pw@x.example/t/88123",
    );
    expect(postedUrl({ ...base, url: "https://x.example/t/88123" })).toBe("https://x.example/t/88123");
  });
});
