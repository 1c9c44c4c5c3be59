import type {
  Block,
  ButtonConfirm,
  ButtonElement,
  ChatCapabilities,
  ChatMessage,
  RichText,
  SelectElement,
} from "../ports/chat.js";
import { stepDef } from "./engine-steps.js";
import { type Localized, localize, localizeAll } from "./playbook.js";
import type { CrisisRun, StepState } from "./run.js";

/** How messages are shown: the team's languages, time zone, and what the chat can do. */
export interface RenderContext {
  langs: readonly string[];
  timezone: string;
  capabilities: Pick<ChatCapabilities, "buttons" | "userSelect">;
  now: number;
}

/** "14:05" (or "Nov 20, 14:05" on another day) in the brand's time zone. */
export function clockTime(ms: number, ctx: Pick<RenderContext, "timezone" | "now">): string {
  const sameDay = Math.abs(ms - ctx.now) < 20 * 3_600_000;
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: ctx.timezone,
    hour: "2-digit",
    minute: "2-digit",
    ...(sameDay ? {} : { month: "short", day: "numeric" }),
  }).format(ms);
}

/** "35 min", "2 h 10 min". */
export function duration(ms: number): string {
  const min = Math.round(Math.abs(ms) / 60_000);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  return min % 60 ? `${h} h ${min % 60} min` : `${h} h`;
}

const btn = (
  actionId: string,
  label: string,
  value: string,
  style?: "primary" | "danger",
  confirm?: ButtonConfirm,
): ButtonElement => ({
  type: "button",
  actionId,
  label,
  value,
  ...(style ? { style } : {}),
  ...(confirm ? { confirm } : {}),
});

/** What Declare asks before it acts: declaring opens the room and pages every role. */
export function confirmDeclare(runId: number): ButtonConfirm {
  return {
    title: `Declare crisis #${runId}?`,
    text: "Its room opens and every role in its playbook is paged now.",
    yes: "Declare",
    no: "Cancel",
  };
}

const bilingual = (t: Localized, ctx: RenderContext) => localizeAll(t, ctx.langs).join("\n");
const ICON: Record<StepState["status"], string> = { pending: "○", active: "▶", done: "✅", skipped: "⏭" };

function currentStepBlocks(run: CrisisRun, ctx: RenderContext): Block[] {
  if (!run.current)
    return [
      {
        type: "section",
        text: ["No step open. ", run.status === "active" ? "Close with /orm crisis close when calm." : ""],
      },
    ];
  const def = stepDef(run, run.current)!;
  const st = run.steps[run.current]!;
  const n = run.playbook.steps.findIndex((s) => s.id === def.id) + 1;
  const due = st.dueAt ?? ctx.now;
  const when =
    due < ctx.now
      ? `OVERDUE by ${duration(ctx.now - due)}`
      : `due ${clockTime(due, ctx)} (in ${duration(due - ctx.now)})`;
  const head: RichText = [
    { text: `Step ${n}/${run.playbook.steps.length}: ${localize(def.title, ctx.langs)}`, bold: true },
    `\nOwner: ${def.owner} `,
    st.assignee ? { user: st.assignee } : "(nobody holds this role)",
    ` · ${when}`,
    ...(def.allowed
      ? [
          `\n🔒 Only ${def.allowed.join(" or ")} may ${def.choices ? "decide" : "finish"}, skip or reassign this step`,
        ]
      : []),
  ];
  const body: string[] = [bilingual(def.instructions, ctx)];
  if (def.checklist) body.push(def.checklist.map((c) => `☐ ${localize(c, ctx.langs)}`).join("\n"));
  const blocks: Block[] = [
    { type: "section", text: head },
    { type: "section", text: [body.join("\n\n")] },
  ];
  if (def.template)
    blocks.push({ type: "section", text: [{ text: bilingual(def.template, ctx), quote: true }] });
  blocks.push(...stepActions(run, ctx));
  return blocks;
}

function stepActions(run: CrisisRun, ctx: RenderContext): Block[] {
  const def = stepDef(run, run.current!)!;
  const v = `${run.id}:${def.id}`;
  if (!ctx.capabilities.buttons) {
    const first = def.choices
      ? def.choices.map((c) => `/orm crisis decide ${run.id} ${def.id} ${c.id}`).join("  ·  ")
      : `/orm crisis done ${run.id} ${def.id}`;
    return [
      {
        type: "context",
        text: [
          `Type: ${first}  ·  /orm crisis skip ${run.id} ${def.id}  ·  /orm crisis help ${run.id} ${def.id}  ·  /orm crisis reassign ${run.id} ${def.id} @someone`,
        ],
      },
    ];
  }
  const main: ButtonElement[] = def.choices
    ? def.choices.map((c) =>
        btn("orm_decision", localize(c.label, ctx.langs).slice(0, 75), `${v}:${c.id}`, "primary"),
      )
    : [btn("orm_step_done", "Done", v, "primary")];
  const reassign: ButtonElement | SelectElement = ctx.capabilities.userSelect
    ? { type: "select", actionId: "orm_step_reassign", placeholder: "Reassign…", options: "users", value: v }
    : btn("orm_step_reassign", "Reassign", v);
  return [
    {
      type: "actions",
      elements: [
        ...main,
        btn("orm_step_skip", "Skip", v),
        btn("orm_step_help", "Need help", v, "danger"),
        reassign,
      ],
    },
  ];
}

function progressLine(run: CrisisRun): string {
  return run.playbook.steps
    .map((s) => {
      const st = run.steps[s.id];
      const late = st?.overdue ? " (late)" : "";
      return `${ICON[st?.status ?? "pending"]} ${s.id}${late}`;
    })
    .join("  ");
}

/** The pinned status message: the crisis, its current step with owner, deadline and buttons, progress. */
export function renderStatus(run: CrisisRun, ctx: RenderContext): ChatMessage {
  const title = `🚨 Crisis #${run.id} · ${localize(run.playbook.title, ctx.langs)}`;
  const state =
    run.status === "closed"
      ? `Closed ${clockTime(run.closedAt ?? ctx.now, ctx)}`
      : `Active since ${clockTime(run.declaredAt ?? ctx.now, ctx)}`;
  const openPages = run.pages.filter((p) => p.ackedAt === null && !p.passedOn).length;
  const blocks: Block[] = [
    { type: "header", text: title.slice(0, 150) },
    {
      type: "section",
      text: [
        { text: run.reason },
        `\n${state}`,
        run.drivers.length ? ` · drivers: ${run.drivers.join(", ")}` : "",
      ],
    },
    { type: "divider" },
    ...(run.status === "active" ? currentStepBlocks(run, ctx) : []),
    {
      type: "context",
      text: [
        `${progressLine(run)}\n${run.mentionIds.length} mention(s) attached · ${openPages} page(s) awaiting ack`,
      ],
    },
  ];
  return { fallback: `${title}: ${run.status}${run.current ? `, step ${run.current}` : ""}`, blocks };
}

/** The proposal to the managers: why, and Declare / Dismiss while undecided. */
export function renderProposal(run: CrisisRun, notify: string[], ctx: RenderContext): ChatMessage {
  const head = run.status === "proposed" ? "Declare a crisis?" : `Crisis #${run.id} ${run.status}`;
  const who: RichText = notify.flatMap((u) => [{ user: u }, " "]);
  const decided = run.timeline.find((t) => t.kind === "declared" || t.kind === "dismissed");
  const blocks: Block[] = [
    { type: "header", text: head },
    {
      type: "section",
      text: [{ text: run.reason, bold: true }, `\nPlaybook: ${localize(run.playbook.title, ctx.langs)}`],
    },
  ];
  if (run.status === "proposed") {
    if (who.length) blocks.push({ type: "context", text: who });
    blocks.push(
      ctx.capabilities.buttons
        ? {
            type: "actions",
            elements: [
              btn("orm_crisis_declare", "Declare", String(run.id), "danger", confirmDeclare(run.id)),
              btn("orm_crisis_dismiss", "Dismiss", String(run.id)),
            ],
          }
        : {
            type: "context",
            text: [`Type /orm crisis declare ${run.id}  or  /orm crisis dismiss ${run.id}`],
          },
    );
  } else if (decided) {
    blocks.push({
      type: "context",
      text: [
        `${decided.kind === "declared" ? "Declared" : "Dismissed"} by `,
        { user: decided.actor },
        ` at ${clockTime(decided.at, ctx)}`,
      ],
    });
  }
  return { fallback: `${head} ${run.reason}`, blocks };
}

/** The private briefing a paged person gets by DM, with an Acknowledge button. */
export function renderPage(run: CrisisRun, pageId: string, ctx: RenderContext): ChatMessage {
  const page = run.pages.find((p) => p.id === pageId)!;
  const role = run.playbook.roles[page.role];
  const roleTitle = role ? localize(role.title, ctx.langs) : page.role;
  const text = `You are paged as ${roleTitle} for crisis #${run.id}: ${page.reason}`;
  const blocks: Block[] = [
    { type: "header", text: `🚨 Crisis #${run.id}: you are paged` },
    { type: "section", text: [text, run.room ? `\nRoom: ${run.room}` : ""] },
  ];
  if (role) blocks.push({ type: "section", text: [{ text: bilingual(role.briefing, ctx), quote: true }] });
  blocks.push(
    ctx.capabilities.buttons
      ? { type: "actions", elements: [btn("orm_page_ack", "Acknowledge", `${run.id}:${page.id}`, "primary")] }
      : { type: "context", text: [`Acknowledge: /orm crisis ack ${run.id} ${page.id}`] },
  );
  return { fallback: text, blocks };
}

/** A short line in the crisis room. */
export function renderNote(text: RichText): ChatMessage {
  const plain = text.map((s) => (typeof s === "string" ? s : "user" in s ? `@${s.user}` : s.text)).join("");
  return { fallback: plain, blocks: [{ type: "section", text }] };
}
