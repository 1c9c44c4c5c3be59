import { parseCaseId } from "../src/chatops/args.js";
import { caseFor } from "../src/chatops/case-access.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import { UserError } from "../src/core/errors.js";
import type { ChatUser } from "../src/ports/chat.js";

/** A user typed as a Slack (`<@U1|ana>`) or Discord (`<@123>`) mention, or a bare id. */
function userArg(arg: string | undefined): string {
  const id = /^<@!?([A-Za-z0-9]+)(?:\|[^>]*)?>$/.exec(arg ?? "")?.[1] ?? arg?.replace(/^@/, "");
  if (!id) throw new UserError("bad_usage", "Assign to whom? Usage: /orm assign CASE @user");
  return id;
}

/** Gives a case to `owner`: `assign` permission, or on a team's case membership of that team. */
async function assign(services: Services, user: ChatUser, caseArg: string | undefined, owner: string) {
  const c = await caseFor(services, user, parseCaseId(caseArg, "assign CASE @user"), "assign", "assign");
  return services.cases.act(c.id, { kind: "assign", actor: user.id, owner });
}

export default defineCommand({
  name: "assign",
  summary: "Give a case to someone",
  usage: "CASE @user",
  examples: ["/orm assign 419 @bob", "/orm assign #12 @luz"],
  async run({ services, req, args }) {
    const owner = userArg(args[1]);
    const c = await assign(services, req.user, args[0], owner);
    await req.respond.reply({
      fallback: `Case #${c.id} assigned`,
      blocks: [{ type: "section", text: [`Case #${c.id} assigned to `, { user: owner }, "."] }],
    });
  },
  actions: {
    orm_assign: {
      async run({ services, req }) {
        const [id, user] = req.value.split(":");
        const owner = userArg(user);
        const c = await assign(services, req.user, id, owner);
        await req.respond.whisper(textMessage(`Case #${c.id} assigned.`));
      },
    },
  },
});
