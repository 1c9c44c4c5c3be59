import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config/load.js";
import { nearest } from "../../../src/config/nearest.js";
import { tempDir } from "../../helpers/cli.js";

/** Loads `yaml` as ./orm.config.yaml of a fresh folder and returns the problems (none when it loads). */
function problemsOf(yaml: string, env: NodeJS.ProcessEnv = {}): string[] {
  const dir = tempDir();
  mkdirSync(join(dir, "feeds"));
  writeFileSync(join(dir, "feeds", "here.xml"), "<rss/>");
  writeFileSync(join(dir, "orm.config.yaml"), yaml);
  try {
    loadConfig({ env, cwd: dir });
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

const BRAND = "brand: { name: Acme, languages: [en, es], timezone: Europe/Madrid }\n";

describe("check-config checks meaning, one line per problem with the value and the fix", () => {
  it("refuses time zones that do not resolve, suggesting the nearest", () => {
    expect(problemsOf("brand: { name: Acme, timezone: Europe/Madird }\n")).toEqual([
      'brand.timezone: unknown time zone "Europe/Madird" — did you mean "Europe/Madrid"?',
    ]);
    expect(problemsOf(`${BRAND}report: { digests: [{ channel: C0SUPPORT, timezone: CET+1 }] }\n`)).toEqual([
      'report.digests[0].timezone: unknown time zone "CET+1" (use an IANA name like Europe/Madrid)',
    ]);
  });

  it("refuses a default playbook or a role no playbook has", () => {
    const p = problemsOf(
      `${BRAND}crisis:\n  defaultPlaybook: social-media-crisys\n  proposeTo: [dircom]\n  roles: { dircon: { chain: [U1] } }\n`,
    );
    expect(p[0]).toMatch(
      /^crisis\.defaultPlaybook: no playbook "social-media-crisys" in .*playbooks — did you mean "social-media-crisis"\?/,
    );
    expect(p[1]).toBe('crisis.roles.dircon: no playbook has a role "dircon" — did you mean "dircom"?');
    expect(p).toHaveLength(2);
  });

  it("refuses teams, topics and languages that do not exist, naming rules and templates by id", () => {
    const p = problemsOf(
      `${BRAND}teams: { support: {} }\nrouting:\n  rules:\n    - name: reviews\n      when: { topics: [shiping], languages: [ru] }\n      channel: C0REVIEWS\n      team: suport\ntemplates:\n  - { id: t1, title: T, lang: de, topics: [biling], text: Hi }\n`,
    );
    expect(p).toEqual([
      'routing.rules[reviews].team: no team "suport" under teams — did you mean "support"?',
      'routing.rules[reviews].when.topics[0]: unknown topic "shiping" — did you mean "shipping"?',
      'routing.rules[reviews].when.languages[0]: "ru" is not one of brand.languages (en, es)',
      'templates[t1].topics[0]: unknown topic "biling" — did you mean "billing"?',
      'templates[t1].lang: "de" is not one of brand.languages (en, es)',
    ]);
  });

  it("refuses a missing local feed file of an enabled source, and a source id used twice", () => {
    const p = problemsOf(
      `${BRAND}sources:\n  - { id: a, type: feed, url: feeds/here.xml }\n  - { id: b, type: feed, url: feeds/gone.xml }\n  - { id: c, type: feed, url: feeds/gone.xml, enabled: false }\n  - { id: a, type: feed, url: "https://example.com/feed" }\n`,
    );
    expect(p).toHaveLength(2);
    expect(p[0]).toBe('sources[a].id: source id "a" is used twice (also item 1)');
    expect(p[1]).toMatch(/^sources\[b\]\.url: no such file "feeds\/gone\.xml" \(looked for .*gone\.xml\)$/);
  });

  it("checks channel ids against the chat in use", () => {
    const yaml = `${BRAND}routing:\n  defaultChannel: "#support"\n  rules: [{ name: r, when: {}, channel: general }]\n`;
    expect(problemsOf(yaml)).toEqual([
      'routing.defaultChannel: "#support" is a channel name, not an id: use the channel\'s id (Slack C0123ABCD, Discord 17–20 digits)',
    ]);
    const slack = problemsOf(yaml.replace('"#support"', "C0SUPPORT"), {
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_APP_TOKEN: "xapp-1",
    });
    expect(slack).toEqual([
      'routing.rules[r].channel: "general" is not a Slack channel id (like C0123ABCD: channel details → bottom of the About tab)',
    ]);
    const discord = problemsOf(`${BRAND}routing: { defaultChannel: C0SUPPORT }\n`, { DISCORD_TOKEN: "d" });
    expect(discord[0]).toMatch(/^routing\.defaultChannel: "C0SUPPORT" is not a Discord channel id/);
  });

  it("names the offending value and the nearest valid value or key, never a secret", () => {
    const p = problemsOf(
      `${BRAND}analysis: { sentimentModel: lerned }\nsources:\n  - { id: app-store, type: appstore, appId: abc, contry: es }\n  - { id: tp, type: trustpilot, businessUnitId: x, apiKey: 12 }\n`,
    );
    expect(p).toEqual([
      'sources[app-store].appId: must be the numeric App Store id (got "abc")',
      'sources[app-store].contry: unknown key "contry" — did you mean "country"?',
      "sources[tp].apiKey: Invalid input: expected string, received number",
      'analysis.sentimentModel: "lerned" is not one of learned, rules — did you mean "learned"?',
    ]);
  });

  it("names a wrong type or a number where a choice was expected, without crashing", () => {
    expect(problemsOf(`${BRAND}sources:\n  - { id: x, type: 5, url: a }\n`)).toEqual([
      "sources[x].type: 5 is not one of feed, mastodon, reddit, hackernews, bluesky, appstore, google-reviews, trustpilot",
    ]);
  });
});

describe("nearest", () => {
  it("finds a typo's intended value and nothing for an unrelated word", () => {
    expect(nearest("Madird", ["Madrid", "Lisbon"])).toBe("Madrid");
    expect(nearest("reddit", ["reddit"])).toBeNull();
    expect(nearest("telegram", ["feed", "reddit", "mastodon"])).toBeNull();
  });
});
