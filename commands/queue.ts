import { queueEntries, queueLines } from "../src/cases/case-list.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import { nearestNames } from "../src/chatops/suggest.js";
import type { Case } from "../src/core/case.js";
import { UserError } from "../src/core/errors.js";
import type { ChatUser } from "../src/ports/chat.js";

const SCOPES = ["all", "mine", "team"] as const;
type Scope = (typeof SCOPES)[number];
/** Cases listed in one answer (the count says how many more). */
const MAX_LISTED = 30;

function parseScope(arg: string | undefined): Scope {
  const word = (arg ?? "all").toLowerCase();
  if ((SCOPES as readonly string[]).includes(word)) return word as Scope;
  const [best] = nearestNames(word, SCOPES, 1);
  throw new UserError(
    "bad_usage",
    `Unknown queue "${word.slice(0, 40)}"${best ? ` — did you mean "${best}"?` : ""}. Usage: /orm queue [mine|team|all]`,
  );
}

/** The teams `user` leads or is a member of (config `teams`). */
function teamsOf(services: Services, user: ChatUser): string[] {
  return Object.entries(services.config.teams)
    .filter(([, t]) => t.lead === user.id || t.members.includes(user.id))
    .map(([name]) => name);
}

function pick(services: Services, user: ChatUser, scope: Scope, open: Case[]): Case[] {
  if (scope === "mine") return open.filter((c) => c.owner === user.id);
  if (scope === "all") return open;
  const teams = teamsOf(services, user);
  if (teams.length === 0)
    throw new UserError(
      "no_team",
      "You are in no team (config `teams:` lists each team's lead and members). Try /orm queue all.",
    );
  return open.filter((c) => c.team !== null && teams.includes(c.team));
}

export default defineCommand({
  name: "queue",
  summary: "The open cases by priority, then SLA time left: all of them, yours, or your team's",
  usage: "[mine|team|all]",
  examples: ["/orm queue", "/orm queue mine", "/orm queue team"],
  async run({ services, req, args }) {
    const scope = parseScope(args[0]);
    const cases = pick(services, req.user, scope, await services.cases.listOpen());
    if (cases.length === 0) {
      await req.respond.whisper(
        textMessage(scope === "all" ? "No open cases. 🎉" : `No open cases in your ${scope} queue. 🎉`),
      );
      return;
    }
    const now = services.clock.now();
    const entries = await queueEntries(services.cases, cases, services.config.sla, now);
    const more = entries.length - MAX_LISTED;
    const title = `${entries.length} open case(s)${scope === "all" ? "" : ` (${scope})`}`;
    await req.respond.whisper({
      fallback: title,
      blocks: [
        { type: "header", text: title },
        { type: "section", text: queueLines(entries.slice(0, MAX_LISTED), now) },
        ...(more > 0 ? [{ type: "context" as const, text: [`… and ${more} more, lower in priority.`] }] : []),
      ],
    });
  },
});
