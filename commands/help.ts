import { defineCommand } from "../src/chatops/command.js";
import { didYouMeanCommand, nearestNames } from "../src/chatops/suggest.js";
import { UserError } from "../src/core/errors.js";
import type { ChatMessage, CommandSpec } from "../src/ports/chat.js";

/** One command's help: its summary, usage (each subcommand's on its own line) and examples. */
function commandHelp(c: CommandSpec): ChatMessage {
  const usage = c.subcommands?.length
    ? c.subcommands.map((s) => `/orm ${c.name} ${s.name}${s.usage ? ` ${s.usage}` : ""} — ${s.summary}`)
    : [`/orm ${c.name}${c.usage ? ` ${c.usage}` : ""}`];
  const examples = c.examples ?? [];
  return {
    fallback: `/orm ${c.name}: ${c.summary}`,
    blocks: [
      { type: "header", text: `/orm ${c.name}` },
      { type: "section", text: [c.summary] },
      { type: "section", text: [{ text: "Usage", bold: true }, "\n", { text: usage.join("\n") }] },
      ...(examples.length
        ? [
            {
              type: "section" as const,
              text: [{ text: "Examples", bold: true }, "\n", { text: examples.join("\n") }],
            },
          ]
        : []),
    ],
  };
}

export default defineCommand({
  name: "help",
  summary: "List the commands, or show one command's usage and examples",
  usage: "[COMMAND]",
  examples: ["/orm help", "/orm help claim"],
  async run({ services, req, args }) {
    const asked = args[0]?.toLowerCase().replace(/^\/?(orm\s+)?/, "");
    if (asked) {
      const spec = services.commands.find((c) => c.name === asked);
      if (!spec) {
        const names = services.commands.map((c) => c.name);
        throw new UserError(
          "unknown_command",
          `No command "${asked.slice(0, 40)}".${didYouMeanCommand(nearestNames(asked, names), "help ")} Type /orm help for the list.`,
        );
      }
      await req.respond.whisper(commandHelp(spec));
      return;
    }
    const lines = services.commands.map(
      (c) => `/orm ${c.name}${c.usage ? ` ${c.usage}` : ""} — ${c.summary}`,
    );
    await req.respond.whisper({
      fallback: "ORM Bot commands",
      blocks: [
        { type: "header", text: "ORM Bot commands" },
        { type: "section", text: [{ text: lines.join("\n"), code: false }] },
        { type: "context", text: ["/orm help COMMAND shows one command's usage and examples."] },
      ],
    });
  },
});
