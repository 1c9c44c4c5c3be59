import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import { UserError } from "../src/core/errors.js";

/** A user typed as a Slack (`<@U1|ana>`) or Discord (`<@123>`) mention, or a bare id. */
function userArg(arg: string | undefined): string {
  const id = /^<@!?([A-Za-z0-9]+)(?:\|[^>]*)?>$/.exec(arg ?? "")?.[1] ?? arg?.replace(/^@/, "");
  if (!id) throw new UserError("bad_usage", "Assign to whom? Usage: /orm assign CASE @user");
  return id;
}

export default defineCommand({
  name: "assign",
  summary: "Give a case to someone",
  usage: "CASE @user",
  examples: ["/orm assign 419 @bob", "/orm assign #12 @luz"],
  permission: "assign",
  async run({ services, req, args }) {
    const owner = userArg(args[1]);
    const c = await services.cases.act(parseCaseId(args[0], "assign CASE @user"), {
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
        const owner = userArg(user);
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
