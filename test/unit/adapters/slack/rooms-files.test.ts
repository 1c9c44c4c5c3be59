import { describe, expect, it } from "vitest";
import { channelSlug } from "../../../../src/adapters/slack/rooms-files.js";

describe("channelSlug", () => {
  it("keeps Slack's rules: lower case, digits, - and _, no leading or trailing dash", () => {
    expect(channelSlug("Crisis #1: Battery FIRE!")).toBe("crisis-1-battery-fire");
    expect(channelSlug("  --Ops__team--  ")).toBe("ops__team");
  });

  it("drops accents, and falls back to orm-room when nothing Latin is left", () => {
    expect(channelSlug("Crisis café São Paulo")).toBe("crisis-cafe-sao-paulo");
    expect(channelSlug("Кризис 🔥")).toBe("orm-room");
  });

  it("cuts to 80 characters without a trailing dash", () => {
    const slug = channelSlug(`${"a".repeat(79)} b`);
    expect(slug).toBe("a".repeat(79));
    expect(channelSlug("x".repeat(200))).toHaveLength(80);
  });
});
