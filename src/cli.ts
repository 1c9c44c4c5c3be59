import { parseArgs } from "node:util";
import { out, say } from "./cli/io.js";
import { USAGE, UsageError } from "./cli/usage.js";
import { loadConfig } from "./config/load.js";
import { errorMessage, newErrorRef, UserError } from "./core/errors.js";
import { PACKAGE_VERSION } from "./core/package-version.js";

const OPTIONS = {
  config: { type: "string" },
  file: { type: "string" },
  period: { type: "string" },
  format: { type: "string" },
  charts: { type: "string" },
  out: { type: "string" },
  quick: { type: "boolean" },
  author: { type: "string" },
  mention: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

const ALLOWED: Record<string, Array<keyof typeof OPTIONS>> = {
  start: ["config"],
  "check-config": ["config"],
  "parse-feed": ["config"],
  analyze: ["file", "config"],
  ingest: ["file", "config"],
  report: ["period", "format", "charts", "config"],
  bench: ["quick"],
  corrections: ["out", "config"],
  forget: ["author", "mention", "config"],
};

/** Runs one verb; each verb's module is loaded only when used (fast start for one-shot verbs). */
async function runVerb(verb: string, values: Values, positionals: string[]): Promise<number> {
  const extra = Object.keys(values).filter(
    (k) => k !== "help" && k !== "version" && !ALLOWED[verb]?.includes(k as keyof typeof OPTIONS),
  );
  if (extra.length) throw new UsageError(`${verb}: unknown option --${extra[0]}`);
  const maxPositionals = verb === "parse-feed" ? 1 : 0;
  if (positionals.length > maxPositionals)
    throw new UsageError(`${verb}: unexpected argument "${positionals[maxPositionals]}"`);
  const config = () => loadConfig(values.config ? { file: values.config } : {});
  switch (verb) {
    case "start":
      return (await import("./cli/start.js")).startVerb(config());
    case "check-config":
      return (await import("./cli/check-config.js")).checkConfigVerb(values.config);
    case "parse-feed":
      if (!positionals[0])
        throw new UsageError("parse-feed: which feed? usage: orm-bot parse-feed FILE-OR-URL");
      return (await import("./cli/parse-feed.js")).parseFeedVerb(
        positionals[0],
        values.config ? config() : null,
      );
    case "analyze":
      return (await import("./cli/analyze.js")).analyzeVerb(config(), values.file);
    case "ingest":
      return (await import("./cli/ingest.js")).ingestVerb(config(), values.file);
    case "report": {
      if (!values.period)
        throw new UsageError("report: --period is required (day, week, month or YYYY-MM-DD..YYYY-MM-DD)");
      const format = values.format ?? "md";
      if (format !== "md" && format !== "json" && format !== "csv")
        throw new UsageError(`report: --format must be md, json or csv, not "${format}"`);
      return (await import("./cli/report.js")).reportVerb(config(), values.period, format, values.charts);
    }
    case "bench":
      return (await import("./cli/bench.js")).benchVerb(values.quick ?? false);
    case "corrections":
      return (await import("./cli/corrections.js")).correctionsVerb(config(), values.out);
    case "forget": {
      if ((values.author === undefined) === (values.mention === undefined))
        throw new UsageError("forget: give one of --author NAME or --mention ID");
      const target = values.author !== undefined ? { author: values.author } : { mentionId: values.mention! };
      return (await import("./cli/forget.js")).forgetVerb(config(), target);
    }
    default:
      throw new UsageError(`unknown verb "${verb}"`);
  }
}

/** The `orm-bot` command line: returns the exit code (0 ok, 1 user error, 2 bad usage). */
export async function main(argv: string[]): Promise<number> {
  let verb = "start";
  let rest = argv;
  if (argv[0] && !argv[0].startsWith("-")) {
    verb = argv[0];
    rest = argv.slice(1);
  }
  try {
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (err) {
      throw new UsageError(`${verb}: ${errorMessage(err)}`);
    }
    if (parsed.values.version || verb === "version") {
      await out(`orm-bot ${PACKAGE_VERSION}`);
      return 0;
    }
    if (parsed.values.help || verb === "help") {
      say(USAGE);
      return 0;
    }
    return await runVerb(verb, parsed.values, parsed.positionals);
  } catch (err) {
    if (err instanceof UsageError) {
      say(`orm-bot: ${err.message}\n${USAGE.split("\n")[0]} (orm-bot --help for the verbs)`);
      return 2;
    }
    if (err instanceof UserError) {
      say(`orm-bot: ${err.message}`);
      return 1;
    }
    const ref = newErrorRef();
    say(`orm-bot: something went wrong (ref ${ref}): ${errorMessage(err)}`);
    return 1;
  }
}
