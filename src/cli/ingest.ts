import { createChat } from "../adapters/select.js";
import { buildBot } from "../app/bot.js";
import type { Config } from "../config/schema.js";
import { createLogger } from "../core/log.js";
import { type Mention, MentionInputSchema, normalizeMention } from "../core/mention.js";
import { defaultMentionId } from "../core/mention-id.js";
import { out, readLines, say } from "./io.js";

const BATCH = 500;

/** Parses one JSON line into a mention, or returns the reason it is rejected. */
export function parseMentionLine(line: string): Mention | string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  const parsed = MentionInputSchema.safeParse(json);
  if (!parsed.success)
    return parsed.error.issues.map((i) => `${i.path.join(".") || "(mention)"}: ${i.message}`).join("; ");
  return normalizeMention(parsed.data, defaultMentionId);
}

/** `orm-bot ingest`: pushes JSON Lines mentions through the whole pipeline; prints the counts. */
export async function ingestVerb(config: Config, file: string | undefined): Promise<number> {
  const log = createLogger(config.runtime.logLevel);
  const { chat } = await createChat(config, { mode: "cli", log });
  const bot = await buildBot(config, { chat, log, schedules: false });
  await bot.start();
  // What an earlier run left half done (killed between a mention and its effects) is completed first;
  // entries other replicas write from now on are theirs to finish.
  const resumed = await bot.services.pipeline.resume({ olderThanMs: bot.services.deps.clock.now() });
  if (resumed) log.info("completed the effects of mentions an earlier run left", { mentions: resumed });
  const totals = { accepted: 0, duplicates: 0, rejected: 0 };
  let batch: Mention[] = [];
  const flush = async () => {
    const r = await bot.services.pipeline.ingest(batch);
    totals.accepted += r.accepted;
    totals.duplicates += r.duplicates;
    batch = [];
  };
  try {
    for await (const { n, line } of readLines(file)) {
      const m = parseMentionLine(line);
      if (typeof m === "string") {
        say(`line ${n}: ${m}`);
        totals.rejected++;
        continue;
      }
      batch.push(m);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    await bot.services.deps.jobs.drain();
  } finally {
    await bot.stop();
  }
  await out(JSON.stringify(totals));
  return 0;
}
