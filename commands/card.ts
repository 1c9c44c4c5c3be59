import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import type { MessageRef, Responder } from "../src/ports/chat.js";

/**
 * Gives a case its own card (once): a case held in a flood summary or named in a reminder gets the
 * card with all its buttons, in the thread of the message it was picked from where the chat has threads.
 */
async function showCard(
  services: Services,
  respond: Responder,
  arg: string | undefined,
  from: MessageRef | null,
) {
  const c = await services.cases.get(parseCaseId(arg, "card CASE"));
  const had = await services.alerts.refOf(c.id);
  if (had) {
    await respond.whisper(textMessage(`Case #${c.id} already has its card in the channel.`));
    return;
  }
  const thread = services.chat?.capabilities.threads && from ? from : undefined;
  const ref = await services.alerts.post(c.id, thread);
  await respond.whisper(
    textMessage(
      ref
        ? `Case #${c.id} now has its own card${thread ? " in this thread" : ""}.`
        : `Case #${c.id} has no channel to post its card in.`,
    ),
  );
}

export default defineCommand({
  name: "card",
  summary: "Post a grouped case's own card, with its buttons",
  usage: "CASE",
  examples: ["/orm card 419", "/orm card #12"],
  async run({ services, req, args }) {
    await showCard(services, req.respond, args[0], null);
  },
  actions: {
    orm_card: {
      async run({ services, req }) {
        await showCard(services, req.respond, req.value, req.message);
      },
    },
  },
});
