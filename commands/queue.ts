import { caseLines } from "../src/cases/case-list.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";

export default defineCommand({
  name: "queue",
  summary: "Show the open cases, oldest first",
  usage: "",
  async run({ services, req }) {
    const open = await services.cases.listOpen();
    if (open.length === 0) {
      await req.respond.whisper(textMessage("No open cases. 🎉"));
      return;
    }
    await req.respond.whisper({
      fallback: `${open.length} open case(s)`,
      blocks: [
        { type: "header", text: `${open.length} open case(s)` },
        { type: "section", text: await caseLines(services.cases, open.slice(0, 30), services.clock.now()) },
      ],
    });
  },
});
