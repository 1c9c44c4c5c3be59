import { parseCaseId } from "../src/chatops/args.js";
import { caseFor } from "../src/chatops/case-access.js";
import { assignForm } from "../src/chatops/case-forms.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import { resolvePerson } from "../src/chatops/people.js";
import type { Services } from "../src/chatops/services.js";
import { UserError } from "../src/core/errors.js";
import type { ChatUser } from "../src/ports/chat.js";

/** A user picked in a menu: the platform sends their id (a mention form is accepted too). */
function pickedUser(arg: string | undefined): string {
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
    parseCaseId(args[0], "assign CASE @user");
    const owner = await resolvePerson(services.chat, args[1], "assign CASE @user", req.channel);
    const c = await assign(services, req.user, args[0], owner);
    await req.respond.whisper({
      fallback: `Case #${c.id} assigned`,
      blocks: [{ type: "section", text: [`Case #${c.id} assigned to `, { user: owner }, "."] }],
    });
  },
  actions: {
    orm_assign: {
      async run({ services, req }) {
        const [id, user] = req.value.split(":");
        const owner = pickedUser(user);
        const c = await assign(services, req.user, id, owner);
        await req.respond.whisper(textMessage(`Case #${c.id} assigned.`));
      },
    },
    orm_assign_open: assignForm.open,
  },
  modals: { orm_assign_submit: assignForm.submit },
});
