import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEMO_CONFIG_PATH, loadConfig, parseConfigText } from "../../../src/config/load.js";
import { tempDir } from "../../helpers/cli.js";

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("config loading", () => {
  it("the demo config is valid and used when nothing else is given", () => {
    const cfg = loadConfig({ env: {}, cwd: tempDir() });
    expect(cfg.configPath).toBe(DEMO_CONFIG_PATH);
    expect(cfg.brand.name).toBe("Acme Telecom");
    expect(cfg.sources.length).toBeGreaterThanOrEqual(3);
  });

  it("reports every problem with its path, unknown keys included", () => {
    const p = problems(() =>
      parseConfigText(
        "brand:\n  name: X\n  timezon: UTC\nsources:\n  - id: Bad Id\n    type: feed\nrouting:\n  floodPerMinute: -1\n",
        "f.yaml",
      ),
    );
    expect(p).toContain('brand.timezon: unknown key "timezon" — did you mean "timezone"?');
    expect(p).toContain('sources[Bad Id].id: must be lower-case letters, digits, - and _ (got "Bad Id")');
    expect(p).toContain("sources[Bad Id].url: missing (required, string)");
    expect(p.some((l) => l.startsWith("routing.floodPerMinute: "))).toBe(true);
  });

  it("names the line of a YAML syntax error", () => {
    const p = problems(() => parseConfigText("brand:\n  name: [unclosed\n", "f.yaml"));
    expect(p[0]).toMatch(/^line \d+: /);
  });

  it("takes secrets and settings from the environment, never echoing a secret in an error", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "orm.config.yaml"), "brand:\n  name: Acme\n");
    const cfg = loadConfig({
      env: { SLACK_BOT_TOKEN: "xoxb-secret", PORT: "8080", ORM_DATA_DIR: "data" },
      cwd: dir,
    });
    expect(cfg.runtime.slack.botToken).toBe("xoxb-secret");
    expect(cfg.runtime.port).toBe(8080);
    expect(cfg.runtime.dataDir).toBe(join(dir, "data"));
    const p = problems(() => loadConfig({ env: { REDIS_URL: "not a url with secret-ish" }, cwd: dir }));
    expect(p.join("\n")).toMatch(/^env\.redisUrl: /);
    expect(p.join("\n")).not.toContain("secret-ish");
  });
});

describe("the example config and secrets from the environment", () => {
  const file = resolve(import.meta.dirname, "../../../orm.config.example.yaml");

  it("orm.config.example.yaml passes as shipped, with no secret set (its disabled source needs none)", () => {
    const cfg = loadConfig({ file, env: {}, cwd: tempDir() });
    expect(cfg.sources.find((s) => s.id === "trustpilot")?.enabled).toBe(false);
    expect(cfg.routing.rules.map((r) => r.name)).toEqual(["legal-and-safety", "spanish-support", "reviews"]);
  });

  it("reads a secret from the environment, and asks for it by source id once the source is enabled", () => {
    const text = readFileSync(file, "utf8").replace("    enabled: false", "    enabled: true");
    expect(problems(() => parseConfigText(text, file, {}))).toEqual([
      "sources[trustpilot].apiKey: environment variable TRUSTPILOT_API_KEY is not set",
    ]);
    const cfg = parseConfigText(text, file, { TRUSTPILOT_API_KEY: "tp-key" });
    const trustpilot = cfg.sources.find((s) => s.id === "trustpilot");
    expect(trustpilot && "apiKey" in trustpilot ? trustpilot.apiKey : null).toBe("tp-key");
  });
});
