import { defineCommand } from "../src/core/command.js";
import { textMessage } from "../src/core/dispatcher.js";
import { UserError } from "../src/core/errors.js";
import type { Services } from "../src/core/services.js";
import type { Responder } from "../src/ports/chat.js";

async function showAll(
  services: Services,
  respond: Responder,
  bucketArg: string | undefined,
  channel: string | undefined,
) {
  const bucket = Number(bucketArg);
  if (!Number.isInteger(bucket) || !channel)
    throw new UserError("bad_usage", "Usage: /orm flood MINUTE CHANNEL");
  const cases = await services.alerts.floods.cases({ channel, bucket });
  if (cases.length === 0) {
    await respond.whisper(textMessage("That flood group is empty or has expired."));
    return;
  }
  await respond.whisper({
    fallback: `${cases.length} grouped alert(s)`,
    blocks: [
      { type: "header", text: `${cases.length} grouped alert(s)` },
      { type: "section", text: await services.alerts.floods.lines(cases, 200) },
    ],
  });
}

export default defineCommand({
  name: "flood",
  summary: "List every alert grouped in a flood summary",
  usage: "MINUTE CHANNEL",
  async run({ services, req, args }) {
    await showAll(services, req.respond, args[0], args[1]);
  },
  actions: {
    orm_flood: {
      async run({ services, req }) {
        const at = req.value.indexOf(":");
        await showAll(services, req.respond, req.value.slice(0, at), req.value.slice(at + 1));
      },
    },
  },
});
