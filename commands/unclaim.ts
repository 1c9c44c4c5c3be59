import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import { UserError } from "../src/core/errors.js";
import type { ChatUser } from "../src/ports/chat.js";

/**
 * Gives a case back to the queue: its owner may; someone else's case needs the owning team's membership,
 * or `assign` (user ids and `group:` entries alike) or `configure`.
 */
async function unclaim(services: Services, user: ChatUser, arg: string | undefined) {
  const id = parseCaseId(arg, "unclaim CASE");
  const why = services.permissions.unclaimRefusal(user, await services.cases.get(id));
  if (why) throw new UserError("forbidden", why);
  return services.cases.act(id, { kind: "unclaim", actor: user.id });
}

export default defineCommand({
  name: "unclaim",
  summary: "Give a case back to the queue",
  usage: "CASE",
  examples: ["/orm unclaim 419", "/orm unclaim #12"],
  async run({ services, req, args }) {
    const c = await unclaim(services, req.user, args[0]);
    await req.respond.whisper(textMessage(`Case #${c.id} is back in the queue.`));
  },
  actions: {
    orm_unclaim: {
      async run({ services, req }) {
        const c = await unclaim(services, req.user, req.value);
        await req.respond.whisper(textMessage(`Case #${c.id} is back in the queue.`));
      },
    },
  },
});
