import { caseLines } from "../src/cases/case-list.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";

export default defineCommand({
  name: "mine",
  summary: "Show the open cases you own",
  usage: "",
  examples: ["/orm mine", "/orm queue mine"],
  async run({ services, req }) {
    const mine = (await services.cases.listOpen()).filter((c) => c.owner === req.user.id);
    if (mine.length === 0) {
      await req.respond.whisper(textMessage("You own no open case."));
      return;
    }
    await req.respond.whisper({
      fallback: `${mine.length} case(s) of yours`,
      blocks: [{ type: "section", text: await caseLines(services.cases, mine, services.clock.now()) }],
    });
  },
});
