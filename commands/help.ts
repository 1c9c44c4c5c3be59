import { defineCommand } from "../src/chatops/command.js";

export default defineCommand({
  name: "help",
  summary: "List the commands",
  usage: "",
  async run({ services, req }) {
    const lines = services.commands.map(
      (c) => `/orm ${c.name}${c.usage ? ` ${c.usage}` : ""} — ${c.summary}`,
    );
    await req.respond.whisper({
      fallback: "ORM Bot commands",
      blocks: [
        { type: "header", text: "ORM Bot commands" },
        { type: "section", text: [{ text: lines.join("\n"), code: false }] },
      ],
    });
  },
});
