import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import { UserError } from "../src/core/errors.js";

/** Watches (or stops watching) the author of a case, or an author key `source:handle`; says so on the case. */
export async function setWatch(services: Services, actor: string, arg: string | undefined, watched: boolean) {
  let key = arg ?? "";
  let caseId: number | null = null;
  if (/^#?\d+$/.test(key)) {
    caseId = parseCaseId(key, "watch CASE");
    const m = await services.cases.mentionOf(await services.cases.get(caseId));
    if (!m?.authorKey)
      throw new UserError("no_author", `The mention of case #${caseId} has no author to watch.`);
    key = m.authorKey;
  }
  if (!key.includes(":"))
    throw new UserError("bad_usage", "Usage: /orm watch CASE  or  /orm watch source:handle");
  const p = await services.authors.setWatched(key, watched);
  const label = watched ? "watch" : "unwatch";
  if (caseId !== null)
    await services.cases.act(caseId, { kind: "note", actor, label, note: `author ${p.name}` });
  return p;
}

export default defineCommand({
  name: "watch",
  summary: "Watch an author: their mentions are flagged and followed",
  usage: "CASE | source:handle",
  examples: ["/orm watch 419", "/orm watch reddit:angry_bob"],
  async run({ services, req, args }) {
    const p = await setWatch(services, req.user.id, args[0], true);
    await req.respond.whisper(textMessage(`Watching ${p.name} (${p.negative} negative mention(s) so far).`));
  },
  actions: {
    orm_watch: {
      async run({ services, req }) {
        const p = await setWatch(services, req.user.id, req.value, true);
        await req.respond.whisper(textMessage(`Watching ${p.name}.`));
      },
    },
  },
});
