import type { ModalField, ModalForm } from "../../ports/chat.js";
import type { Interaction } from "./parse.js";
import { customId, renderDiscordText } from "./render.js";

/** Discord's modal limits: title, label and text input lengths, and at most five top-level components. */
export const DISCORD_MODAL_LIMITS = { title: 45, label: 45, textInput: 4000, components: 5 } as const;

const COMPONENT = { textInput: 4, stringSelect: 3, userSelect: 5, textDisplay: 10, label: 18 } as const;
const TEXT_STYLE = { short: 1, paragraph: 2 } as const;

function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function input(f: ModalField): Record<string, unknown> {
  switch (f.kind) {
    case "text":
      return {
        type: COMPONENT.textInput,
        custom_id: f.id,
        style: f.multiline ? TEXT_STYLE.paragraph : TEXT_STYLE.short,
        max_length: Math.min(f.maxChars, DISCORD_MODAL_LIMITS.textInput),
        required: !(f.optional ?? false),
        ...(f.initial ? { value: f.initial.slice(0, DISCORD_MODAL_LIMITS.textInput) } : {}),
        ...(f.placeholder ? { placeholder: cut(f.placeholder, 100) } : {}),
      };
    case "select":
      return {
        type: COMPONENT.stringSelect,
        custom_id: f.id,
        options: f.options.slice(0, 25).map((o) => ({
          label: cut(o.label, 100),
          value: o.value,
          ...(o.value === f.initial ? { default: true } : {}),
        })),
      };
    case "user":
      return { type: COMPONENT.userSelect, custom_id: f.id };
  }
}

/**
 * The data of a MODAL interaction response (callback type 9): the intro as a Text Display, each field
 * in a Label; the custom_id carries the handler and its context (`orm_reply_submit|3:nonce`).
 */
export function renderDiscordModal(form: ModalForm): Record<string, unknown> {
  const components: Array<Record<string, unknown>> = [];
  if (form.intro)
    components.push({ type: COMPONENT.textDisplay, content: renderDiscordText(form.intro, new Set()) });
  for (const f of form.fields)
    components.push({
      type: COMPONENT.label,
      label: cut(f.label, DISCORD_MODAL_LIMITS.label),
      component: input(f),
    });
  return {
    custom_id: customId(form.callbackId, form.context),
    title: cut(form.title, DISCORD_MODAL_LIMITS.title),
    components: components.slice(0, DISCORD_MODAL_LIMITS.components),
  };
}

type Submitted = {
  custom_id?: unknown;
  value?: unknown;
  values?: unknown;
  component?: unknown;
  components?: unknown;
};

/** Every submitted input, wherever Discord nests it (a Label's `component`, an Action Row's `components`). */
function collect(list: unknown, out: Record<string, string>): void {
  if (!Array.isArray(list)) return;
  for (const c of list as Submitted[]) {
    if (!c || typeof c !== "object") continue;
    if (typeof c.custom_id === "string") {
      if (typeof c.value === "string") out[c.custom_id] = c.value;
      else if (Array.isArray(c.values)) out[c.custom_id] = String(c.values[0] ?? "");
    }
    if (c.component) collect([c.component], out);
    if (c.components) collect(c.components, out);
  }
}

/** What a MODAL_SUBMIT interaction says: its handler, context and each field's value. */
export function readModalSubmit(i: Interaction): {
  callbackId: string;
  context: string;
  values: Record<string, string>;
} {
  const id = i.data?.custom_id ?? "";
  const bar = id.indexOf("|");
  const values: Record<string, string> = {};
  collect(i.data?.components, values);
  return {
    callbackId: bar < 0 ? id : id.slice(0, bar),
    context: bar < 0 ? "" : id.slice(bar + 1),
    values,
  };
}
