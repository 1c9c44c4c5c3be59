import { type ActionContext, defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import { UserError } from "../src/core/errors.js";
import { parseActionValue } from "../src/crisis/args.js";
import { actOn, runCrisisCommand } from "../src/crisis/command-handlers.js";
import { requireCrisis } from "../src/crisis/index.js";

const need = (v: string | undefined, what: string): string => {
  if (!v) throw new UserError("bad_value", `That button lost its ${what}; use /orm crisis status.`);
  return v;
};

/** A step button (Done / Skip / Need help): its value is `crisisId:stepId`. */
function stepButton(type: "step-done" | "step-skip" | "step-help", reply: string) {
  return {
    async run({ services, req }: ActionContext) {
      const { id, parts } = parseActionValue(req.value);
      const stepId = need(parts[0], "step");
      await actOn(requireCrisis(services), req.respond, id, { type, actor: req.user.id, stepId }, reply);
    },
  };
}

export default defineCommand({
  name: "crisis",
  summary: "Crisis mode: start a crisis from a playbook, see its status, close it with a review",
  usage: "start [PLAYBOOK] [REASON] | status | close | list | review ID why|change TEXT",
  run: runCrisisCommand,
  actions: {
    orm_crisis_declare: {
      permission: "escalate",
      async run({ services, req }) {
        const { id } = parseActionValue(req.value);
        await actOn(
          requireCrisis(services),
          req.respond,
          id,
          { type: "declare", actor: req.user.id },
          `Crisis #${id} declared.`,
        );
      },
    },
    orm_crisis_dismiss: {
      permission: "escalate",
      async run({ services, req }) {
        const { id } = parseActionValue(req.value);
        await actOn(
          requireCrisis(services),
          req.respond,
          id,
          { type: "dismiss", actor: req.user.id },
          `Proposal #${id} dismissed.`,
        );
      },
    },
    orm_step_done: stepButton("step-done", "Thanks, noted."),
    orm_step_skip: stepButton("step-skip", "Skipped."),
    orm_step_help: stepButton("step-help", "Help is on its way."),
    orm_step_reassign: {
      async run({ services, req }) {
        const { id, parts } = parseActionValue(req.value);
        const stepId = need(parts[0], "step");
        const userId = parts[1];
        if (!userId) {
          await req.respond.whisper(textMessage(`Type /orm crisis reassign ${id} ${stepId} @someone`));
          return;
        }
        await actOn(
          requireCrisis(services),
          req.respond,
          id,
          { type: "reassign", actor: req.user.id, stepId, userId },
          "Reassigned.",
        );
      },
    },
    orm_decision: {
      async run({ services, req }) {
        const { id, parts } = parseActionValue(req.value);
        const [stepId, choice] = [need(parts[0], "step"), need(parts[1], "choice")];
        await actOn(
          requireCrisis(services),
          req.respond,
          id,
          { type: "decide", actor: req.user.id, stepId, choice },
          "Decision noted.",
        );
      },
    },
    orm_page_ack: {
      async run({ services, req }) {
        const { id, parts } = parseActionValue(req.value);
        const pageId = need(parts[0], "page");
        await actOn(
          requireCrisis(services),
          req.respond,
          id,
          { type: "page-ack", actor: req.user.id, pageId },
          "Acknowledged: thank you.",
        );
      },
    },
  },
});
