import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A private redis-server the benchmarks start for themselves (never the machine's own Redis). */
export interface LocalRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** True when a `redis-server` binary is on PATH. */
export function hasRedisServer(): boolean {
  return spawnSync("redis-server", ["--version"], { encoding: "utf8" }).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === "object" && addr ? addr.port : 0));
    });
  });
}

/** Starts redis-server on a free port with a temp dir, AOF off, `noeviction`; resolves once it accepts connections. */
export async function startLocalRedis(): Promise<LocalRedis> {
  const dir = mkdtempSync(join(tmpdir(), "orm-bench-redis-"));
  const port = await freePort();
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""];
  const proc: ChildProcess = spawn(
    "redis-server",
    [...args, "--appendonly", "no", "--maxmemory-policy", "noeviction"],
    {
      stdio: "ignore",
    },
  );
  for (let i = 0; i < 200; i++) {
    const r = spawnSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8" });
    if (r.stdout?.trim() === "PONG") break;
    await new Promise((res) => setTimeout(res, 25));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      proc.kill("SIGTERM");
      await new Promise((res) => (proc.exitCode !== null ? res(null) : proc.once("exit", res)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `redis-benchmark -t set` against `port`: SET requests per second (unpipelined, 50 clients). */
export function redisBenchmarkSetPerS(port: number, requests: number): number {
  const r = spawnSync("redis-benchmark", ["-p", String(port), "-t", "set", "-n", String(requests), "-q"], {
    encoding: "utf8",
  });
  const m = /SET:\s*([\d.]+)\s*requests per second/.exec(`${r.stdout}${r.stderr}`);
  if (!m) throw new Error(`redis-benchmark gave no SET rate: ${r.stderr || r.stdout}`);
  return Number(m[1]);
}
