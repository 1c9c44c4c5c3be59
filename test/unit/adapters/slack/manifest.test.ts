import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
const MANIFEST = readFileSync(join(ROOT, "slack-manifest.yaml"), "utf8");

/** The scopes each Slack Web API method the bot calls needs (Slack's method reference, bot tokens). */
const SCOPES_OF: Record<string, string[]> = {
  "auth.test": [],
  "chat.postMessage": ["chat:write", "chat:write.public"],
  "chat.update": ["chat:write"],
  "chat.postEphemeral": ["chat:write"],
  "conversations.history": ["channels:history", "groups:history"],
  "conversations.replies": ["channels:history", "groups:history"],
  "conversations.create": ["channels:manage", "groups:write"],
  "conversations.invite": ["channels:manage", "groups:write"],
  "conversations.open": ["im:write"],
  "pins.add": ["pins:write"],
  "usergroups.list": ["usergroups:read"],
  "users.list": ["users:read"],
  // Opens a modal with a click's trigger_id; Slack's reference lists no scope for it.
  "views.open": [],
  filesUploadV2: ["files:write"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Every Web API method the Slack adapter calls on its client. */
function methodsCalled(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(join(ROOT, "src", "adapters", "slack"))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/client\.([a-z]+)\.([a-zA-Z]+)\(/g)) found.add(`${m[1]}.${m[2]}`);
    for (const m of text.matchAll(/client\.(filesUploadV2)\(/g)) found.add(m[1]!);
  }
  return [...found].sort();
}

describe("the Slack app manifest", () => {
  const manifest = parse(MANIFEST) as {
    features: { slash_commands: Array<{ command: string; should_escape: boolean }> };
    oauth_config: { scopes: { bot: string[] } };
  };
  const scopes = manifest.oauth_config.scopes.bot;

  it("escapes user mentions in /orm, so @person arrives as <@U…|name>", () => {
    expect(manifest.features.slash_commands.find((c) => c.command === "/orm")?.should_escape).toBe(true);
  });

  it("asks for exactly the scopes the code's Web API calls need, each with its reason", () => {
    const called = methodsCalled();
    expect(called).toContain("users.list");
    const needed = new Set(["commands"]);
    for (const method of called) {
      expect(SCOPES_OF, `scope table lacks ${method}`).toHaveProperty([method]);
      for (const s of SCOPES_OF[method]!) needed.add(s);
    }
    expect([...scopes].sort()).toEqual([...needed].sort());
    for (const s of scopes) expect(MANIFEST).toMatch(new RegExp(`- ${s.replace(/[.]/g, "\\.")} +# \\S`));
  });
});
