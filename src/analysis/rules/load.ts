import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { formatIssues } from "../../config/load.js";
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map(
      (e) => `line ${lineCounter.linePos(e.pos[0]).line}: ${e.message.split("\n")[0] ?? e.message}`,
    );
    throw new UserError("bad_rules", `${path}: not valid YAML\n${lines.join("\n")}`);
  }
  const parsed = RulesFileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success)
    throw new UserError(
      "bad_rules",
      `${path}: invalid rules\n${formatIssues(parsed.error.issues).join("\n")}`,
    );
  const file: RulesFile = parsed.data;
  const expected = basename(path).replace(/\.ya?ml$/, "");
  if (file.language !== expected)
    throw new UserError("bad_rules", `${path}: language: must match the file name ("${expected}")`);
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
