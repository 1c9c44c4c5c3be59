import { parseCaseId } from "../src/chatops/args.js";
import { caseFor } from "../src/chatops/case-access.js";
import { defineCommand } from "../src/chatops/command.js";
import type { Services } from "../src/chatops/services.js";
import type { Template } from "../src/config/sections/routing.js";
import { UserError } from "../src/core/errors.js";
import type { ChatMessage, ChatUser } from "../src/ports/chat.js";

/** Fills a template's `{author}`, `{brand}` and `{case}`. */
export function fillTemplate(t: Template, vars: { author: string; brand: string; caseId: number }): string {
  return t.text
    .replaceAll("{author}", vars.author)
    .replaceAll("{brand}", vars.brand)
    .replaceAll("{case}", String(vars.caseId));
}

async function reply(
  services: Services,
  user: ChatUser,
  caseArg: string | undefined,
  tplId: string | undefined,
) {
  const { config } = services;
  const id = parseCaseId(caseArg, "reply CASE TEMPLATE");
  const c = await caseFor(services, user, id, "claim", "answer");
  const t = config.templates.find((x) => x.id === tplId);
  if (!t) {
    const ids = config.templates.map((x) => x.id).join(", ") || "none configured";
    throw new UserError("no_such_template", `Which template? Known: ${ids}.`);
  }
  const m = await services.cases.mentionOf(c);
  const text = fillTemplate(t, { author: m?.author ?? "", brand: config.brand.name, caseId: id });
  await services.cases.act(id, { kind: "respond", actor: user.id, note: `template ${t.id}` });
  const msg: ChatMessage = {
    fallback: `Case #${id}: reply "${t.title}"`,
    blocks: [
      { type: "context", text: [{ user: user.id }, ` answered case #${id} with "${t.title}" (${t.lang}):`] },
      { type: "section", text: [{ text, quote: true }] },
    ],
  };
  return { msg, text };
}

export default defineCommand({
  name: "reply",
  summary: "Answer a case with a canned template (one voice); counts as its first response",
  usage: "CASE TEMPLATE",
  examples: ["/orm reply 419 sorry-en", "/orm reply #12 retraso-envio-es"],
  async run({ services, req, args }) {
    const { msg } = await reply(services, req.user, args[0], args[1]);
    await req.respond.reply(msg);
  },
  actions: {
    orm_reply: {
      async run({ services, req }) {
        const [id, tpl] = req.value.split(":");
        const { msg } = await reply(services, req.user, id, tpl);
        await req.respond.reply(msg);
      },
    },
  },
});
