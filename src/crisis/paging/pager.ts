import { PermanentError } from "../../core/errors.js";

/** One page sent to an outside pager. */
export interface PagerAlert {
  /** Stable key: a retried trigger does not page twice, and acknowledge finds it. */
  key: string;
  summary: string;
  /** The chat user paged, and the pager user it maps to (Opsgenie), if any. */
  userId: string;
  pagerUser: string | null;
  role: string;
  details: Record<string, string>;
}

/** An outside pager (PagerDuty, Opsgenie): trigger a page, acknowledge it when acked in chat. */
export interface Pager {
  readonly name: string;
  trigger(alert: PagerAlert): Promise<void>;
  acknowledge(key: string): Promise<void>;
}

/**
 * POSTs JSON and returns the parsed reply; 4xx other than 408/429 are permanent (never retried),
 * network errors, 408, 429 and 5xx are thrown as retryable errors.
 */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<unknown> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  if (res.ok) return parsed;
  const msg = `${new URL(url).pathname}: HTTP ${res.status} ${text.slice(0, 200)}`;
  if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429)
    throw new PermanentError(msg);
  throw new Error(msg);
}
