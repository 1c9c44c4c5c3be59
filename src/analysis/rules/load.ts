import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseYamlFile } from "../../config/load.js";
import { UserError } from "../../core/errors.js";
import { PACKAGE_ROOT } from "../../core/paths.js";
import type { PhrasePattern } from "../sentiment/phrase.js";
import { compileRules, type LanguageRules } from "./compile.js";
import { type RulesFile, RulesFileSchema } from "./schema.js";

export type { InsultLists, LanguageRules, TopicKeywords } from "./compile.js";
export type { PhrasePattern };

/** Where the shipped rule files live: data/rules/<lang>.yaml in the package. */
export const RULES_DIR = join(PACKAGE_ROOT, "data", "rules");

/** Parses, validates and compiles one rules file's text; throws a UserError naming `path` and the entry. */
export function parseRules(text: string, path: string): LanguageRules {
  const file: RulesFile = parseYamlFile(text, path, {
    schema: RulesFileSchema,
    code: "bad_rules",
    what: "rules",
    idField: "language",
  });
  try {
    return compileRules(file);
  } catch (err) {
    throw new UserError("bad_rules", `${path}: ${(err as Error).message}`);
  }
}

/**
 * Reads every `<lang>.yaml` in `dir`, by language. A missing folder or a bad file throws a UserError
 * naming the path and the entry: start-up and `orm-bot check-config` stop on it.
 */
export function loadRulesDir(dir: string): Map<string, LanguageRules> {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    throw new UserError("bad_rules", `${dir}: cannot read the analysis rules folder (${code})`);
  }
  const out = new Map<string, LanguageRules>();
  for (const f of files) {
    const path = join(dir, f);
    const rules = parseRules(readFileSync(path, "utf8"), path);
    out.set(rules.lang, rules);
  }
  return out;
}

let shipped: Map<string, LanguageRules> | null = null;

/** The shipped rules (data/rules), read and validated once, on first use: when the analyser is built at start. */
export function shippedRules(): Map<string, LanguageRules> {
  shipped ??= loadRulesDir(RULES_DIR);
  return shipped;
}

/** One language's shipped rules, or undefined when it has no file. */
export function rulesFor(lang: string): LanguageRules | undefined {
  return shippedRules().get(lang);
}
