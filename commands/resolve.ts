import { parseCaseId, parseOutcome } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import { OUTCOMES } from "../src/core/case.js";

export default defineCommand({
  name: "resolve",
  summary: `Close a case with an outcome (${OUTCOMES.join(", ")})`,
  usage: "CASE [OUTCOME]",
  examples: ["/orm resolve 419", "/orm resolve 419 fixed"],
  permission: "resolve",
  async run({ services, req, args }) {
    const id = parseCaseId(args[0], "resolve CASE [OUTCOME]");
    const outcome = parseOutcome(args[1]);
    const c = await services.cases.act(id, { kind: "resolve", actor: req.user.id, outcome });
    await req.respond.reply(textMessage(`Case #${c.id} resolved (${outcome}) by ${req.user.name}.`));
  },
  actions: {
    orm_resolve: {
      permission: "resolve",
      async run({ services, req }) {
        const [id, outcome] = req.value.split(":");
        const c = await services.cases.act(parseCaseId(id, "resolve CASE"), {
          kind: "resolve",
          actor: req.user.id,
          outcome: parseOutcome(outcome),
        });
        await req.respond.whisper(textMessage(`Case #${c.id} resolved (${c.outcome}).`));
      },
    },
  },
});
