import { describe, expect, it } from "vitest";
import { BotSession, cleanEnv, runCli, tempDir } from "../helpers/cli.js";

const VERSION = /^orm-bot \d+\.\d+\.\d+\n$/;

describe("orm-bot as an SRE meets it", () => {
  it("prints its version with --version and -v, on stdout, exit 0", async () => {
    for (const flag of ["--version", "-v"]) {
      const r = await runCli([flag]);
      expect(r.code, flag).toBe(0);
      expect(r.stdout).toMatch(VERSION);
      expect(r.stderr).toBe("");
    }
  });

  it("start with stdin at /dev/null, no chat and no PORT: one line, exit 1, before doing anything", async () => {
    const { code, stdout, stderr } = await runCli(["start"], {
      env: cleanEnv({ ORM_DATA_DIR: tempDir() }),
      nullStdin: true,
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^orm-bot: standard input closed and nothing else to serve/),
    ]);
  });

  it("start whose piped input ends with nothing else to serve stops with exit 1", async () => {
    const r = await runCli(["start"], { env: cleanEnv({ ORM_DATA_DIR: tempDir() }), input: "/orm help\n" });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\/orm claim CASE/); // the typed command ran first
    expect(r.stderr).toMatch(/orm-bot: standard input closed and nothing else to serve/);
  });

  it("keeps serving HTTP after its input ends, and logs pid, host and version on every JSON line", async () => {
    const bot = new BotSession(["start"], {
      env: cleanEnv({ ORM_DATA_DIR: tempDir(), PORT: "0", LOG_LEVEL: "info" }),
    });
    bot.child.stdin.end();
    const deadline = Date.now() + 20_000;
    while (!/"msg":"http listening"/.test(bot.stderr) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const line = bot.stderr.split("\n").find((l) => l.includes('"http listening"'))!;
    const rec = JSON.parse(line) as Record<string, unknown>;
    expect(rec.pid).toBe(bot.child.pid);
    expect(typeof rec.host).toBe("string");
    expect(rec.version).toMatch(/^\d+\.\d+\.\d+$/);
    // The demo config restricts nothing: said once at start.
    expect(bot.stderr.match(/"msg":"permissions are open: everyone may claim/g)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(bot.child.exitCode).toBeNull(); // input ended, HTTP still served
    expect(await bot.stop()).toBe(0);
  });
});
