import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = resolve(import.meta.dirname, "../..");
const read = (f: string) => readFileSync(resolve(ROOT, f), "utf8");

interface Service {
  command?: string[];
  ports?: string[];
  environment?: Record<string, string>;
  volumes?: Array<{ type: string; source: string; target: string; bind?: { create_host_path?: boolean } }>;
}

describe("the Docker image and compose file", () => {
  it("builds and runs on Node 24, the current LTS", () => {
    const froms = read("Dockerfile")
      .split("\n")
      .filter((l) => l.startsWith("FROM "));
    expect(froms.length).toBeGreaterThan(0);
    for (const f of froms) expect(f).toMatch(/^FROM node:24-/);
  });

  it("gives Redis a memory cap with noeviction, so a full Redis refuses writes as the README says", () => {
    const redis = (parse(read("docker-compose.yml")) as { services: Record<string, Service> }).services
      .redis!;
    const cmd = redis.command!.join(" ");
    expect(cmd).toMatch(/--maxmemory \$\{REDIS_MAXMEMORY:-\d+mb\}/);
    expect(cmd).toMatch(/--maxmemory-policy noeviction/);
  });

  it("publishes the bot on 127.0.0.1 unless the operator opens it, and requires a mounted config", () => {
    const bot = (parse(read("docker-compose.yml")) as { services: Record<string, Service> }).services.bot!;
    expect(bot.ports).toHaveLength(1);
    expect(bot.ports?.[0]).toMatch(/^\$\{ORM_BIND:-127\.0\.0\.1\}:3000:3000$/);
    expect(bot.environment?.ORM_CONFIG).toBe("/app/orm.config.yaml");
    const mount = bot.volumes?.find((v) => v.target === "/app/orm.config.yaml");
    expect(mount?.source).toBe("./orm.config.yaml");
    expect(mount?.bind?.create_host_path).toBe(false);
  });
});
