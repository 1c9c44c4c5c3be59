import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import { setWatch } from "./watch.js";

export default defineCommand({
  name: "unwatch",
  summary: "Stop watching an author",
  usage: "CASE | source:handle",
  examples: ["/orm unwatch 419", "/orm unwatch reddit:angry_bob"],
  async run({ services, req, args }) {
    const p = await setWatch(services, req.user.id, args[0], false);
    await req.respond.whisper(textMessage(`No longer watching ${p.name}.`));
  },
  actions: {
    orm_unwatch: {
      async run({ services, req }) {
        const p = await setWatch(services, req.user.id, req.value, false);
        await req.respond.whisper(textMessage(`No longer watching ${p.name}.`));
      },
    },
  },
});
