import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";

export default defineCommand({
  name: "reopen",
  summary: "Reopen a resolved or dismissed case (the customer came back): its card and SLA start again",
  usage: "CASE",
  examples: ["/orm reopen 419", "/orm reopen #12"],
  permission: "resolve",
  async run({ services, req, args }) {
    const c = await services.cases.act(parseCaseId(args[0], "reopen CASE"), {
      kind: "reopen",
      actor: req.user.id,
    });
    // The card and its thread show the reopening to everyone; the answer is for the one who typed it.
    await req.respond.whisper(
      textMessage(`Case #${c.id} is open again (${c.status}${c.owner ? `, still ${c.owner}'s` : ""}).`),
    );
  },
});
