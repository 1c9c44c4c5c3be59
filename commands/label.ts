import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";
import { textMessage } from "../src/chatops/dispatcher.js";
import type { Services } from "../src/chatops/services.js";
import { nearestNames } from "../src/chatops/suggest.js";
import { SENTIMENT_LABELS, type SentimentLabel } from "../src/core/analysis.js";
import { UserError } from "../src/core/errors.js";
import type { ChatUser } from "../src/ports/chat.js";

const USAGE = "label CASE negative|neutral|positive [TOPIC…]";

/** ` — did you mean "x"?` for a mistyped word, or "". */
function hint(word: string, names: readonly string[]): string {
  const [best] = nearestNames(word, names, 1);
  return best ? ` — did you mean "${best}"?` : "";
}

function parseLabel(arg: string | undefined): SentimentLabel {
  const word = (arg ?? "").toLowerCase();
  if ((SENTIMENT_LABELS as readonly string[]).includes(word)) return word as SentimentLabel;
  if (!arg) throw new UserError("bad_usage", `Which label? Usage: /orm ${USAGE}`);
  throw new UserError(
    "bad_usage",
    `"${arg.slice(0, 40)}" is not a label${hint(word, SENTIMENT_LABELS)}. Use negative, neutral or positive.`,
  );
}

function parseTopics(words: string[], known: readonly string[]): string[] {
  if (words.length > 20) throw new UserError("bad_usage", "At most 20 topics.");
  return words.map((w) => {
    const t = w.toLowerCase().replace(/^#/, "").replace(/,$/, "");
    if (known.includes(t)) return t;
    throw new UserError(
      "bad_usage",
      `Unknown topic "${w.slice(0, 40)}"${hint(t, known)}. Topics: ${known.join(", ")}.`,
    );
  });
}

/**
 * Corrects the label (and topics) of a case's mention: kept with the mention for training, told on the
 * case (its timeline, the card's "label corrected by").
 */
async function label(services: Services, user: ChatUser, caseArg: string | undefined, words: string[]) {
  const id = parseCaseId(caseArg, USAGE);
  const value = parseLabel(words[0]);
  const topics = parseTopics(words.slice(1), services.corrections.topics());
  const m = await services.cases.mentionOf(await services.cases.get(id));
  if (!m) throw new UserError("no_such_mention", `The mention of case #${id} is no longer stored.`);
  await services.corrections.correct(m, value, topics, user.id);
  const was = m.analysis.sentiment.label;
  const note = `${was} → ${value}${topics.length ? ` (topics: ${topics.join(", ")})` : ""}`;
  await services.cases.act(id, { kind: "note", actor: user.id, label: "label", note });
  return textMessage(
    `Case #${id}: label corrected to ${value}${topics.length ? ` with topics ${topics.join(", ")}` : ""} (the analysis said ${was}). Thanks: the next training run learns from it.`,
  );
}

export default defineCommand({
  name: "label",
  summary: "Correct a mention's sentiment (and topics): teaches the model at the next training run",
  usage: "CASE negative|neutral|positive [TOPIC…]",
  examples: ["/orm label 419 neutral", "/orm label 419 negative billing pricing"],
  permission: "label",
  async run({ services, req, args }) {
    await req.respond.whisper(await label(services, req.user, args[0], args.slice(1)));
  },
  actions: {
    orm_label: {
      permission: "label",
      async run({ services, req }) {
        const [id, value] = req.value.split(":");
        await req.respond.whisper(await label(services, req.user, id, value ? [value] : []));
      },
    },
  },
});
