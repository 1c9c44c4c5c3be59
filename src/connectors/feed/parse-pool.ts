import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { PACKAGE_ROOT } from "../../core/paths.js";
import { FeedError } from "./feed-error.js";
import { type ParsedFeed, type ParseFeedOptions, parseFeed } from "./parse.js";

/** Parses feed documents; the pool does it off the event loop, the inline parser on it. */
export interface FeedParser {
  parse(body: Buffer, options: ParseFeedOptions): Promise<ParsedFeed>;
  close(): Promise<void>;
}

/** One document sent to a worker (the body's bytes are transferred, not copied). */
export interface ParseJob {
  id: number;
  body: Uint8Array;
  options: ParseFeedOptions;
}

/** A worker's answer: the parsed feed, or the error's one line (a FeedError's reason is kept as such). */
export type ParseReply =
  | { id: number; ok: true; feed: ParsedFeed }
  | { id: number; ok: false; message: string; feedError: boolean };

export interface ParsePoolOptions {
  /** Time cap per document once a worker has it; past it the worker is replaced and the feed fails. */
  timeoutMs: number;
  /** Workers; default two (one on a single core): one slow document never holds up every feed. */
  size?: number;
  /** Heap cap per worker; a document that needs more fails alone. Default 512 MB. */
  maxHeapMb?: number;
}

/** Parses on the calling thread: the CLI's fallback and tests'. */
export const inlineFeedParser: FeedParser = {
  parse: async (body, options) => parseFeed(body, options),
  close: async () => {},
};

interface Pending {
  job: ParseJob;
  resolve(feed: ParsedFeed): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its code: the time cap never counts a worker's start-up. */
  ready: boolean;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
}

/** The compiled worker script: beside this file in dist/, or dist/ of the package when running from src/. */
function workerScript(): string | null {
  const here = fileURLToPath(new URL("./parse-worker.js", import.meta.url));
  if (existsSync(here)) return here;
  const built = join(PACKAGE_ROOT, "dist", "src", "connectors", "feed", "parse-worker.js");
  return existsSync(built) ? built : null;
}

/**
 * Feed parsing off the main event loop: a few worker threads, one document per message (its mentions come
 * back in one message), a time and heap cap per document. A document that hits a cap kills only its
 * worker, which is replaced; the bot keeps answering meanwhile. Workers never keep the process alive.
 */
export class ParsePool implements FeedParser {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers that died before they were ready, in a row; past three the pool parses inline instead. */
  private startFailures = 0;
  private broken = false;

  constructor(
    private readonly script: string,
    private readonly options: ParsePoolOptions,
  ) {
    const size = options.size ?? Math.min(2, availableParallelism());
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 512 },
    });
    worker.unref();
    const slot: Slot = { worker, ready: false, busy: null, timer: null };
    worker.on("message", (reply: ParseReply | "ready") => {
      if (reply !== "ready") return this.settle(slot, reply);
      slot.ready = true;
      this.startFailures = 0;
      this.drain();
    });
    worker.on("error", (err) => this.fail(slot, describeCrash(err)));
    worker.on("exit", () => this.fail(slot, "not parsed: the parser stopped"));
    return slot;
  }

  parse(body: Buffer, options: ParseFeedOptions): Promise<ParsedFeed> {
    if (this.closed) return Promise.reject(new FeedError("not parsed: the parser is closed"));
    if (this.broken) return inlineFeedParser.parse(body, options);
    // A copy the worker can own: the caller's buffer may be a slice of Node's shared pool.
    const bytes = new Uint8Array(body.byteLength);
    bytes.set(body);
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, body: bytes, options }, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.busy || this.queue.length === 0) continue;
      const p = this.queue.shift()!;
      slot.busy = p;
      slot.timer = setTimeout(
        () => this.fail(slot, `not parsed: took longer than ${this.options.timeoutMs} ms`),
        this.options.timeoutMs,
      );
      slot.timer.unref();
      slot.worker.postMessage(p.job, [p.job.body.buffer as ArrayBuffer]);
    }
  }

  private settle(slot: Slot, reply: ParseReply): void {
    const p = slot.busy;
    if (!p || p.job.id !== reply.id) return;
    this.release(slot);
    if (reply.ok) p.resolve(reply.feed);
    else p.reject(reply.feedError ? new FeedError(reply.message) : new Error(reply.message));
    this.drain();
  }

  /** The worker's document failed (time cap, heap cap, crash): the worker is replaced, the others go on. */
  private fail(slot: Slot, message: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const p = slot.busy;
    this.release(slot);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => {});
    void slot.worker.terminate();
    if (!slot.ready) this.startFailures++;
    if (this.startFailures >= 3) this.broken = true;
    if (this.closed || this.broken) this.slots.splice(i, 1);
    else this.slots[i] = this.spawn();
    p?.reject(new FeedError(message));
    if (this.broken)
      for (const q of this.queue.splice(0))
        inlineFeedParser.parse(Buffer.from(q.job.body), q.job.options).then(q.resolve, q.reject);
    this.drain();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new FeedError("not parsed: the parser is closed"));
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map(async (s) => {
        s.busy?.reject(new FeedError("not parsed: the parser is closed"));
        this.release(s);
        s.worker.removeAllListeners();
        s.worker.on("error", () => {});
        await s.worker.terminate();
      }),
    );
  }
}

function describeCrash(err: Error & { code?: string }): string {
  if (err.code === "ERR_WORKER_OUT_OF_MEMORY") return "not parsed: the document needs too much memory";
  return `not parsed: the parser failed (${err.message.split("\n")[0]})`;
}

/** The pool when its compiled worker is there (always in a built package), else the inline parser. */
export function createFeedParser(options: ParsePoolOptions): FeedParser {
  const script = workerScript();
  return script ? new ParsePool(script, options) : inlineFeedParser;
}
