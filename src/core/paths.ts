import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

/** The folder holding package.json, playbooks/, samples/ (works from src/ and from dist/). */
export const PACKAGE_ROOT = findPackageRoot();

/** The compiled (or, under vitest, source) folder of `commands/`. */
export const COMMANDS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "commands");
