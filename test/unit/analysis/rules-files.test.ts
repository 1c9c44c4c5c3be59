import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRulesDir, parseRules, RULES_DIR, shippedRules } from "../../../src/analysis/rules/load.js";
import { checkRepetition } from "../../../src/analysis/rules/repetition.js";
import { UserError } from "../../../src/core/errors.js";

// The rule files (data/rules/<lang>.yaml) are data a linguist edits: a bad entry must stop start-up
// with the file and the entry named, never load half a file or crash with a stack trace.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the shipped rules folder, with one file's text changed by `edit`. */
function editedCopy(lang: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "orm-rules-"));
  dirs.push(dir);
  cpSync(RULES_DIR, dir, { recursive: true });
  const path = join(dir, `${lang}.yaml`);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  return dir;
}

/** The UserError message `loadRulesDir` throws for `dir`. */
function failure(dir: string): string {
  try {
    loadRulesDir(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error("expected the rules to be refused");
}

const MINIMAL = (body: string) => `language: en\n${body}`;

describe("the shipped rule files", () => {
  it("load for every language, with patterns, topics and insult lists where the code had them", () => {
    const rules = shippedRules();
    expect([...rules.keys()].sort()).toEqual(["de", "en", "es", "fr", "it", "pt", "ru"]);
    for (const lang of ["en", "es", "ru"]) {
      const r = rules.get(lang)!;
      expect(r.complaints.length, lang).toBeGreaterThan(20);
      expect(r.sarcasm, lang).toBeInstanceOf(RegExp);
      expect(r.insults?.starred.length, lang).toBeGreaterThan(5);
    }
    for (const r of rules.values()) {
      expect(
        r.topics.map((t) => t.topic),
        r.lang,
      ).toContain("shipping");
      expect(r.insults?.alone.length, r.lang).toBeGreaterThan(10);
    }
  });

  it("expands fragments: the Russian {NUM} reaches the compiled pattern", () => {
    const ru = shippedRules().get("ru")!;
    expect(ru.complaints.some((p) => p.re.source.includes("полтор[аы]"))).toBe(true);
    expect(ru.complaints.every((p) => !/\{[A-Z]+\}/.test(p.re.source))).toBe(true);
  });

  it("are listed in the package files, so an installed bot finds them", () => {
    const pkg = JSON.parse(readFileSync(join(RULES_DIR, "..", "..", "package.json"), "utf8"));
    expect(pkg.files).toContain("data/rules");
  });
});

describe("a bad rule file names the file and the entry", () => {
  it("a regex that does not compile", () => {
    const dir = editedCopy("ru", (t) =>
      t.replace("match: ' пришл\\S* только '", "match: ' пришл(\\S* только '"),
    );
    const message = failure(dir);
    expect(message).toContain(join(dir, "ru.yaml"));
    expect(message).toMatch(
      /sentiment\.complaints\.waiting\.11 \(' пришл\(\\S\* только '\): not a valid regular expression/,
    );
  });

  it("an unknown fragment", () => {
    const message = failure(editedCopy("es", (t) => t.replace("{NUM}", "{NUMBER}")));
    expect(message).toMatch(/es\.yaml: sentiment\.complaints\.waiting\.\d+ .*unknown fragment \{NUMBER\}/);
  });

  it("a nested unbounded repetition (exponential on hostile text)", () => {
    const message = failure(
      editedCopy("en", (t) => t.replace("match: ' no complaints '", "match: ' no (?:\\S+ )+complaints '")),
    );
    expect(message).toMatch(/en\.yaml: sentiment\.complaints\.phrasings\.\d+ .*nested unbounded repetition/);
  });

  it("an insult phrase that does not compile", () => {
    const message = failure(
      editedCopy("de", (t) => t.replace("    - ' (?:fickt euch", "    - ' (?:fickt [euch")),
    );
    expect(message).toMatch(/de\.yaml: insults\.phrases\.0 .*not a valid regular expression/);
  });

  it("a weight that is not a number, with its path", () => {
    const message = failure(editedCopy("en", (t) => t.replace("weight: -2,", "weight: lots,")));
    expect(message).toMatch(/en\.yaml: invalid rules\nsentiment\.complaints\.phrasings\.\d+\.weight: /);
  });

  it("a topic outside the taxonomy and an unknown key", () => {
    const message = failure(
      editedCopy("fr", (t) =>
        t.replace("topics:\n  shipping:", "topics:\n  shiping:").replace("insults:", "insult:"),
      ),
    );
    expect(message).toContain("fr.yaml: invalid rules");
    expect(message).toContain(`topics: unknown key(s) "shiping"`);
    expect(message).toMatch(/\(root\): unknown key\(s\) "insult"/);
  });

  it("broken YAML, with its line", () => {
    expect(() => parseRules(MINIMAL("topics:\n  shipping: {words: [unclosed\n"), "/x/en.yaml")).toThrow(
      /\/x\/en\.yaml: not valid YAML\nline \d+: /,
    );
  });

  it("a language that does not match the file name", () => {
    expect(() => parseRules("language: es\n", "/x/en.yaml")).toThrow(
      '/x/en.yaml: language: must match the file name ("en")',
    );
  });

  it("a missing folder", () => {
    expect(() => loadRulesDir("/nonexistent/rules")).toThrow(
      "/nonexistent/rules: cannot read the analysis rules folder (ENOENT)",
    );
  });

  it("refuses patterns that cannot be grouped by weight (Russian: each starts with a space)", () => {
    const message = failure(
      editedCopy("ru", (t) => t.replace("match: ' пришл\\S* только '", "match: 'пришл\\S* только '")),
    );
    expect(message).toMatch(/sentiment\.complaints\.waiting\.11 .*must start with a space/);
  });
});

describe("checkRepetition", () => {
  it.each([
    ["(\\S+ )+x", true],
    ["(?:a+b)*", true],
    ["(?:x*){2,}", true],
    ["((?:ab)+c)+", true],
    ["(?:\\S+ ){0,3}x", false],
    ["(?: a| an| such)* idiot", false],
    ["[(]+(x)", false],
    ["\\(+x\\)+", false],
    ["(?:\\d+){1,3}", false],
  ])("%s → refused: %s", (source, refused) => {
    expect(checkRepetition(source) !== null).toBe(refused);
  });
});
