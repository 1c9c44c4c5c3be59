import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import { UserError } from "../src/core/errors.js";
import type { ChatUser } from "../src/ports/chat.js";

async function unclaim(services: Services, user: ChatUser, arg: string | undefined) {
  const id = parseCaseId(arg, "unclaim CASE");
  const current = await services.cases.get(id);
  if (current.owner && current.owner !== user.id && !services.permissions.allows(user, "assign"))
    throw new UserError("forbidden", `Case #${id} is not yours; ask its owner or someone who may assign.`);
  return services.cases.act(id, { kind: "unclaim", actor: user.id });
}

export default defineCommand({
  name: "unclaim",
  summary: "Give a case back to the queue",
  usage: "CASE",
  examples: ["/orm unclaim 419", "/orm unclaim #12"],
  permission: "claim",
  async run({ services, req, args }) {
    const c = await unclaim(services, req.user, args[0]);
    await req.respond.reply(textMessage(`Case #${c.id} is back in the queue.`));
  },
  actions: {
    orm_unclaim: {
      permission: "claim",
      async run({ services, req }) {
        const c = await unclaim(services, req.user, req.value);
        await req.respond.whisper(textMessage(`Case #${c.id} is back in the queue.`));
      },
    },
  },
});
