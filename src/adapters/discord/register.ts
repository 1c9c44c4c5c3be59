import type { CommandSpec } from "../../ports/chat.js";

/**
 * The `/orm` application command generated from the command registry: one subcommand per command
 * (Discord allows 25), each with an optional free-text `args` option when it takes arguments.
 */
export function ormCommandBody(commands: CommandSpec[]) {
  return {
    name: "orm",
    description: "ORM Bot: mentions, cases, crises and reports",
    type: 1,
    options: [...commands]
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, 25)
      .map((c) => ({
        type: 1,
        name: c.name,
        description: c.summary.slice(0, 100),
        options: c.usage
          ? [{ type: 3, name: "args", description: c.usage.slice(0, 100), required: false }]
          : [],
      })),
  };
}
