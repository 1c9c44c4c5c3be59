import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/** Lines of a file, or of stdin when no file is given, with their 1-based numbers. */
export async function* readLines(file: string | undefined): AsyncGenerator<{ n: number; line: string }> {
  const input = file ? createReadStream(file) : process.stdin;
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line.trim()) yield { n, line };
  }
}

let pipeWatched = false;

/** Ends quietly when the reader of stdout goes away (`orm-bot parse-feed F | head -2`). */
function watchPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
}

/** Writes one line to stdout (data only), waiting when the pipe is full. */
export async function out(line: string): Promise<void> {
  watchPipe();
  if (!process.stdout.write(`${line}\n`)) await new Promise((r) => process.stdout.once("drain", r));
}

/** A message for people, on stderr. */
export function say(line: string): void {
  process.stderr.write(`${line}\n`);
}
