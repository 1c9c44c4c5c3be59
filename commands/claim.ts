import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";

export default defineCommand({
  name: "claim",
  summary: "Claim a case: it becomes yours to answer",
  usage: "CASE",
  examples: ["/orm claim 419", "/orm claim #12"],
  permission: "claim",
  async run({ services, req, args }) {
    const c = await services.cases.act(parseCaseId(args[0], "claim CASE"), {
      kind: "claim",
      actor: req.user.id,
    });
    await req.respond.reply(textMessage(`Case #${c.id} claimed by ${req.user.name}.`));
  },
  actions: {
    orm_claim: {
      permission: "claim",
      async run({ services, req }) {
        const c = await services.cases.act(parseCaseId(req.value, "claim CASE"), {
          kind: "claim",
          actor: req.user.id,
        });
        await req.respond.whisper(textMessage(`Case #${c.id} is yours.`));
      },
    },
  },
});
