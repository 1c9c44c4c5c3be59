import { errorMessage } from "../core/errors.js";
import type { ChatMessage } from "../ports/chat.js";
import type { AppDeps } from "../ports/deps.js";
import type { StoredPollState } from "./poll-state.js";

function describe(sourceId: string, kind: "failing" | "quiet", state: StoredPollState): string {
  if (kind === "failing")
    return `Source ${sourceId} has failed ${state.consecutiveFailures} polls in a row (last error: ${state.lastError ?? "unknown"}). Retrying with backoff.`;
  const since = state.lastItemAt ? new Date(state.lastItemAt).toISOString() : "unknown";
  return `Source ${sourceId} has gone quiet: no new item since ${since}, longer than usual.`;
}

/** Tells the team once that a source is failing or quiet: a short chat message, or a log line when no chat is set up. */
export async function reportSourceProblem(
  deps: AppDeps,
  sourceId: string,
  kind: "failing" | "quiet",
  state: StoredPollState,
): Promise<void> {
  const text = describe(sourceId, kind, state);
  const channel = deps.config.runtime.alertChannel ?? deps.config.routing.defaultChannel;
  deps.metrics.inc("orm_source_reports_total", "Failing or quiet sources reported to the team", {
    source: sourceId,
    kind,
  });
  if (!deps.chat || !channel) {
    deps.log.warn("source problem", { source: sourceId, kind, message: text });
    return;
  }
  const msg: ChatMessage = { fallback: text, blocks: [{ type: "section", text: [text] }] };
  try {
    await deps.chat.post(channel, msg);
  } catch (err) {
    deps.log.error("could not report a source problem", { source: sourceId, kind, error: errorMessage(err) });
  }
}
