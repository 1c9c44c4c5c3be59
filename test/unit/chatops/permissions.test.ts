import { describe, expect, it } from "vitest";
import { Permissions } from "../../../src/chatops/permissions.js";
import { PermissionsSchema } from "../../../src/config/schema.js";
import { TeamSchema } from "../../../src/config/sections/routing.js";
import type { ChatUser } from "../../../src/ports/chat.js";

const user = (id: string, ...groups: string[]): ChatUser => ({ id, name: id, groups });
const lists = (p: Record<string, string[]>) => PermissionsSchema.parse(p);
const teams = { logistics: TeamSchema.parse({ lead: "ULEE", members: ["UANA", "group:crew"] }) };
const teamCase = { id: 7, team: "logistics", owner: null };
const plainCase = { id: 8, team: null, owner: null };

describe("permission lists", () => {
  it("an empty list lets everyone; a list names user ids and group: entries", () => {
    const p = new Permissions(lists({ resolve: ["UBOSS", "group:leads"] }));
    expect(p.allows(user("UX"), "claim")).toBe(true);
    expect(p.allows(user("UBOSS"), "resolve")).toBe(true);
    expect(p.allows(user("UY", "leads"), "resolve")).toBe(true);
    expect(p.allows(user("UX", "other"), "resolve")).toBe(false);
    expect(p.holds(user("UX"), "claim")).toBe(false);
    expect(p.holds(user("UY", "leads"), "resolve")).toBe(true);
  });

  it("says at start when everything is open, and which actions stay open otherwise", () => {
    expect(new Permissions(lists({})).isOpen()).toBe(true);
    expect(new Permissions(lists({})).describeOpenness()).toMatch(/^permissions are open: everyone may/);
    const some = new Permissions(lists({ assign: ["UBOSS"] }));
    expect(some.isOpen()).toBe(false);
    expect(some.describeOpenness()).toBe(
      "permissions open to everyone: claim, resolve, escalate, mute, configure, label",
    );
    const teamsOnly = new Permissions(lists({}), teams);
    expect(teamsOnly.isOpen()).toBe(false);
    expect(teamsOnly.owningTeams()).toEqual(["logistics"]);
    const closed = Object.fromEntries(
      ["claim", "assign", "resolve", "escalate", "mute", "configure", "label"].map((k) => [k, ["UBOSS"]]),
    );
    expect(new Permissions(lists(closed)).describeOpenness()).toBeNull();
  });
});

describe("teams own their cases", () => {
  const p = new Permissions(lists({ assign: ["UBOSS"], configure: ["UROOT"], resolve: ["UNOBODY"] }), teams);

  it("its members, by id or group, and its lead may act, even where a list would not let them", () => {
    expect(p.caseRefusal(user("UANA"), teamCase, "resolve", "resolve")).toBeNull();
    expect(p.caseRefusal(user("UCREW", "crew"), teamCase, "claim", "claim")).toBeNull();
    expect(p.caseRefusal(user("ULEE"), teamCase, "assign", "assign")).toBeNull();
  });

  it("others need to be named under assign or configure, and are told who may", () => {
    expect(p.caseRefusal(user("UBOSS"), teamCase, "claim", "claim")).toBeNull();
    expect(p.caseRefusal(user("UROOT"), teamCase, "resolve", "resolve")).toBeNull();
    expect(p.caseRefusal(user("UOUT", "other"), teamCase, "claim", "claim")).toBe(
      'Case #7 belongs to team logistics (@UANA, group:crew, @ULEE): only its members, or someone with the "assign" or "configure" permission, may claim it.',
    );
    // An open `assign` list (everyone) does not open a team's cases: only a named holder counts.
    const open = new Permissions(lists({}), teams);
    expect(open.caseRefusal(user("UOUT"), teamCase, "claim", "claim")).toMatch(/belongs to team logistics/);
  });

  it("whoever the case was given to may work on it, though outside the team", () => {
    const given = { ...teamCase, owner: "UHELP" };
    expect(p.caseRefusal(user("UHELP"), given, "resolve", "resolve")).toBeNull();
    expect(p.unclaimRefusal(user("UHELP"), given)).toBeNull();
    expect(p.caseRefusal(user("UOUT"), given, "resolve", "resolve")).toMatch(/belongs to team logistics/);
  });

  it("a case no team owns (no team, or a team without members) follows the lists", () => {
    expect(p.caseRefusal(user("UOUT"), plainCase, "claim", "claim")).toBeNull();
    expect(p.caseRefusal(user("UOUT"), plainCase, "resolve", "resolve")).toBe(
      'Sorry, you need the "resolve" permission to resolve.',
    );
    const noMembers = new Permissions(lists({}), { logistics: TeamSchema.parse({ lead: "ULEE" }) });
    expect(noMembers.caseRefusal(user("UOUT"), teamCase, "claim", "claim")).toBeNull();
  });
});

describe("unclaim", () => {
  const owned = { id: 9, team: null, owner: "UANA" };

  it("honours group: entries of assign for someone else's case", () => {
    const p = new Permissions(lists({ assign: ["group:leads"] }));
    expect(p.unclaimRefusal(user("ULEAD", "leads"), owned)).toBeNull();
    expect(p.unclaimRefusal(user("UANA"), owned)).toBeNull();
    expect(p.unclaimRefusal(user("UOUT", "other"), owned)).toBe(
      'Case #9 is @UANA\'s; ask them, or someone with the "assign" permission.',
    );
  });

  it("on a team's case its members may give a teammate's case back; others are refused", () => {
    const p = new Permissions(lists({ assign: ["UBOSS"] }), teams);
    const c = { ...teamCase, owner: "UANA" };
    expect(p.unclaimRefusal(user("UCREW", "crew"), c)).toBeNull();
    expect(p.unclaimRefusal(user("UBOSS"), c)).toBeNull();
    expect(p.unclaimRefusal(user("UOUT"), c)).toMatch(/belongs to team logistics/);
  });
});
