import { type MuteTarget, parseDurationMs } from "../src/cases/mutes.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import { UserError } from "../src/core/errors.js";

const USAGE =
  "mute source ID [30m|2h|1d]  ·  mute author source:handle [DURATION]  ·  mute off source|author ID";

export default defineCommand({
  name: "mute",
  summary: "Silence a source or an author for a while (mentions are kept, not alerted)",
  usage: "source|author|off ID [DURATION]",
  examples: [
    "/orm mute source reddit 2h",
    "/orm mute author reddit:spammer42 1d",
    "/orm mute off source reddit",
  ],
  permission: "mute",
  async run({ services, req, args }) {
    const off = args[0] === "off";
    const [kind, id, duration] = off ? args.slice(1) : args;
    if ((kind !== "source" && kind !== "author") || !id)
      throw new UserError("bad_usage", `Usage: /orm ${USAGE}`);
    if (kind === "source" && !services.config.sources.some((s) => s.id === id))
      throw new UserError("no_such_source", `No source "${id}". /orm sources lists them.`);
    const target: MuteTarget = kind === "source" ? { kind: "source", id } : { kind: "author", key: id };
    if (off) {
      await services.mutes.unmute(target);
      await req.respond.reply(textMessage(`${kind} ${id} is no longer muted (by ${req.user.name}).`));
      return;
    }
    const ms = parseDurationMs(duration);
    if (ms === null)
      throw new UserError("bad_usage", `Unreadable duration "${duration}". Use e.g. 30m, 2h, 1d.`);
    const until = await services.mutes.mute(target, ms);
    await req.respond.reply(
      textMessage(`${kind} ${id} muted until ${new Date(until).toISOString()} by ${req.user.name}.`),
    );
  },
});
