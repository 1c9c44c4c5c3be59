import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A private redis-server for one test file: its own free port and temp dir, never the machine's 6379. */
export interface RedisServer {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** Stops the server gracefully (SIGTERM: AOF is flushed); `start()` brings it back on the same port and dir. */
  stop(): Promise<void>;
  /** Starts it again after `stop()`/`kill()`, resolving once it answers PING. */
  start(): Promise<void>;
  /** SIGKILL: no flush, the harshest crash. */
  kill(): Promise<void>;
  /** Stops it and removes its dir. */
  dispose(): Promise<void>;
}

export interface RedisServerOptions {
  /** AOF with `appendfsync everysec` (the production setting), so data survives a restart. */
  aof?: boolean;
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: "127.0.0.1", port });
    let buf = "";
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(500, () => done(false));
    sock.once("error", () => done(false));
    sock.on("data", (d) => {
      buf += d.toString();
      if (buf.includes("\r\n")) done(buf.startsWith("+PONG"));
    });
    sock.once("connect", () => sock.write("PING\r\n"));
  });
}

const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const p of live) p.kill("SIGKILL");
});

/** Starts a redis-server on a free port with a fresh temp dir; call `dispose()` in afterAll. */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), "orm-redis-"));
  const port = await freePort();
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""];
  args.push("--maxmemory-policy", "noeviction", "--protected-mode", "no");
  if (options.aof) args.push("--appendonly", "yes", "--appendfsync", "everysec");
  else args.push("--appendonly", "no");
  let proc: ChildProcess | null = null;
  let stderr = "";

  const waitExit = (p: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (p.exitCode !== null || p.signalCode !== null) resolve();
      else p.once("exit", () => resolve());
    });

  const start = async () => {
    if (proc) return;
    const p = spawn("redis-server", args, { stdio: ["ignore", "ignore", "pipe"] });
    p.stderr?.on("data", (d) => {
      stderr += d.toString();
    });
    live.add(p);
    p.once("exit", () => live.delete(p));
    proc = p;
    for (let i = 0; i < 200; i++) {
      if (p.exitCode !== null) throw new Error(`redis-server exited (${p.exitCode}): ${stderr}`);
      if (await ping(port)) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`redis-server on port ${port} did not answer PING`);
  };

  const halt = async (signal: NodeJS.Signals) => {
    const p = proc;
    if (!p) return;
    proc = null;
    p.kill(signal);
    await waitExit(p);
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    start,
    stop: () => halt("SIGTERM"),
    kill: () => halt("SIGKILL"),
    dispose: async () => {
      await halt("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
