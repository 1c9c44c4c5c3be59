import { parseCaseId } from "../src/chatops/args.js";
import { checkTyped, recordNote } from "../src/chatops/case-answers.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import { UserError } from "../src/core/errors.js";

export default defineCommand({
  name: "note",
  summary: "Add an internal note to a case (its thread and history); not sent, not a response",
  usage: "CASE TEXT",
  examples: [
    "/orm note 419 Customer called, refund approved by billing",
    "/orm note #12 waiting for the courier's answer",
  ],
  async run({ services, req, args }) {
    const id = parseCaseId(args[0], "note CASE TEXT");
    const typed = req.text
      .trim()
      .replace(/^\S+\s+\S+/, "")
      .trim();
    if (!typed) throw new UserError("bad_usage", "What should the note say? Usage: /orm note CASE TEXT");
    await services.cases.get(id);
    const text = checkTyped(services, typed, "note");
    await req.respond.whisper(textMessage(await recordNote(services, req.user, id, text)));
  },
});
