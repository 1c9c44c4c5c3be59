import type { Block, ButtonElement, ChatMessage, RichText, SelectElement } from "../../ports/chat.js";

/** Drops control characters (ANSI escapes included) from outside text so it cannot drive the terminal. */
export function sanitize(s: string): string {
  return s
    .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, "")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");
}

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  underline(s: string): string;
}

export const ansiStyle: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  underline: (s) => `\x1b[4m${s}\x1b[24m`,
};

export const plainStyle: Style = { bold: (s) => s, dim: (s) => s, underline: (s) => s };

/** Renders rich text for a terminal; `names` turns user ids into display names. */
export function renderText(text: RichText, style: Style, names: (id: string) => string): string {
  let out = "";
  for (const span of text) {
    if (typeof span === "string") out += sanitize(span);
    else if ("user" in span) out += style.bold(`@${sanitize(names(span.user))}`);
    else if ("url" in span) out += `${sanitize(span.text)} <${sanitize(span.url)}>`;
    else {
      let t = sanitize(span.text);
      if (span.quote) t = t.replace(/^/gm, "> ");
      if (span.bold) t = style.bold(t);
      if (span.code) t = `\`${t}\``;
      out += t;
    }
  }
  return out;
}

/** The command a button stands for in the terminal: `orm_resolve` + `3:spam` → `/orm resolve 3 spam`. */
export function actionCommand(el: ButtonElement | SelectElement, value?: string): string {
  if (el.type === "button" && el.command) return sanitize(el.command);
  const name = el.actionId.replace(/^orm_/, "").replace(/_/g, "-");
  const v = value ?? (el.type === "button" ? el.value : "");
  return sanitize(`/orm ${name} ${v.split(":").join(" ")}`.trim());
}

/** Options a terminal lists in the command a select stands for; more are shown as "…". */
const MAX_LISTED_CHOICES = 6;

/**
 * What to type for a select: its context and its few choices (`419:negative|neutral|positive`, shown as
 * `/orm label 419 negative|neutral|positive`), or "…" where there are many or they are people.
 */
function selectChoices(e: SelectElement): string {
  const ctx = e.value !== undefined ? `${e.value}:` : "";
  if (e.options === "users") return `${ctx}@user`;
  const values = e.options.map((o) => o.value);
  if (values.length === 0 || values.length > MAX_LISTED_CHOICES) return `${ctx}…`;
  // Options that carry the context themselves (`419:fixed`) show it once.
  const shared = values[0]!.includes(":") ? values[0]!.slice(0, values[0]!.indexOf(":") + 1) : "";
  const own = shared && values.every((v) => v.startsWith(shared)) ? shared : "";
  return `${ctx}${own}${values.map((v) => v.slice(own.length)).join("|")}`;
}

function renderBlock(b: Block, style: Style, names: (id: string) => string): string[] {
  switch (b.type) {
    case "header":
      return [style.bold(sanitize(b.text))];
    case "divider":
      return ["─".repeat(40)];
    case "section":
      return [
        renderText(b.text, style, names),
        ...(b.fields ?? []).map((f) => `  ${renderText(f, style, names)}`),
      ];
    case "context":
      return [style.dim(renderText(b.text, plainStyle, names))];
    case "actions": {
      // Two controls that stand for the same typed command (the Assign… form and the Assign to… menu) show once.
      const shown = new Set<string>();
      return [
        b.elements
          .flatMap((e) => {
            const command = e.type === "button" ? actionCommand(e) : actionCommand(e, selectChoices(e));
            if (shown.has(command)) return [];
            shown.add(command);
            return [`[${sanitize(e.type === "button" ? e.label : e.placeholder)}] ${command}`];
          })
          .join("   "),
      ];
    }
  }
}

/** A message as a card of lines with a left rule. */
export function renderCard(msg: ChatMessage, style: Style, names: (id: string) => string): string {
  const lines = msg.blocks.flatMap((b) => renderBlock(b, style, names)).flatMap((l) => l.split("\n"));
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  if (lines.length === 0) return sanitize(msg.fallback);
  if (lines.length === 1) return `─ ${lines[0]}`;
  return lines.map((l, i) => `${i === 0 ? "┌" : i === lines.length - 1 ? "└" : "│"} ${l}`).join("\n");
}
