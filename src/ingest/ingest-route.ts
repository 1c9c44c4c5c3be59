import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { errorMessage, newErrorRef } from "../core/errors.js";
import type { Logger } from "../core/log.js";
import { type Mention, MentionInputSchema, normalizeMention } from "../core/mention.js";
import { defaultMentionId } from "../core/mention-id.js";
import type { Metrics } from "../core/metrics.js";
import type { Pipeline } from "../mentions/pipeline.js";

/** What `POST /ingest` needs: the pipeline, the bearer token (unset: the route refuses everyone), a body cap. */
export interface IngestHandlerDeps {
  pipeline: Pipeline;
  token: string | undefined;
  maxBytes: number;
  metrics: Metrics;
  /** Where a failure's details go, under the reference the client is given. */
  log?: Logger;
}

/** Mentions accepted in one request at most. */
export const MAX_MENTIONS_PER_REQUEST = 10_000;

class BodyTooLarge extends Error {}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function tokenMatches(header: string | undefined, token: string | undefined): boolean {
  if (!token) return false;
  const m = /^Bearer\s+(.+)$/i.exec(header ?? "");
  if (!m) return false;
  const given = Buffer.from(m[1]!.trim());
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (declared > maxBytes) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, total);
}

/** Validates one mention or an array of them; every problem as `[index.]path: message`. */
export function validateMentions(data: unknown): { mentions: Mention[]; errors: string[] } {
  const items = Array.isArray(data) ? data : [data];
  if (items.length > MAX_MENTIONS_PER_REQUEST)
    return { mentions: [], errors: [`(root): at most ${MAX_MENTIONS_PER_REQUEST} mentions per request`] };
  const mentions: Mention[] = [];
  const errors: string[] = [];
  items.forEach((item, i) => {
    const r = MentionInputSchema.safeParse(item);
    if (!r.success) {
      const prefix = Array.isArray(data) ? [String(i)] : [];
      for (const issue of r.error.issues)
        errors.push(`${[...prefix, ...issue.path.map(String)].join(".") || "(root)"}: ${issue.message}`);
      return;
    }
    mentions.push(normalizeMention(r.data, defaultMentionId));
  });
  return { mentions, errors };
}

async function handle(deps: IngestHandlerDeps, req: IncomingMessage, res: ServerResponse): Promise<number> {
  if (!tokenMatches(req.headers.authorization, deps.token)) {
    send(res, 401, {
      error: deps.token ? "missing or invalid bearer token" : "ingest is disabled: set INGEST_TOKEN",
    });
    return 401;
  }
  let body: Buffer;
  try {
    body = await readBody(req, deps.maxBytes);
  } catch (err) {
    if (!(err instanceof BodyTooLarge)) throw err;
    send(res, 413, { error: `body is over the ${deps.maxBytes}-byte limit` });
    req.resume();
    return 413;
  }
  let data: unknown;
  try {
    data = JSON.parse(body.toString("utf8"));
  } catch (err) {
    send(res, 400, { error: "body is not valid JSON", errors: [errorMessage(err)] });
    return 400;
  }
  const { mentions, errors } = validateMentions(data);
  if (errors.length > 0) {
    send(res, 400, { error: "invalid mention(s)", errors });
    return 400;
  }
  const result = { accepted: 0, duplicates: 0 };
  for (const batch of byTextSize(mentions, BATCH_TEXT_CHARS)) {
    const r = await deps.pipeline.ingest(batch);
    result.accepted += r.accepted;
    result.duplicates += r.duplicates;
    // Between batches other requests (/healthz, Slack's 3-second acks) get their turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
  send(res, 202, result);
  return 202;
}

/** Text analysed per pipeline call at most: a 5 MB body of long texts is taken in slices of ~0.5 MB. */
const BATCH_TEXT_CHARS = 500_000;

/** Consecutive batches whose text and title add up to about `maxChars` (at least one mention each). */
function* byTextSize(mentions: Mention[], maxChars: number): Generator<Mention[]> {
  let batch: Mention[] = [];
  let chars = 0;
  for (const m of mentions) {
    const size = m.text.length + (m.title?.length ?? 0);
    if (batch.length > 0 && chars + size > maxChars) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(m);
    chars += size;
  }
  if (batch.length > 0) yield batch;
}

/**
 * The `POST /ingest` handler (CONTRACT.md): bearer token, body size limit, one mention or an array validated
 * with zod; 202 `{"accepted": n, "duplicates": n}`, 400 listing every problem, 401, 413, 500 with a
 * reference to the log line. Never throws.
 */
export function createIngestHandler(
  deps: IngestHandlerDeps,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let status: number;
    try {
      status = await handle(deps, req, res);
    } catch (err) {
      // The client gets a reference, never our internal text; the log line carries both.
      status = 500;
      const ref = newErrorRef();
      deps.log?.error("ingest failed", { ref, error: errorMessage(err) });
      if (!res.headersSent) send(res, 500, { error: `could not ingest (ref ${ref})` });
      else res.destroy();
    }
    deps.metrics.inc("orm_ingest_requests_total", "POST /ingest requests by status", {
      status: String(status),
    });
  };
}
