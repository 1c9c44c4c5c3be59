import { RULES_DIR, shippedRules } from "../analysis/rules/load.js";
import { ConfigError, loadConfig, PUSH_ONLY_NOTICE } from "../config/load.js";
import { UserError } from "../core/errors.js";
import { loadPlaybooks, playbooksDirOf } from "../crisis/index.js";
import { out, say } from "./io.js";

/**
 * `orm-bot check-config`: validates the config (shape and meaning, the same checks `start` refuses on) and
 * the playbooks and the analysis rules (data/rules); every problem as `path: message` on stdout, exit 1.
 */
export async function checkConfigVerb(file: string | undefined): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(file ? { file } : {});
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const p of err.problems) await out(p);
    say(`${err.file}: ${err.problems.length} problem(s)`);
    return 1;
  }
  let playbooks: Awaited<ReturnType<typeof loadPlaybooks>>;
  try {
    playbooks = await loadPlaybooks(playbooksDirOf(config));
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    for (const line of err.message.split("\n")) await out(line);
    say(`playbooks: invalid (${playbooksDirOf(config)})`);
    return 1;
  }
  try {
    shippedRules();
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    for (const line of err.message.split("\n")) await out(line);
    say(`analysis rules: invalid (${RULES_DIR})`);
    return 1;
  }
  say(
    `${config.configPath}: OK (${config.sources.length} source(s), ${config.routing.rules.length} routing rule(s), ${playbooks.size} playbook(s))`,
  );
  if (config.demo === "push-only") say(PUSH_ONLY_NOTICE);
  return 0;
}
