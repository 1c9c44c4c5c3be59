import {
  closeSync,
  existsSync,
  fdatasyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { PRIVATE_FILE_MODE, privateDir } from "../../core/private-files.js";
import type { StoreOp } from "./ops.js";

/**
 * Write-ahead journal of store ops: one JSON line per op, appended with write(2) before the
 * in-memory state changes. A snapshot (`snapshot-N.jsonl`, written to a temp file and renamed)
 * plus the journal of the same generation (`journal-N.jsonl`) rebuild the state; a torn last line
 * (crash mid-write) is dropped on replay and cut off.
 */
export class Journal {
  private fd: number;
  private gen: number;
  private dirty = false;
  private pending = "";
  private flushQueued = false;
  private syncTimer: NodeJS.Timeout | null = null;
  bytes = 0;

  private constructor(
    private readonly dir: string,
    gen: number,
    fd: number,
    bytes: number,
  ) {
    this.gen = gen;
    this.fd = fd;
    this.bytes = bytes;
  }

  /** Opens the journal in `dir`, replaying the snapshot and journal through `apply`. */
  static open(dir: string, apply: (op: StoreOp) => void): Journal {
    privateDir(dir);
    const gens = readdirSync(dir)
      .map((f) => /^snapshot-(\d+)\.jsonl$/.exec(f)?.[1])
      .filter((g): g is string => g !== undefined)
      .map(Number)
      .sort((a, b) => b - a);
    const gen = gens[0] ?? 0;
    const snap = join(dir, `snapshot-${gen}.jsonl`);
    if (existsSync(snap)) replay(snap, apply);
    const jpath = join(dir, `journal-${gen}.jsonl`);
    const goodBytes = existsSync(jpath) ? replay(jpath, apply) : 0;
    const fd = openSync(jpath, "a+", PRIVATE_FILE_MODE);
    ftruncateSync(fd, goodBytes);
    return new Journal(dir, gen, fd, goodBytes);
  }

  /**
   * Appends ops. Ops appended in one synchronous run are written together by one write(2) in a
   * microtask, which runs before the caller's `await` resumes, so nothing the caller does next (a
   * post, a reply) can happen before its change is in the file; fdatasync follows within 100 ms.
   */
  append(ops: StoreOp[]): void {
    if (ops.length === 0) return;
    for (const op of ops) this.pending += `${JSON.stringify(op)}\n`;
    if (!this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(() => this.flush());
    }
  }

  /** Writes what is pending now. */
  flush(): void {
    this.flushQueued = false;
    if (!this.pending) return;
    const buf = Buffer.from(this.pending, "utf8");
    this.pending = "";
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
    this.bytes += buf.length;
    this.dirty = true;
    if (!this.syncTimer) {
      this.syncTimer = setTimeout(() => this.sync(), 100);
      this.syncTimer.unref();
    }
  }

  sync(): void {
    this.flush();
    if (this.syncTimer) clearTimeout(this.syncTimer);
    this.syncTimer = null;
    if (!this.dirty) return;
    fdatasyncSync(this.fd);
    this.dirty = false;
  }

  /** Writes a fresh snapshot from `ops`, atomically switches to it, and starts an empty journal. */
  compact(ops: Iterable<StoreOp>): void {
    this.sync();
    const next = this.gen + 1;
    const tmp = join(this.dir, `snapshot-${next}.jsonl.tmp`);
    const fd = openSync(tmp, "w", PRIVATE_FILE_MODE);
    let chunk = "";
    for (const op of ops) {
      chunk += `${JSON.stringify(op)}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = "";
      }
    }
    writeSync(fd, chunk);
    fdatasyncSync(fd);
    closeSync(fd);
    const newJournal = join(this.dir, `journal-${next}.jsonl`);
    const jfd = openSync(newJournal, "w", PRIVATE_FILE_MODE);
    renameSync(tmp, join(this.dir, `snapshot-${next}.jsonl`));
    this.sync();
    closeSync(this.fd);
    for (const old of [`snapshot-${this.gen}.jsonl`, `journal-${this.gen}.jsonl`]) {
      const p = join(this.dir, old);
      if (existsSync(p)) unlinkSync(p);
    }
    this.fd = jfd;
    this.gen = next;
    this.bytes = 0;
  }

  close(): void {
    this.sync();
    closeSync(this.fd);
  }
}

/** Applies every complete line of a file; returns the byte length of the good prefix. */
function replay(path: string, apply: (op: StoreOp) => void): number {
  const buf = readFileSync(path);
  let start = 0;
  let good = 0;
  while (start < buf.length) {
    const nl = buf.indexOf(10, start);
    if (nl < 0) break; // torn last line: no newline, drop it
    const line = buf.toString("utf8", start, nl);
    try {
      if (line.trim()) apply(JSON.parse(line) as StoreOp);
    } catch {
      break; // a corrupt line ends the trustworthy prefix
    }
    start = nl + 1;
    good = start;
  }
  return good;
}
