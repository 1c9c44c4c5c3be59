import { confirmEscalate } from "../src/cases/alert-card.js";
import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import type { Services } from "../src/chatops/services.js";
import type { ChatMessage, ChatUser } from "../src/ports/chat.js";

/** Records an escalation on the case, proposes a crisis to the managers, and says so in the channel. */
async function escalate(services: Services, user: ChatUser, arg: string | undefined, reason: string) {
  const id = parseCaseId(arg, "escalate CASE [REASON]");
  await services.cases.act(id, {
    kind: "note",
    actor: user.id,
    label: "escalate",
    note: reason || "proposed as a crisis",
  });
  const m = await services.cases.mentionOf(await services.cases.get(id));
  await services.crisis.propose({
    reason: reason || `case #${id} escalated by ${user.name}`,
    trigger: { kind: "escalate", caseId: id },
    drivers: m?.analysis.topics ?? [],
    actor: user.id,
  });
  const msg: ChatMessage = {
    fallback: `Case #${id} escalated`,
    blocks: [
      {
        type: "section",
        text: [
          "🚨 ",
          { user: user.id },
          ` escalated case #${id}${reason ? `: ${reason}` : ""}. A crisis is proposed to the managers (Declare / Dismiss).`,
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
  examples: ["/orm escalate 419", "/orm escalate 419 a journalist is asking about the outage"],
  permission: "escalate",
  async run({ services, req, args }) {
    await req.respond.whisper(await escalate(services, req.user, args[0], args.slice(1).join(" ")));
  },
  actions: {
    orm_escalate: {
      permission: "escalate",
      // The value is `CASE` on a button, `CASE:REASON…` when a terminal types the command it stands for.
      confirm: (value) => confirmEscalate(parseCaseId(value.split(":")[0], "escalate CASE")),
      async run({ services, req }) {
        await req.respond.whisper(await escalate(services, req.user, req.value, ""));
      },
    },
  },
});
