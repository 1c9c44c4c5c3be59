import { parseCaseId } from "../src/chatops/args.js";
import { caseFor } from "../src/chatops/case-access.js";
import {
  checkTyped,
  filledTemplate,
  findTemplate,
  recordAnswer,
  templateListing,
} from "../src/chatops/case-answers.js";
import { replyForm } from "../src/chatops/case-forms.js";
import { defineCommand } from "../src/chatops/command.js";
import type { Services } from "../src/chatops/services.js";
import { UserError } from "../src/core/errors.js";
import type { ChatUser, CommandRequest } from "../src/ports/chat.js";

const USAGE = "reply CASE TEXT  or  /orm reply CASE template:NAME";

/** The words after `reply CASE` as typed, line breaks kept. */
function typedAfterCase(req: CommandRequest): string {
  return req.text
    .trim()
    .replace(/^\S+\s+\S+/, "")
    .trim();
}

/** A lone `template:NAME` (or `t:NAME`), or a lone word that names a template: the template's id. */
function templateName(services: Services, text: string): string | null {
  const named = /^(?:template|t):(\S+)$/i.exec(text);
  if (named) return named[1]!;
  return services.config.templates.some((t) => t.id === text) ? text : null;
}

/** Records an answer typed freely or taken from a template (filled in), and confirms it privately. */
async function reply(services: Services, user: ChatUser, caseArg: string | undefined, typed: string) {
  const id = parseCaseId(caseArg, USAGE);
  const c = await caseFor(services, user, id, "claim", "answer");
  if (!typed)
    throw new UserError(
      "bad_usage",
      `What should the answer say? Usage: /orm ${USAGE}. ${await templateListing(services, c)}`,
    );
  const name = templateName(services, typed);
  const text = name ? await filledTemplate(services, c, await findTemplate(services, c, name)) : typed;
  return recordAnswer(services, user, id, checkTyped(services, text, "answer"));
}

export default defineCommand({
  name: "reply",
  summary: "Record your answer to a case, in your words or from a template; counts as its first response",
  usage: "CASE TEXT | CASE template:NAME",
  examples: ["/orm reply 419 Sorry about the delay, we are on it", "/orm reply 419 template:sorry-en"],
  async run({ services, req, args }) {
    await req.respond.whisper(await reply(services, req.user, args[0], typedAfterCase(req)));
  },
  actions: {
    orm_reply: {
      async run({ services, req }) {
        const [id, tpl] = req.value.split(":");
        await req.respond.whisper(await reply(services, req.user, id, `template:${tpl ?? ""}`));
      },
    },
    orm_reply_open: replyForm.open,
  },
  modals: { orm_reply_submit: replyForm.submit },
});
