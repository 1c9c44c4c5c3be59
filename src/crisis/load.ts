import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { formatIssues } from "../config/load.js";
import { UserError } from "../core/errors.js";
import { type Playbook, PlaybookSchema } from "./playbook.js";

/** Parses and validates one playbook file's text; throws a UserError naming `path` and every problem. */
export function parsePlaybook(text: string, path: string): Playbook {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map(
      (e) => `line ${lineCounter.linePos(e.pos[0]).line}: ${e.message.split("\n")[0] ?? e.message}`,
    );
    throw new UserError("bad_playbook", `${path}: not valid YAML\n${lines.join("\n")}`);
  }
  const parsed = PlaybookSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    throw new UserError(
      "bad_playbook",
      `${path}: invalid playbook\n${formatIssues(parsed.error.issues).join("\n")}`,
    );
  }
  const expected = basename(path).replace(/\.ya?ml$/, "");
  if (parsed.data.id !== expected)
    throw new UserError("bad_playbook", `${path}: id: must match the file name ("${expected}")`);
  return parsed.data;
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
