import type { IncomingMessage, ServerResponse } from "node:http";
import type { HttpHandler } from "../../http/server.js";

/** How far a request's timestamp may stand from our clock, either way (Slack's replay window). */
export const SLACK_MAX_SKEW_MS = 5 * 60_000;

function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: string): void {
  const text = JSON.stringify({ error });
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": text.length });
  res.end(text);
  req.resume();
}

/**
 * Checks a request on `/slack/events` before Bolt reads it: a timestamp more than 5 minutes in the future
 * is refused like a stale one (Bolt only refuses old ones), and the Content-Type is reduced to its media
 * type so `application/x-www-form-urlencoded; charset=utf-8` parses (Bolt compares the whole header; the
 * signature covers the body only). The signature itself is Bolt's to check.
 */
export function guardSlackRequest(next: HttpHandler, nowMs: () => number = Date.now): HttpHandler {
  return (req, res) => {
    const ts = Number(req.headers["x-slack-request-timestamp"]);
    if (Number.isFinite(ts) && ts * 1000 > nowMs() + SLACK_MAX_SKEW_MS) {
      refuse(req, res, 401, "x-slack-request-timestamp is more than 5 minutes in the future");
      return;
    }
    const type = req.headers["content-type"];
    if (type?.includes(";"))
      req.headers["content-type"] = type.slice(0, type.indexOf(";")).trim().toLowerCase();
    return next(req, res);
  };
}
