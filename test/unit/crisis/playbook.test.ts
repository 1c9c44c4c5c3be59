import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UserError } from "../../../src/core/errors.js";
import { PACKAGE_ROOT } from "../../../src/core/paths.js";
import { loadPlaybooks, parsePlaybook } from "../../../src/crisis/load.js";

const SHIPPED = join(PACKAGE_ROOT, "playbooks");
const social = () => readFileSync(join(SHIPPED, "social-media-crisis.yaml"), "utf8");

describe("playbooks", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), "orm-pb-"));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("loads the three shipped playbooks, each in English and Spanish", async () => {
    const books = await loadPlaybooks(SHIPPED);
    for (const id of ["social-media-crisis", "review-bombing", "data-protection-incident"]) {
      const p = books.get(id);
      expect(p, id).toBeDefined();
      expect(p!.languages).toEqual(expect.arrayContaining(["en", "es"]));
      expect(p!.steps.length).toBeGreaterThanOrEqual(6);
    }
    const social = books.get("social-media-crisis")!;
    const author = social.steps.find((s) => s.id === "classify-author")!;
    expect(author.choices!.map((c) => c.id)).toEqual([
      "troll",
      "unhappy-customer",
      "competitor",
      "ex-employee",
    ]);
    expect(Object.keys(social.roles)).toEqual(
      expect.arrayContaining(["dircom", "ceo", "community", "legal"]),
    );
  });

  it("names the file and the problem for a step owned by an unknown role", async () => {
    const dir = tempDir();
    const path = join(dir, "social-media-crisis.yaml");
    writeFileSync(path, social().replace("owner: legal", "owner: lawyers"));
    const err = await loadPlaybooks(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain(path);
    expect((err as Error).message).toMatch(/steps\.\d+\.owner: role "lawyers" is not listed under roles/);
  });

  it("reports a missing language, a branch to nowhere and a decision without choices", () => {
    const text = social()
      .replace("es: Publicar un comunicado inicial", "fr: Publier un communiqué")
      .replace("next: legal-review", "next: call-the-lawyers")
      .replace(/ {4}choices:\n {6}- \{ id: alone[^\n]*\n[^\n]*\n/, "");
    const err = (() => {
      try {
        parsePlaybook(text, "/x/social-media-crisis.yaml");
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toContain("/x/social-media-crisis.yaml: invalid playbook");
    expect(err?.message).toMatch(/title: missing language\(s\): es/);
    expect(err?.message).toMatch(/choices\.0\.next: no step "call-the-lawyers"/);
    expect(err?.message).toMatch(/choices: a decision needs choices/);
  });

  it("names the line of broken YAML and a file whose id differs from its name", () => {
    expect(() => parsePlaybook("id: [unclosed\n", "/p/bad.yaml")).toThrow(
      /\/p\/bad\.yaml: not valid YAML\nline \d+: /,
    );
    expect(() => parsePlaybook(social(), "/p/other-name.yaml")).toThrow(
      /other-name\.yaml: id: must match the file name/,
    );
  });

  it("limits the decision to notify the authority or not to the DPO and legal in the shipped playbook", async () => {
    const dpo = (await loadPlaybooks(SHIPPED)).get("data-protection-incident")!;
    const risk = dpo.steps.find((s) => s.id === "assess-risk")!;
    expect(risk.choices!.map((c) => c.next)).toContain("notify-authority");
    expect(risk.allowed).toEqual(["dpo", "legal"]);
    expect(dpo.steps.find((s) => s.id === "notify-authority")!.allowed).toEqual(["legal", "dpo"]);
    expect(dpo.lead).toBe("dpo");
  });

  it("names the file and the step for an allowed role that does not exist or leaves out the owner", () => {
    const check = (text: string) => {
      try {
        parsePlaybook(text, "/x/social-media-crisis.yaml");
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    };
    const unknown = check(social().replace("allowed: [legal]", "allowed: [legal, lawyers]"));
    expect(unknown).toContain("/x/social-media-crisis.yaml: invalid playbook");
    expect(unknown).toMatch(
      /steps\.\d+\.allowed\.1: step "legal-review": role "lawyers" is not listed under roles/,
    );
    const noOwner = check(social().replace("allowed: [legal]", "allowed: [ceo]"));
    expect(noOwner).toMatch(
      /steps\.\d+\.allowed: step "legal-review": allowed must include the step's owner "legal"/,
    );
    expect(check(social().replace("lead: dircom", "lead: chief"))).toMatch(
      /lead: role "chief" is not listed under roles/,
    );
    expect(check(social().replace("allowed: [legal]", "allowed: []"))).toMatch(/steps\.\d+\.allowed: /);
  });

  it("refuses an unreadable folder with its path", async () => {
    await expect(loadPlaybooks("/nonexistent/playbooks")).rejects.toThrow(
      /\/nonexistent\/playbooks: cannot read/,
    );
  });
});
