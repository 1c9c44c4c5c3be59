import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";

export default defineCommand({
  name: "sources",
  summary: "List the monitored sources and which are muted",
  usage: "",
  examples: ["/orm sources", "/orm help sources"],
  async run({ services, req }) {
    const { config } = services;
    if (config.sources.length === 0) {
      await req.respond.whisper(
        textMessage("No sources configured (mentions can still be pushed to /ingest)."),
      );
      return;
    }
    const lines: string[] = [];
    for (const s of config.sources) {
      const until = await services.mutes.mutedUntil({ kind: "source", id: s.id });
      const muted = until !== null ? ` · muted until ${new Date(until).toISOString()}` : "";
      lines.push(`• ${s.id} (${s.type})${muted}`);
    }
    await req.respond.whisper({
      fallback: `${config.sources.length} source(s)`,
      blocks: [
        { type: "header", text: `${config.sources.length} source(s)` },
        { type: "section", text: [lines.join("\n")] },
      ],
    });
  },
});
