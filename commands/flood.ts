import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import { UserError } from "../src/core/errors.js";
import type { Block, Responder } from "../src/ports/chat.js";

const PER_SECTION = 20;
const PER_MESSAGE = 60;
/** Slack's response_url takes five answers; keep one spare. */
const MAX_MESSAGES = 4;

async function showAll(
  services: Services,
  respond: Responder,
  bucketArg: string | undefined,
  channel: string | undefined,
) {
  const bucket = Number(bucketArg);
  if (!Number.isInteger(bucket) || !channel)
    throw new UserError("bad_usage", "Usage: /orm flood MINUTE CHANNEL");
  const floods = services.alerts.floods;
  const cases = await floods.cases({ channel, bucket });
  if (cases.length === 0) {
    await respond.whisper(textMessage("That flood group is empty or has expired."));
    return;
  }
  const pages = Math.min(MAX_MESSAGES, Math.ceil(cases.length / PER_MESSAGE));
  for (let p = 0; p < pages; p++) {
    const page = cases.slice(p * PER_MESSAGE, (p + 1) * PER_MESSAGE);
    const blocks: Block[] = p === 0 ? [{ type: "header", text: `${cases.length} grouped alert(s)` }] : [];
    for (let i = 0; i < page.length; i += PER_SECTION)
      blocks.push({
        type: "section",
        text: await floods.lines(page.slice(i, i + PER_SECTION), PER_SECTION, 70),
      });
    const left = cases.length - (p + 1) * PER_MESSAGE;
    if (p === pages - 1 && left > 0)
      blocks.push({ type: "context", text: [`…and ${left} more: /orm queue`] });
    await respond.whisper({ fallback: `${cases.length} grouped alert(s), part ${p + 1}`, blocks });
  }
}

export default defineCommand({
  name: "flood",
  summary: "List every alert grouped in a flood summary",
  usage: "MINUTE CHANNEL",
  examples: ["/orm flood 29412345 C0SUPPORT", "/orm flood 29412346 C0LOGISTICS"],
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
