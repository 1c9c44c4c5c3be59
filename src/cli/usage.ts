/** Bad usage of the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const USAGE = `usage: orm-bot <verb> [options]

verbs:
  start [--config FILE]            run the bot (also what plain orm-bot does)
  check-config [--config FILE]     validate the config, print every problem as path: message
  parse-feed FILE-OR-URL           parse one feed, print one mention per line (JSON Lines)
  analyze [--file F]               analyse texts (JSON Lines in), one analysis per line out
  ingest [--file F]                push mentions (JSON Lines) through the pipeline
  report --period P [--format md|json|csv] [--charts DIR]
                                   the KPI report for day, week, month or YYYY-MM-DD..YYYY-MM-DD
  bench [--quick]                  run the benchmarks, one JSON figure per line
  corrections [--out FILE]         the team's label corrections (/orm label) as JSON Lines, for training
  forget --author NAME | --mention ID
                                   erase a person (or one mention) across the store; prints what it removed

options: --version, -v (print the version), --help, -h`;
