import { parentPort } from "node:worker_threads";
import { FeedError } from "./feed-error.js";
import { parseFeed } from "./parse.js";
import type { ParseJob, ParseReply } from "./parse-pool.js";

/** The feed-parsing worker: one document per message in, its mentions (or a one-line error) out. */
parentPort?.on("message", (job: ParseJob) => {
  let reply: ParseReply;
  try {
    const body = Buffer.from(job.body.buffer, job.body.byteOffset, job.body.byteLength);
    reply = { id: job.id, ok: true, feed: parseFeed(body, job.options) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    reply = { id: job.id, ok: false, message, feedError: err instanceof FeedError };
  }
  parentPort?.postMessage(reply);
});

parentPort?.postMessage("ready");
