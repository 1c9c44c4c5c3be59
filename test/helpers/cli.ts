import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The real `orm-bot` binary (dist is built by the global setup). */
export const BIN = resolve(import.meta.dirname, "../../bin/orm-bot.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh temp folder (as a working directory or data dir). */
export function tempDir(prefix = "orm-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** An environment with none of the bot's variables from the outer shell. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(ORM_|SLACK_|DISCORD_|REDIS_URL|PORT$|INGEST_TOKEN|LOG_LEVEL)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, LOG_LEVEL: "warn", ...extra };
}

/** Runs `orm-bot ARGS` to completion with `input` on stdin (or stdin at /dev/null with `nullStdin`). */
export function runCli(
  args: string[],
  options: {
    input?: string;
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    timeoutMs?: number;
    nullStdin?: boolean;
  } = {},
): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? tempDir(),
      env: options.env ?? cleanEnv(),
      stdio: [options.nullStdin ? "ignore" : "pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d) => {
      stdout += d;
    });
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`orm-bot ${args.join(" ")} timed out\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin?.end(options.input ?? "");
  });
}

/** A running bot in the terminal chat that a test types into and reads from. */
export class BotSession {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = "";
  stderr = "";
  private waiters: Array<() => void> = [];

  constructor(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
    this.child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? tempDir(),
      env: options.env ?? cleanEnv(),
    });
    const wake = () => {
      for (const w of this.waiters.splice(0)) w();
    };
    this.child.stdout.on("data", (d) => {
      this.stdout += d;
      wake();
    });
    this.child.stderr.on("data", (d) => {
      this.stderr += d;
      wake();
    });
  }

  /** Types one line. */
  type(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** Waits until stdout (from `from` on) matches, or fails after `timeoutMs`. */
  async waitFor(pattern: RegExp, from = 0, timeoutMs = 20_000): Promise<RegExpMatchArray> {
    return this.waitIn("stdout", pattern, from, timeoutMs);
  }

  /** Waits until stderr (the log) matches, or fails after `timeoutMs`. */
  async waitForLog(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
    return this.waitIn("stderr", pattern, 0, timeoutMs);
  }

  private async waitIn(
    stream: "stdout" | "stderr",
    pattern: RegExp,
    from: number,
    timeoutMs: number,
  ): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = this[stream].slice(from).match(pattern);
      if (m) return m;
      if (Date.now() > deadline || this.child.exitCode !== null)
        throw new Error(
          `no match for ${pattern}\nstdout: ${this.stdout.slice(from)}\nstderr: ${this.stderr}`,
        );
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }

  /** Sends SIGTERM and waits for the exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const done = new Promise<number | null>((r) => this.child.once("close", (code) => r(code)));
    this.child.kill("SIGTERM");
    return done;
  }
}
