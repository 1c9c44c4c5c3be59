import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import { resolvePerson } from "../src/chatops/people.js";
import { UserError } from "../src/core/errors.js";

/** A user picked in a menu: the platform sends their id (a mention form is accepted too). */
function pickedUser(arg: string | undefined): string {
  const id = /^<@!?([A-Za-z0-9]+)(?:\|[^>]*)?>$/.exec(arg ?? "")?.[1] ?? arg?.replace(/^@/, "");
  if (!id) throw new UserError("bad_usage", "Assign to whom? Usage: /orm assign CASE @user");
  return id;
}

export default defineCommand({
  name: "assign",
  summary: "Give a case to someone",
  usage: "CASE @user",
  permission: "assign",
  async run({ services, req, args }) {
    const caseId = parseCaseId(args[0], "assign CASE @user");
    const owner = await resolvePerson(services.chat, args[1], "assign CASE @user", req.channel);
    const c = await services.cases.act(caseId, {
      kind: "assign",
      actor: req.user.id,
      owner,
    });
    await req.respond.reply({
      fallback: `Case #${c.id} assigned`,
      blocks: [{ type: "section", text: [`Case #${c.id} assigned to `, { user: owner }, "."] }],
    });
  },
  actions: {
    orm_assign: {
      permission: "assign",
      async run({ services, req }) {
        const [id, user] = req.value.split(":");
        const owner = pickedUser(user);
        const c = await services.cases.act(parseCaseId(id, "assign CASE @user"), {
          kind: "assign",
          actor: req.user.id,
          owner,
        });
        await req.respond.whisper(textMessage(`Case #${c.id} assigned.`));
      },
    },
  },
});
