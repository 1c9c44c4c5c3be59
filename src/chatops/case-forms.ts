import { randomBytes } from "node:crypto";
import { maxAnswerChars, missingTemplateNote } from "../cases/answers.js";
import { isOpen } from "../cases/flows.js";
import { OUTCOMES } from "../core/case.js";
import { FieldError, UserError } from "../core/errors.js";
import type { ModalForm } from "../ports/chat.js";
import { parseCaseId, parseOutcome } from "./args.js";
import { caseFor } from "./case-access.js";
import { checkTyped, filledTemplate, recordAnswer, templateOfferFor } from "./case-answers.js";
import type { ActionContext, ActionDefinition, ModalContext, ModalDefinition } from "./command.js";
import { textMessage } from "./dispatcher.js";
import type { Permission } from "./permissions.js";

/** The longest note kept with a resolution or an assignment. */
const NOTE_MAX_CHARS = 1000;

/** A form's context: the case and a one-time id, so submitting the same form twice applies once. */
function formContext(caseId: number): string {
  return `${caseId}:${randomBytes(6).toString("hex")}`;
}

/**
 * The case a submitted form is about: refused when it no longer exists, and shown on `field` when it
 * was closed while the form was open.
 */
async function caseOfForm(ctx: ModalContext, field: string, rights: Rights): Promise<number> {
  const id = parseCaseId(ctx.req.context.split(":")[0], "CASE");
  const c = await caseFor(ctx.services, ctx.req.user, id, rights.perm, rights.what);
  if (!isOpen(c)) throw new FieldError(field, `Case #${id} was ${c.status} meanwhile; nothing was changed.`);
  return id;
}

/** The optional note field of a form, checked like any typed text. */
function noteOf(ctx: ModalContext): string {
  return fieldText(ctx, "note", "note", true);
}

/** The optional note field, as a form shows it. */
function noteField(label: string) {
  return {
    kind: "text",
    id: "note",
    label,
    multiline: true,
    maxChars: NOTE_MAX_CHARS,
    optional: true,
  } as const;
}

/** Typed text checked as a field: a problem goes back to that field of the open form. */
function fieldText(ctx: ModalContext, field: string, what: string, optional: boolean): string {
  const raw = ctx.req.values[field] ?? "";
  if (optional && !raw.trim()) return "";
  try {
    return checkTyped(ctx.services, raw, what);
  } catch (err) {
    if (err instanceof UserError) throw new FieldError(field, err.message);
    throw err;
  }
}

/** Who may use a form: as for the command it stands for (a team's case to its members, else `perm`). */
interface Rights {
  perm: Permission;
  what: string;
}

/** Reads the case a button stands for, refusing one the person may not act on, closed or gone. */
async function openCase(ctx: ActionContext, rights: Rights) {
  const id = parseCaseId(ctx.req.value.split(":")[0], "CASE");
  const c = await caseFor(ctx.services, ctx.req.user, id, rights.perm, rights.what);
  if (!isOpen(c)) throw new UserError("case_closed", `Case #${c.id} is already ${c.status}.`);
  return c;
}

/** A button that opens a form; in a chat without forms it says what to type instead. */
function opener(
  rights: Rights,
  typed: (id: number) => string,
  form: (ctx: ActionContext, id: number) => Promise<ModalForm>,
): ActionDefinition {
  return {
    opensModal: true,
    async run(ctx) {
      const c = await openCase(ctx, rights);
      const open = ctx.req.respond.openModal;
      if (!open) {
        await ctx.req.respond.whisper(textMessage(`Type ${typed(c.id)}`));
        return;
      }
      await open.call(ctx.req.respond, await form(ctx, c.id));
    },
  };
}

const REPLY: Rights = { perm: "claim", what: "answer" };
const RESOLVE: Rights = { perm: "resolve", what: "resolve" };
const ASSIGN: Rights = { perm: "assign", what: "assign" };

/** Reply…: a form with the answer, pre-filled with the best template in the mention's language. */
export const replyForm: { open: ActionDefinition; submit: ModalDefinition } = {
  open: opener(
    REPLY,
    (id) => `/orm reply ${id} YOUR ANSWER`,
    async ({ services }, id) => {
      const c = await services.cases.get(id);
      const offer = await templateOfferFor(services, c);
      const best = offer.templates[0];
      const missing = missingTemplateNote(offer);
      const intro = best
        ? `Pre-filled with the template "${best.title}" (${best.lang}); edit it into your own words.${missing ? ` ${missing}` : ""}`
        : "Write the answer in your own words.";
      return {
        callbackId: "orm_reply_submit",
        context: formContext(id),
        title: `Reply to case #${id}`,
        submitLabel: "Record answer",
        intro: [intro],
        fields: [
          {
            kind: "text",
            id: "answer",
            label: "Answer to the author",
            multiline: true,
            maxChars: maxAnswerChars(services.chat?.capabilities ?? null),
            ...(best ? { initial: await filledTemplate(services, c, best) } : {}),
          },
        ],
      };
    },
  ),
  submit: {
    async check(ctx) {
      const id = await caseOfForm(ctx, "answer", REPLY);
      const text = fieldText(ctx, "answer", "answer", false);
      return async () => ctx.req.respond.whisper(await recordAnswer(ctx.services, ctx.req.user, id, text));
    },
  },
};

/** Resolve…: a form with the outcome and a note. */
export const resolveForm: { open: ActionDefinition; submit: ModalDefinition } = {
  open: opener(
    RESOLVE,
    (id) => `/orm resolve ${id} [OUTCOME]  (${OUTCOMES.join(", ")})`,
    async (_ctx, id) => ({
      callbackId: "orm_resolve_submit",
      context: formContext(id),
      title: `Resolve case #${id}`,
      submitLabel: "Resolve",
      fields: [
        {
          kind: "select",
          id: "outcome",
          label: "Outcome",
          options: OUTCOMES.map((o) => ({ label: o.replace("_", " "), value: o })),
          initial: "answered",
        },
        noteField("Note (optional)"),
      ],
    }),
  ),
  submit: {
    async check(ctx) {
      const id = await caseOfForm(ctx, "outcome", RESOLVE);
      let outcome: ReturnType<typeof parseOutcome>;
      try {
        outcome = parseOutcome(ctx.req.values.outcome || undefined);
      } catch (err) {
        throw new FieldError("outcome", (err as Error).message);
      }
      const note = noteOf(ctx);
      return async () => {
        const { user } = ctx.req;
        const c = await ctx.services.cases.act(id, {
          kind: "resolve",
          actor: user.id,
          outcome,
          ...(note ? { note: `${outcome} — ${note}` } : {}),
        });
        await ctx.req.respond.whisper(textMessage(`Case #${c.id} resolved (${outcome}).`));
      };
    },
  },
};

/** Assign…: a form with the person and a note for them. */
export const assignForm: { open: ActionDefinition; submit: ModalDefinition } = {
  open: opener(
    ASSIGN,
    (id) => `/orm assign ${id} @user`,
    async (_ctx, id) => ({
      callbackId: "orm_assign_submit",
      context: formContext(id),
      title: `Assign case #${id}`,
      submitLabel: "Assign",
      fields: [{ kind: "user", id: "owner", label: "Assign to" }, noteField("Note for them (optional)")],
    }),
  ),
  submit: {
    async check(ctx) {
      const id = await caseOfForm(ctx, "owner", ASSIGN);
      const owner = ctx.req.values.owner ?? "";
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(owner))
        throw new FieldError("owner", "Pick the person to assign it to.");
      const note = noteOf(ctx);
      return async () => {
        const c = await ctx.services.cases.act(id, {
          kind: "assign",
          actor: ctx.req.user.id,
          owner,
          ...(note ? { note } : {}),
        });
        await ctx.req.respond.whisper({
          fallback: `Case #${c.id} assigned`,
          blocks: [{ type: "section", text: [`Case #${c.id} assigned to `, { user: owner }, "."] }],
        });
      };
    },
  },
};
