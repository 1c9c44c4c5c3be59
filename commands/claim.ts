import { parseCaseId } from "../src/chatops/args.js";
import { caseFor } from "../src/chatops/case-access.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import type { ChatUser } from "../src/ports/chat.js";

/** Claims a case: `claim` permission, or on a team's case membership of that team. */
async function claim(services: Services, user: ChatUser, arg: string | undefined) {
  const c = await caseFor(services, user, parseCaseId(arg, "claim CASE"), "claim", "claim");
  return services.cases.act(c.id, { kind: "claim", actor: user.id });
}

export default defineCommand({
  name: "claim",
  summary: "Claim a case: it becomes yours to answer",
  usage: "CASE",
  examples: ["/orm claim 419", "/orm claim #12"],
  async run({ services, req, args }) {
    const c = await claim(services, req.user, args[0]);
    await req.respond.whisper(textMessage(`Case #${c.id} claimed by ${req.user.name}.`));
  },
  actions: {
    orm_claim: {
      async run({ services, req }) {
        const c = await claim(services, req.user, req.value);
        await req.respond.whisper(textMessage(`Case #${c.id} is yours.`));
      },
    },
  },
});
