import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { formatIssues } from "../config/load.js";
import { UserError } from "../core/errors.js";
import { type CommandDefinition, CommandDefinitionSchema } from "./command.js";

/**
 * Loads every command file in `dir` (one subcommand each) and checks it against the schema.
 * A bad file stops start-up with its path and the problem; nothing is skipped silently.
 */
export async function loadCommands(dir: string): Promise<Map<string, CommandDefinition>> {
  const files = readdirSync(dir)
    .filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith(".d.ts") && !f.endsWith(".map"))
    .sort();
  const out = new Map<string, CommandDefinition>();
  const actionOwners = new Map<string, string>();
  for (const file of files) {
    const path = join(dir, file);
    const mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
    const parsed = CommandDefinitionSchema.safeParse(mod.default);
    if (!parsed.success) {
      throw new UserError(
        "bad_command",
        `${path}: invalid command\n${formatIssues(parsed.error.issues).join("\n")}`,
      );
    }
    const def = mod.default as CommandDefinition;
    if (out.has(def.name))
      throw new UserError("bad_command", `${path}: command "${def.name}" is defined twice`);
    for (const id of [...Object.keys(def.actions ?? {}), ...Object.keys(def.modals ?? {})]) {
      const other = actionOwners.get(id);
      if (other) throw new UserError("bad_command", `${path}: action ${id} is already handled by ${other}`);
      actionOwners.set(id, path);
    }
    out.set(def.name, def);
  }
  return out;
}
