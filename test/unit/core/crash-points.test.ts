import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config/load.js";
import { parseCrashAt } from "../../../src/core/crash-points.js";
import { tempDir } from "../../helpers/cli.js";

describe("the ORM_CRASH_AT test hook", () => {
  it("takes a known point and a positive count, and nothing else", () => {
    expect(parseCrashAt("case-opened:3")).toEqual({ point: "case-opened", n: 3 });
    expect(parseCrashAt("after-post:1")).toEqual({ point: "after-post", n: 1 });
    for (const bad of [
      "case-opened",
      "case-opened:0",
      "case-opened:-1",
      "case-opened:1.5",
      "nowhere:1",
      ":1",
      "",
    ])
      expect(parseCrashAt(bad), bad).toBeNull();
  });

  it("is off unless set, and a bad value is refused with one line naming the points", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "orm.config.yaml"), "brand:\n  name: Acme\n");
    expect(loadConfig({ env: {}, cwd: dir }).runtime.crashAt).toBeUndefined();
    expect(loadConfig({ env: { ORM_CRASH_AT: "before-post:2" }, cwd: dir }).runtime.crashAt).toBe(
      "before-post:2",
    );
    expect(loadConfig({ env: {}, cwd: dir }).runtime.shutdownGraceMs).toBe(10_000);
    expect(loadConfig({ env: { ORM_SHUTDOWN_GRACE_MS: "2500" }, cwd: dir }).runtime.shutdownGraceMs).toBe(
      2500,
    );
    try {
      loadConfig({ env: { ORM_CRASH_AT: "somewhere" }, cwd: dir });
      expect.unreachable("a bad ORM_CRASH_AT was taken");
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        /^env\.crashAt: must be <point>:<n>, a point of mentions-stored, .*after-post$/,
      );
    }
  });
});
