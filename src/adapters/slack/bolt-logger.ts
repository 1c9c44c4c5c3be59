import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../core/log.js";

/** Bolt's logger interface over the bot's JSON logger (Bolt's info chatter goes to debug). */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ");
  return {
    debug: (...args) => log.debug(text(args)),
    info: (...args) => log.debug(text(args)),
    warn: (...args) => log.warn(text(args)),
    error: (...args) => log.error(text(args)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
