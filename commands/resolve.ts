import { parseCaseId, parseOutcome } from "../src/chatops/args.js";
import { caseFor } from "../src/chatops/case-access.js";
import { resolveForm } from "../src/chatops/case-forms.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import { OUTCOMES } from "../src/core/case.js";
import type { ChatUser } from "../src/ports/chat.js";

/** Resolves a case: `resolve` permission, or on a team's case membership of that team. */
async function resolve(services: Services, user: ChatUser, arg: string | undefined, outcomeArg?: string) {
  const id = parseCaseId(arg, "resolve CASE [OUTCOME]");
  const outcome = parseOutcome(outcomeArg);
  await caseFor(services, user, id, "resolve", "resolve");
  return services.cases.act(id, { kind: "resolve", actor: user.id, outcome });
}

export default defineCommand({
  name: "resolve",
  summary: `Close a case with an outcome (${OUTCOMES.join(", ")})`,
  usage: "CASE [OUTCOME]",
  examples: ["/orm resolve 419", "/orm resolve 419 fixed"],
  async run({ services, req, args }) {
    const c = await resolve(services, req.user, args[0], args[1]);
    await req.respond.whisper(textMessage(`Case #${c.id} resolved (${c.outcome}) by ${req.user.name}.`));
  },
  actions: {
    orm_resolve: {
      async run({ services, req }) {
        const [id, outcome] = req.value.split(":");
        const c = await resolve(services, req.user, id, outcome);
        await req.respond.whisper(textMessage(`Case #${c.id} resolved (${c.outcome}).`));
      },
    },
    orm_resolve_open: resolveForm.open,
  },
  modals: { orm_resolve_submit: resolveForm.submit },
});
