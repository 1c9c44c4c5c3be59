import { describe, expect, it } from "vitest";
import { foldSpelling, parseScored, StemMap } from "../../../src/analysis/lexicon/stem-map.js";

describe("StemMap", () => {
  it("matches the longest stem, and an exact entry before any stem", () => {
    const m = parseScored("mal* -1 malísim* -3 maleta 0");
    expect(m.get("malo")).toBe(-1);
    expect(m.get("malísimo")).toBe(-3);
    expect(m.get("maleta")).toBe(0);
    expect(m.get("bien")).toBeUndefined();
  });

  it("answers for words typed without the accent or ё", () => {
    const m = parseScored("pésim* -3.5 decepción -3 подвёл -2 отличн* 3");
    expect(m.get("pesimo")).toBe(-3.5);
    expect(m.get("pésima")).toBe(-3.5);
    expect(m.get("decepcion")).toBe(-3);
    expect(m.get("подвел")).toBe(-2);
    expect(m.get("отличный")).toBe(3);
  });

  it("finds a key written without the accent or ё for a token typed with one", () => {
    const m = parseScored("rapid* 1.5 потек -2");
    expect(m.get("rápido")).toBe(1.5);
    expect(m.get("потёк")).toBe(-2);
  });

  it("keeps ñ and lets an explicit entry win over a folded one", () => {
    const m = new StemMap<number>().set("año", 1).set("esta", 0).set("está", 2);
    expect(m.get("ano")).toBeUndefined();
    expect(m.get("esta")).toBe(0);
    expect(m.get("está")).toBe(2);
  });

  it("answers from entries added after a lookup (remembered answers never go stale)", () => {
    const m = new StemMap<number>().set("bueno", 1);
    expect(m.get("pésimo")).toBeUndefined();
    expect(m.get("malísimo")).toBeUndefined();
    expect(m.get("malo")).toBeUndefined();
    m.set("pesimo", -3);
    expect(m.get("pésimo")).toBe(-3);
    m.set("mal*", -1);
    expect(m.get("malísimo")).toBe(-1);
    expect(m.get("malo")).toBe(-1);
    m.set("malo", -2);
    expect(m.get("malo")).toBe(-2);
    expect(m.get("bueno")).toBe(1);
  });
});

describe("foldSpelling", () => {
  it("folds Spanish acute accents and ü, and ё, and returns the same string when nothing changes", () => {
    expect(foldSpelling("pingüino rápidísimo")).toBe("pinguino rapidisimo");
    expect(foldSpelling("ещё всё")).toBe("еще все");
    const plain = "nada";
    expect(foldSpelling(plain)).toBe(plain);
    expect(foldSpelling("niño")).toBe("niño");
  });
});
