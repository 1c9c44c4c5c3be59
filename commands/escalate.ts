import { parseCaseId } from "../src/core/args.js";
import { defineCommand } from "../src/core/command.js";
import type { Services } from "../src/core/services.js";
import type { ChatMessage, ChatUser } from "../src/ports/chat.js";

/**
 * Records an escalation on the case and says so in the channel. The crisis engine (crisis issue)
 * turns this into a crisis proposal; until then this is the record.
 */
async function escalate(services: Services, user: ChatUser, arg: string | undefined, reason: string) {
  const id = parseCaseId(arg, "escalate CASE [REASON]");
  await services.cases.act(id, {
    kind: "note",
    actor: user.id,
    label: "escalate",
    note: reason || "proposed as a crisis",
  });
  const msg: ChatMessage = {
    fallback: `Case #${id} escalated`,
    blocks: [
      {
        type: "section",
        text: [
          "🚨 ",
          { user: user.id },
          ` escalated case #${id}${reason ? `: ${reason}` : ""}. Proposed as a crisis; a crisis lead can start one with /orm crisis.`,
        ],
      },
    ],
  };
  return msg;
}

export default defineCommand({
  name: "escalate",
  summary: "Escalate a case: recorded on it and proposed as a crisis",
  usage: "CASE [REASON]",
  permission: "escalate",
  async run({ services, req, args }) {
    await req.respond.reply(await escalate(services, req.user, args[0], args.slice(1).join(" ")));
  },
  actions: {
    orm_escalate: {
      permission: "escalate",
      async run({ services, req }) {
        await req.respond.reply(await escalate(services, req.user, req.value, ""));
      },
    },
  },
});
