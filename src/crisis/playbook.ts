import { z } from "zod";

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,40}$/, "lower-case letters, digits and dashes, starting with a letter");

/** Text in one or more languages: `{ en: "...", es: "..." }`, or a plain string for every language. */
export const LocalizedSchema = z.union(
  [
    z.string().min(1),
    z
      .record(z.string().regex(/^[a-z]{2}$/, "a two-letter language code"), z.string().min(1))
      .refine((r) => Object.keys(r).length > 0, "give the text in at least one language"),
  ],
  { error: "expected a text, or texts by language such as { en: ..., es: ... }" },
);
export type Localized = z.infer<typeof LocalizedSchema>;

/** When a step is due: minutes after the crisis was declared, or after the previous step ended. */
export const DeadlineSchema = z
  .object({
    minutes: z.number().positive().describe("How long the owner has"),
    from: z.enum(["start", "previous"]).default("previous"),
  })
  .strict();

const ChoiceSchema = z
  .object({
    id,
    label: LocalizedSchema,
    next: z.string().describe("Step id to go to, or `end`"),
  })
  .strict();

/** One step of a playbook. */
export const StepSchema = z
  .object({
    id,
    title: LocalizedSchema,
    instructions: LocalizedSchema,
    owner: id.describe("Role that owns the step"),
    kind: z.enum(["task", "checklist", "decision", "message"]).default("task"),
    deadline: DeadlineSchema,
    checklist: z.array(LocalizedSchema).optional().describe("kind checklist: the items to tick"),
    choices: z.array(ChoiceSchema).min(2).optional().describe("kind decision: the branches"),
    template: LocalizedSchema.optional().describe("kind message: the statement to adapt and approve"),
    next: z.string().optional().describe("Step to go to after this one (default: the next in the list)"),
    overdue: z
      .object({ page: id.describe("Role paged when the step is overdue") })
      .strict()
      .optional(),
    allowed: z
      .array(id)
      .min(1)
      .optional()
      .describe(
        "Only holders of these roles may finish, skip, decide or reassign the step (a decision with legal weight): not the crisis lead, not `escalate` holders",
      ),
  })
  .strict();
export type Step = z.infer<typeof StepSchema>;

/** A role the playbook involves, with the private briefing its holder gets when paged. */
const PlaybookRoleSchema = z
  .object({
    title: LocalizedSchema,
    briefing: LocalizedSchema,
  })
  .strict();

/** A playbook's shape without the cross-checks: what a stored crisis run's copy is read back with. */
export const PlaybookShape = z
  .object({
    id,
    title: LocalizedSchema,
    summary: LocalizedSchema,
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/))
      .min(1)
      .describe("Every text is given in these"),
    roles: z.record(id, PlaybookRoleSchema),
    lead: id
      .optional()
      .describe(
        "Role that leads the crisis: its holders may act on every step (default: the first paged role)",
      ),
    page: z.array(id).min(1).describe("Roles paged when the crisis is declared"),
    drivers: z.array(z.string()).default([]).describe("Words or topics that tie a mention to this crisis"),
    steps: z.array(StepSchema).min(1),
  })
  .strict();

/** A crisis playbook: one YAML file in `playbooks/`, cross-checked (roles, step targets, languages). */
export const PlaybookSchema = PlaybookShape.superRefine(checkPlaybook);
export type Playbook = z.infer<typeof PlaybookShape>;

type Ctx = z.core.$RefinementCtx;

function checkPlaybook(p: Playbook, ctx: Ctx): void {
  const stepIds = new Set<string>();
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  const role = (r: string, path: (string | number)[]) => {
    if (!(r in p.roles)) issue(path, `role "${r}" is not listed under roles`);
  };
  for (const [i, r] of p.page.entries()) role(r, ["page", i]);
  if (p.lead !== undefined) role(p.lead, ["lead"]);
  p.steps.forEach((s, i) => {
    if (stepIds.has(s.id)) issue(["steps", i, "id"], `step id "${s.id}" is used twice`);
    stepIds.add(s.id);
    role(s.owner, ["steps", i, "owner"]);
    if (s.overdue) role(s.overdue.page, ["steps", i, "overdue", "page"]);
    checkAllowed(s, i, p, issue);
    if (s.kind === "decision" && !s.choices) issue(["steps", i, "choices"], "a decision needs choices");
    if (s.kind !== "decision" && s.choices) issue(["steps", i, "choices"], "only a decision has choices");
    if (s.kind === "checklist" && !s.checklist?.length)
      issue(["steps", i, "checklist"], "a checklist needs items");
    if (s.kind === "message" && !s.template)
      issue(["steps", i, "template"], "a message step needs a template");
  });
  const target = (t: string | undefined, path: (string | number)[]) => {
    if (t !== undefined && t !== "end" && !stepIds.has(t)) issue(path, `no step "${t}"`);
  };
  p.steps.forEach((s, i) => {
    target(s.next, ["steps", i, "next"]);
    for (const [j, c] of (s.choices ?? []).entries()) target(c.next, ["steps", i, "choices", j, "next"]);
  });
  checkLanguages(p, issue);
}

/** A step's `allowed` roles exist, and include its owner (else nobody who owns it could finish it). */
function checkAllowed(
  s: Step,
  i: number,
  p: Playbook,
  issue: (path: (string | number)[], message: string) => void,
): void {
  if (!s.allowed) return;
  for (const [j, r] of s.allowed.entries())
    if (!(r in p.roles))
      issue(["steps", i, "allowed", j], `step "${s.id}": role "${r}" is not listed under roles`);
  if (!s.allowed.includes(s.owner))
    issue(["steps", i, "allowed"], `step "${s.id}": allowed must include the step's owner "${s.owner}"`);
}

/** The role that leads a crisis run of `p`: `lead`, else the first role paged. */
export function leadRole(p: Playbook): string {
  return p.lead ?? p.page[0]!;
}

/** Every localized text must exist in each of the playbook's languages. */
function checkLanguages(p: Playbook, issue: (path: (string | number)[], message: string) => void): void {
  const need = (t: Localized | undefined, path: (string | number)[]) => {
    if (t === undefined || typeof t === "string") return;
    const missing = p.languages.filter((l) => !(l in t));
    if (missing.length) issue(path, `missing language(s): ${missing.join(", ")}`);
  };
  need(p.title, ["title"]);
  need(p.summary, ["summary"]);
  for (const [r, def] of Object.entries(p.roles)) {
    need(def.title, ["roles", r, "title"]);
    need(def.briefing, ["roles", r, "briefing"]);
  }
  p.steps.forEach((s, i) => {
    need(s.title, ["steps", i, "title"]);
    need(s.instructions, ["steps", i, "instructions"]);
    need(s.template, ["steps", i, "template"]);
    for (const [j, c] of (s.checklist ?? []).entries()) need(c, ["steps", i, "checklist", j]);
    for (const [j, c] of (s.choices ?? []).entries()) need(c.label, ["steps", i, "choices", j, "label"]);
  });
}

/** The text in the first of `langs` it exists in, else any. */
export function localize(t: Localized, langs: readonly string[]): string {
  if (typeof t === "string") return t;
  for (const l of langs) if (t[l]) return t[l];
  return Object.values(t)[0] ?? "";
}

/** The text in each of `langs` it exists in (one line each, deduplicated), for bilingual teams. */
export function localizeAll(t: Localized, langs: readonly string[]): string[] {
  if (typeof t === "string") return [t];
  const out = langs.map((l) => t[l]).filter((s): s is string => Boolean(s));
  return out.length ? [...new Set(out)] : [localize(t, langs)];
}
