import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseYamlFile } from "../config/load.js";
import { UserError } from "../core/errors.js";
import { type Playbook, PlaybookSchema } from "./playbook.js";

/** Parses and validates one playbook file's text; throws a UserError naming `path` and every problem. */
export function parsePlaybook(text: string, path: string): Playbook {
  return parseYamlFile(text, path, {
    schema: PlaybookSchema,
    code: "bad_playbook",
    what: "playbook",
    idField: "id",
  });
}

/**
 * Loads every `*.yaml`/`*.yml` playbook in `dir`, by id. A bad file throws a UserError naming its path
 * and the problem (start-up and `orm-bot check-config` stop on it); nothing is skipped silently.
 */
export async function loadPlaybooks(dir: string): Promise<Map<string, Playbook>> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    throw new UserError("bad_playbook", `${dir}: cannot read the playbooks folder (${code})`);
  }
  const out = new Map<string, Playbook>();
  for (const file of files) {
    const path = join(dir, file);
    const playbook = parsePlaybook(await readFile(path, "utf8"), path);
    out.set(playbook.id, playbook);
  }
  return out;
}
