import { describe, expect, it } from "vitest";
import { loadCommands } from "../../../src/chatops/command-loader.js";
import { didYouMeanCommand, nearestNames } from "../../../src/chatops/suggest.js";
import { COMMANDS_DIR } from "../../../src/core/paths.js";
import { expectLinear } from "../../helpers/linear-time.js";

const NAMES = [
  "assign",
  "case",
  "claim",
  "crisis",
  "escalate",
  "help",
  "label",
  "queue",
  "reopen",
  "resolve",
];

describe("did you mean", () => {
  it("offers the nearest names for a typo or a beginning, best first, at most three", () => {
    expect(nearestNames("clam", NAMES)).toEqual(["claim"]);
    expect(nearestNames("reopne", NAMES)).toEqual(["reopen"]);
    expect(nearestNames("RESOLV", NAMES)).toEqual(["resolve"]);
    expect(nearestNames("cas", NAMES)).toEqual(["case"]);
    expect(nearestNames("esc", NAMES)).toEqual(["escalate"]);
    expect(nearestNames("re", NAMES)).toEqual(["reopen", "resolve"]);
    expect(nearestNames("c", NAMES)).toEqual([]);
    expect(nearestNames("frobnicate", NAMES)).toEqual([]);
    expect(nearestNames("", NAMES)).toEqual([]);
    expect(nearestNames("a".repeat(41), ["a".repeat(41)])).toEqual([]);
  });

  it("words the suggestions as commands", () => {
    expect(didYouMeanCommand(["claim"], "")).toBe(" Did you mean /orm claim?");
    expect(didYouMeanCommand(["start", "status"], "crisis ")).toBe(
      " Did you mean /orm crisis start or /orm crisis status?",
    );
    expect(didYouMeanCommand([], "")).toBe("");
  });

  it("stays linear in the typed word, however long", () => {
    expectLinear(
      (n) => "x".repeat(n),
      (word) => nearestNames(word, NAMES),
    );
  });
});

describe("command help", () => {
  it("every command file has a usage and at least two examples that start with its own name", async () => {
    const defs = await loadCommands(COMMANDS_DIR);
    expect(defs.size).toBeGreaterThan(15);
    for (const def of defs.values()) {
      expect(def.examples?.length ?? 0, def.name).toBeGreaterThanOrEqual(2);
      for (const e of def.examples ?? []) expect(e, def.name).toMatch(/^\/orm [a-z]/);
    }
  });
});
