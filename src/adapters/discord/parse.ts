import { z } from "zod";

const UserSchema = z.object({
  id: z.string().min(1),
  username: z.string().default(""),
  global_name: z.string().nullish(),
});

const OptionSchema: z.ZodType<{ name: string; type: number; value?: unknown; options?: unknown[] }> = z.lazy(
  () =>
    z.object({
      name: z.string(),
      type: z.number(),
      value: z.unknown().optional(),
      options: z.array(OptionSchema).optional(),
    }),
);

/** The parts of a Discord interaction (gateway INTERACTION_CREATE) the bot uses. */
export const InteractionSchema = z.object({
  id: z.string().min(1),
  application_id: z.string().min(1),
  type: z.number().int(),
  token: z.string().min(1),
  channel_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  guild_id: z.string().optional(),
  member: z.object({ user: UserSchema, roles: z.array(z.string()).default([]) }).optional(),
  user: UserSchema.optional(),
  message: z.object({ id: z.string(), channel_id: z.string().optional() }).optional(),
  data: z
    .object({
      name: z.string().optional(),
      options: z.array(OptionSchema).optional(),
      custom_id: z.string().optional(),
      component_type: z.number().optional(),
      values: z.array(z.string()).optional(),
      /** A submitted modal's inputs (Labels or Action Rows around them). */
      components: z.array(z.unknown()).optional(),
    })
    .optional(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

export const INTERACTION = { command: 2, component: 3, modalSubmit: 5 } as const;

/** `/orm claim args:3` → `claim 3`. */
export function commandText(i: Interaction): string {
  const sub = i.data?.options?.[0];
  if (!sub) return "help";
  const args = (sub.options ?? []).map((o) => String((o as { value?: unknown }).value ?? "")).join(" ");
  return `${sub.name} ${args}`.trim();
}

/** A component's action id and value: a select's choice is `context:chosen`. */
export function componentAction(i: Interaction): { actionId: string; value: string } {
  const id = i.data?.custom_id ?? "";
  const bar = id.indexOf("|");
  const actionId = bar < 0 ? id : id.slice(0, bar);
  const ctx = bar < 0 ? null : id.slice(bar + 1);
  const chosen = i.data?.values?.[0];
  if (chosen === undefined) return { actionId, value: ctx ?? "" };
  return { actionId, value: ctx ? `${ctx}:${chosen}` : chosen };
}
