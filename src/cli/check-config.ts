import { ConfigError, loadConfig } from "../config/load.js";
import { out, say } from "./io.js";

/** `orm-bot check-config`: validates the config; every problem printed as `path: message`, exit 1. */
export async function checkConfigVerb(file: string | undefined): Promise<number> {
  try {
    const config = loadConfig(file ? { file } : {});
    say(
      `${config.configPath}: OK (${config.sources.length} source(s), ${config.routing.rules.length} routing rule(s))`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) await out(p);
      say(`${err.file}: ${err.problems.length} problem(s)`);
      return 1;
    }
    throw err;
  }
}
