import { parseCaseId } from "../src/chatops/args.js";
import { caseFor } from "../src/chatops/case-access.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import type { ChatUser } from "../src/ports/chat.js";

/** Reopens a case once `user` may: who may resolve it may reopen it (`resolve`, or on a team's case its members). */
async function reopen(services: Services, user: ChatUser, arg: string | undefined) {
  const id = parseCaseId(arg, "reopen CASE");
  await caseFor(services, user, id, "resolve", "reopen");
  const c = await services.cases.act(id, { kind: "reopen", actor: user.id });
  // The card and its thread show the reopening to everyone; the answer is for the one who asked.
  return textMessage(`Case #${c.id} is open again (${c.status}${c.owner ? `, still ${c.owner}'s` : ""}).`);
}

export default defineCommand({
  name: "reopen",
  summary: "Reopen a resolved or dismissed case (the customer came back): its card and SLA start again",
  usage: "CASE",
  examples: ["/orm reopen 419", "/orm reopen #12"],
  async run({ services, req, args }) {
    await req.respond.whisper(await reopen(services, req.user, args[0]));
  },
  actions: {
    orm_reopen: {
      async run({ services, req }) {
        await req.respond.whisper(await reopen(services, req.user, req.value));
      },
    },
  },
});
