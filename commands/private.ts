import { parseCaseId } from "../src/chatops/args.js";
import { caseFor } from "../src/chatops/case-access.js";
import { defineCommand } from "../src/chatops/command.js";
import type { Services } from "../src/chatops/services.js";
import { postedAuthor } from "../src/core/redact.js";
import type { ChatMessage, ChatUser } from "../src/ports/chat.js";

const DEFAULT_TEXT =
  "Hi {author}, we're sorry about this and want to sort it out. Could you write to us in a private message with your order or account number, so we can look into it?";

/** The move-to-private message for a case: the `private-<lang>` (or `private`) template plus the privacy notice. */
async function privateMessage(
  services: Services,
  user: ChatUser,
  arg: string | undefined,
): Promise<ChatMessage> {
  const { config } = services;
  const id = parseCaseId(arg, "private CASE");
  const m = await services.cases.mentionOf(await caseFor(services, user, id, "claim", "move to private"));
  const lang = m?.analysis.lang ?? "en";
  const t =
    config.templates.find((x) => x.id === `private-${lang}`) ??
    config.templates.find((x) => x.id === "private");
  const text = (t?.text ?? DEFAULT_TEXT)
    .replaceAll("{author}", (m && postedAuthor(m)) ?? "")
    .replaceAll("{brand}", config.brand.name)
    .replaceAll("{case}", String(id));
  await services.cases.act(id, { kind: "note", actor: user.id, label: "private", note: "moved to private" });
  return {
    fallback: `Case #${id}: move to private`,
    blocks: [
      { type: "context", text: [`Case #${id} — send this to the author, then continue in private:`] },
      { type: "section", text: [{ text, quote: true }] },
      { type: "context", text: [`🔒 ${config.routing.privacyNotice}`] },
    ],
  };
}

export default defineCommand({
  name: "private",
  summary: "Move a case to private: the DM text with the privacy notice",
  usage: "CASE",
  examples: ["/orm private 419", "/orm private #12"],
  async run({ services, req, args }) {
    await req.respond.whisper(await privateMessage(services, req.user, args[0]));
  },
  actions: {
    orm_private: {
      async run({ services, req }) {
        await req.respond.whisper(await privateMessage(services, req.user, req.value));
      },
    },
  },
});
