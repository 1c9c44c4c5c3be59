import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import { resolvePerson } from "../src/chatops/people.js";
import { UserError } from "../src/core/errors.js";

const USAGE = "role set ROLE @USER";

export default defineCommand({
  name: "role",
  summary: "Crisis roles: who holds each (paged first), and the rotation behind them",
  usage: "set ROLE @USER | list",
  examples: ["/orm role list", "/orm role set dircom @ana"],
  async run({ services, req, args }) {
    const { crisis } = services;
    const sub = (args[0] ?? "list").toLowerCase();
    if (sub === "list") {
      const lines = (await crisis.roles()).map(
        (r) =>
          `${r.role}${r.title ? ` (${r.title})` : ""}: ${r.chain.length ? r.chain.map((u) => `@${u}`).join(" → ") : "nobody"}`,
      );
      await req.respond.whisper(
        textMessage(lines.join("\n") || "No roles yet. /orm role set dircom @someone"),
      );
      return;
    }
    if (sub !== "set") throw new UserError("bad_usage", `Usage: /orm ${USAGE} | role list`);
    const role = args[1]?.toLowerCase();
    if (!role || !/^[a-z][a-z0-9-]{0,40}$/.test(role))
      throw new UserError("bad_usage", `Which role? Usage: /orm ${USAGE}`);
    if (!services.permissions.allows(req.user, "configure"))
      throw new UserError("forbidden", 'Sorry, you need the "configure" permission to set roles.');
    const userId = await resolvePerson(services.chat, args[2], USAGE, req.channel);
    const chain = await crisis.setRole(role, userId, req.user.id);
    await req.respond.reply({
      fallback: `${role} is now ${userId}`,
      blocks: [
        {
          type: "section",
          text: [`${role} is now `, { user: userId }, ` (paging order: ${chain.join(" → ")})`],
        },
      ],
    });
  },
});
