import { randomBytes } from "node:crypto";

/** How long Slack honours a trigger_id: 3 seconds from the interaction. */
export const TRIGGER_TTL_MS = 3000;

/** A modal the bot opened with views.open, as the stand-in keeps it (the view Slack would show). */
export interface OpenedView {
  id: string;
  hash: string;
  user: string;
  triggerId: string;
  view: Record<string, unknown>;
}

interface Trigger {
  user: string;
  issuedAtMs: number;
  used: boolean;
}

type Answer = Record<string, unknown>;
const fail = (error: string): Answer => ({ ok: false, error });

/**
 * Slack's modals as the stand-in plays them: every command and click carries a fresh trigger_id
 * (registered with `issue`), and views.open takes one only once (`exchanged_trigger_id`), only within
 * 3 s of its interaction (`expired_trigger_id`), and never one Slack did not issue (`invalid_trigger_id`).
 * A modal must be a `modal` view with a title of at most 24 characters and input blocks with labels.
 */
export class SlackViews {
  private readonly triggers = new Map<string, Trigger>();
  readonly opened: OpenedView[] = [];

  /** Slack issued `triggerId` to `user` at `issuedAtMs` (now, by default). */
  issue(triggerId: string, user: string, issuedAtMs = Date.now()): void {
    this.triggers.set(triggerId, { user, issuedAtMs, used: false });
  }

  /** The latest modal opened for `user`. */
  lastFor(user: string): OpenedView | undefined {
    return this.opened.findLast((v) => v.user === user);
  }

  answer(method: string, a: Answer): Answer | null {
    if (method !== "views.open") return null;
    const id = String(a.trigger_id ?? "");
    const t = this.triggers.get(id);
    if (!t) return fail("invalid_trigger_id");
    if (t.used) return fail("exchanged_trigger_id");
    if (Date.now() - t.issuedAtMs > TRIGGER_TTL_MS) return fail("expired_trigger_id");
    const view = a.view as Record<string, unknown> | undefined;
    const problem = view ? viewProblem(view) : "invalid_arguments";
    if (problem) return fail(problem);
    t.used = true;
    const opened: OpenedView = {
      id: `V${randomBytes(5).toString("hex").toUpperCase()}`,
      hash: `${Date.now()}.${randomBytes(4).toString("hex")}`,
      user: t.user,
      triggerId: id,
      view: view!,
    };
    this.opened.push(opened);
    return { ok: true, view: { ...opened.view, id: opened.id, hash: opened.hash, state: { values: {} } } };
  }
}

/** What Slack refuses in a modal view (`invalid_arguments`), or null when it takes it. */
function viewProblem(view: Record<string, unknown>): string | null {
  const title = (view.title as { text?: string } | undefined)?.text ?? "";
  if (view.type !== "modal" || !title || [...title].length > 24) return "invalid_arguments";
  const blocks = (view.blocks as Array<Record<string, unknown>> | undefined) ?? [];
  if (blocks.length === 0 || blocks.length > 100) return "invalid_arguments";
  for (const b of blocks)
    if (b.type === "input" && (!(b.label as { text?: string })?.text || !b.element))
      return "invalid_arguments";
  if (String(view.private_metadata ?? "").length > 3000) return "invalid_arguments";
  return null;
}

/** The state Slack sends with a view_submission: each input block's value, as its element reports it. */
export function viewState(view: Record<string, unknown>, values: Record<string, string>) {
  const state: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const b of (view.blocks as Array<Record<string, unknown>>) ?? []) {
    if (b.type !== "input") continue;
    const el = b.element as {
      type: string;
      action_id: string;
      initial_value?: string;
      initial_option?: unknown;
    };
    const blockId = String(b.block_id);
    const v = values[blockId];
    let entry: Record<string, unknown>;
    if (el.type === "plain_text_input") entry = { type: el.type, value: v ?? el.initial_value ?? null };
    else if (el.type === "static_select") {
      const chosen =
        v === undefined ? (el.initial_option ?? null) : { text: { type: "plain_text", text: v }, value: v };
      entry = { type: el.type, selected_option: chosen };
    } else entry = { type: el.type, selected_user: v ?? null };
    state[blockId] = { [el.action_id]: entry };
  }
  return { values: state };
}
