import { buildBot } from "../app/bot.js";
import { type ForgetTarget, forget } from "../app/forget.js";
import type { Config } from "../config/schema.js";
import { out, say } from "./io.js";

/**
 * `orm-bot forget --author NAME | --mention ID`: erases a person (or one mention) across the store and
 * prints what it removed, per kind, as one JSON object. Run it while the embedded bot is stopped (its
 * data dir is locked); on Redis it may run beside the bot.
 */
export async function forgetVerb(config: Config, target: ForgetTarget): Promise<number> {
  const bot = await buildBot(config, { chat: null, schedules: false });
  try {
    const report = await forget(bot.services.deps, target);
    await out(JSON.stringify(report));
    const what = "author" in target ? `author "${target.author}"` : `mention ${target.mentionId}`;
    say(
      `forgot ${what}: ${report.mentions} mention(s) erased, ${report.authorProfiles} author profile(s), ` +
        `${report.authorCounters} author counter series, ${report.mutes} mute(s) removed, ${report.cases} case(s) scrubbed`,
    );
  } finally {
    await bot.stop();
  }
  return 0;
}
