import { describe, expect, it } from "vitest";
import { capText, prepareText } from "../../../src/analysis/text.js";

describe("prepareText", () => {
  it("tokenises once: lower case, inner apostrophes, digits, clauses and CAPS", () => {
    const t = prepareText("It DOESN’T work. Order 123, still NOT here", 5000);
    expect(t.tokens).toEqual(["it", "doesn't", "work", "order", "123", "still", "not", "here"]);
    expect(t.caps).toEqual([false, true, false, false, false, false, true, false]);
    expect(t.clause).toEqual([0, 0, 0, 1, 1, 2, 2, 2]);
    expect(t.joined).toBe(" it doesn't work order 123 still not here ");
  });

  it("counts letters by script", () => {
    const t = prepareText("Привет Acme", 5000);
    expect(t.cyrillicLetters).toBe(6);
    expect(t.latinLetters).toBe(4);
  });

  it("caps the length without splitting a surrogate pair and blanks control characters", () => {
    expect(capText("ab😀cd", 3)).toBe("ab");
    expect(capText("a\u0000b", 10)).toBe("a b");
    expect(prepareText("x".repeat(10_000), 100).raw).toHaveLength(100);
  });
});
