import { describe, expect, it } from "vitest";
import { renderDiscordMessage } from "../../../src/adapters/discord/render.js";
import { renderSlackMessage } from "../../../src/adapters/slack/render.js";
import { renderCaseStory } from "../../../src/cases/case-story.js";
import { applyCaseAction } from "../../../src/cases/flows.js";
import type { Case } from "../../../src/core/case.js";
import { caseInit, storedMention } from "../../contract/store.contract.js";

const MIN = 60_000;
const ANA = "555555555555555555";
const BEN = "666666666666666666";

/** A case that went back and forth 40 times before it was resolved and reopened. */
function busyCase(): Case {
  let c: Case = { ...caseInit("m", 0), id: 7 };
  for (let i = 0; i < 20; i++) {
    c = applyCaseAction(c, { kind: "assign", actor: ANA, owner: i % 2 ? ANA : BEN }, (i + 1) * MIN);
    c = applyCaseAction(c, { kind: "note", actor: BEN, label: "note", note: "x".repeat(500) }, (i + 1) * MIN);
  }
  c = applyCaseAction(c, { kind: "resolve", actor: ANA, outcome: "fixed" }, 50 * MIN);
  return applyCaseAction(c, { kind: "reopen", actor: BEN }, 60 * MIN);
}

describe("a case's story", () => {
  it("fits Discord's 2,000 characters and Slack's limits with its latest events, and pings only the team", () => {
    const c = busyCase();
    const m = storedMention("m", {
      title: "T".repeat(1000),
      text: `@everyone <@&777> <@999999999999999999> ${"long complaint ".repeat(400)}`,
      author: "a".repeat(500),
      correction: { label: "neutral", by: ANA, at: 55 * MIN },
    });
    const others = Array.from({ length: 30 }, (_, i) => ({ ...caseInit(`o${i}`, i * MIN), id: 100 + i }));
    const story = renderCaseStory({
      c,
      m,
      author: null,
      otherCases: others,
      slaLeftMs: 12 * MIN,
      nowMs: 70 * MIN,
      timeZone: "Europe/Madrid",
    });

    const discord = renderDiscordMessage(story);
    expect(discord.content.length).toBeLessThanOrEqual(2000);
    expect(discord.content).toContain("reopened");
    expect(discord.content).toContain(`… ${c.history.length - 10} earlier event(s)`);
    expect(discord.content).toContain("… 27 more");
    expect(discord.allowed_mentions.parse).toEqual([]);
    expect(new Set(discord.allowed_mentions.users)).toEqual(new Set([ANA, BEN]));

    const slack = JSON.stringify(renderSlackMessage(story).blocks);
    expect(slack).toContain("reopened");
    expect(slack).not.toContain("<!everyone>");
    expect(slack).not.toMatch(/<@999999999999999999>/);
    // Times are the brand's: the reopening at 01:00 UTC shows as 02:00 in Madrid (UTC+1 in January).
    expect(slack).toContain("02:00 · ");
  });

  it("tells a case whose mention is gone", () => {
    const c: Case = { ...caseInit("gone", 0), id: 3 };
    const story = renderCaseStory({
      c,
      m: null,
      author: null,
      otherCases: [],
      slaLeftMs: null,
      nowMs: MIN,
      timeZone: "UTC",
    });
    const text = JSON.stringify(story.blocks);
    expect(text).toContain("the mention is no longer stored");
    expect(text).toContain("Author");
    expect(text).toContain("anonymous");
    expect(text).toContain("opened");
  });
});
