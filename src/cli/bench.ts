import { SUITES } from "../bench/index.js";
import { errorMessage } from "../core/errors.js";
import { out, say } from "./io.js";

/** `orm-bot bench`: runs every benchmark suite; one JSON figure per line. */
export async function benchVerb(quick: boolean): Promise<number> {
  let failed = 0;
  for (const [name, suite] of Object.entries(SUITES)) {
    say(`bench: ${name}…`);
    try {
      for (const fig of await suite({ quick })) await out(JSON.stringify(fig));
    } catch (err) {
      failed++;
      say(`bench: ${name} failed: ${errorMessage(err)}`);
    }
  }
  return failed ? 1 : 0;
}
