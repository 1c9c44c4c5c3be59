import { parseCaseId } from "../src/chatops/args.js";
import { caseFor } from "../src/chatops/case-access.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";

export default defineCommand({
  name: "reopen",
  summary: "Reopen a resolved or dismissed case (the customer came back): its card and SLA start again",
  usage: "CASE",
  examples: ["/orm reopen 419", "/orm reopen #12"],
  async run({ services, req, args }) {
    const id = parseCaseId(args[0], "reopen CASE");
    // Whoever may resolve a case may reopen it: `resolve`, or on a team's case its members.
    await caseFor(services, req.user, id, "resolve", "reopen");
    const c = await services.cases.act(id, {
      kind: "reopen",
      actor: req.user.id,
    });
    // The card and its thread show the reopening to everyone; the answer is for the one who typed it.
    await req.respond.whisper(
      textMessage(`Case #${c.id} is open again (${c.status}${c.owner ? `, still ${c.owner}'s` : ""}).`),
    );
  },
});
