import { type DiscordFile, DiscordHttpError, DiscordMessages, EPHEMERAL } from "./discord-messages.js";

/** An interaction the stand-in issued (Discord's side of one command or click). */
export interface IssuedInteraction {
  id: string;
  token: string;
  type: number;
  channel: string;
  user: string;
  /** The message a clicked component sits on. */
  messageId: string | null;
  /** The callback it got: `type` 4–7, with `flags` for a (deferred) reply. */
  callback: { type: number; flags: number } | null;
  /** The message that is the interaction's `@original` response, once there is one. */
  originalId: string | null;
  /** When it was issued (epoch ms): its first answer must come within 3 s. */
  issuedAtMs: number;
  /** The modal it was answered with (callback type 9), as sent. */
  modal: Record<string, unknown> | null;
  /** First answers refused (too late, or not allowed). */
  refused: number;
}

/** Discord's window for an interaction's first answer. */
export const FIRST_ANSWER_MS = 3000;

const CALLBACK = { message: 4, deferredMessage: 5, deferredUpdate: 6, update: 7, modal: 9 } as const;
const TYPE = { command: 2, component: 3, modalSubmit: 5 } as const;

/**
 * Interactions held to Discord's rules: one callback per interaction (a second is 400 40060), a token
 * it never issued is 404 10062, and the webhook (`@original`, follow-ups) answers 404 10015 until the
 * interaction was acknowledged. Ephemeral responses are seen by the interaction's user only.
 */
export class DiscordInteractions {
  private readonly byToken = new Map<string, IssuedInteraction>();

  constructor(private readonly messages: DiscordMessages) {}

  /** Registers a raw interaction (what the gateway is about to deliver), issued at `issuedAtMs`. */
  issue(raw: Record<string, unknown>, issuedAtMs = Date.now()): IssuedInteraction {
    const member = raw.member as { user?: { id?: string } } | undefined;
    const user = member?.user?.id ?? (raw.user as { id?: string } | undefined)?.id ?? "";
    const message = raw.message as { id?: string } | undefined;
    const issued: IssuedInteraction = {
      id: String(raw.id),
      token: String(raw.token),
      type: Number(raw.type),
      channel: String(raw.channel_id ?? ""),
      user,
      messageId: message?.id ?? null,
      callback: null,
      originalId: null,
      issuedAtMs,
      modal: null,
      refused: 0,
    };
    this.byToken.set(issued.token, issued);
    return issued;
  }

  /** The latest interaction of `user` that was answered with a modal. */
  answeredWithModal(user: string): IssuedInteraction | undefined {
    return [...this.byToken.values()].findLast((i) => i.user === user && i.modal !== null);
  }

  /** Whether the stand-in issued `token` (others are answered leniently, for tests that skip `issue`). */
  knows(token: string): boolean {
    return this.byToken.has(token);
  }

  /** POST /interactions/{id}/{token}/callback. */
  callback(id: string, token: string, body: Record<string, unknown>): null {
    const i = this.byToken.get(token);
    if (!i || i.id !== id) throw new DiscordHttpError(404, 10062, "Unknown interaction");
    if (i.callback) throw new DiscordHttpError(400, 40060, "Interaction has already been acknowledged.");
    const data = (body.data as Record<string, unknown> | undefined) ?? {};
    const type = Number(body.type);
    if (type === CALLBACK.modal) {
      // Only a command or a click can answer with a modal, and only as its first answer within 3 s.
      const late = Date.now() - i.issuedAtMs > FIRST_ANSWER_MS;
      const allowed = (i.type === TYPE.command || i.type === TYPE.component) && modalValid(data);
      if (late || !allowed) {
        i.refused++;
        if (late) throw new DiscordHttpError(404, 10062, "Unknown interaction");
        throw new DiscordHttpError(400, 50035, "Invalid Form Body");
      }
      i.callback = { type, flags: 0 };
      i.modal = data;
      return null;
    }
    i.callback = { type, flags: Number(data.flags ?? 0) };
    if (type === CALLBACK.message) i.originalId = this.post(i, data, []).id;
    if (type === CALLBACK.update && i.messageId) this.messages.edit(i.channel, i.messageId, data);
    return null;
  }

  /** PATCH /webhooks/{app}/{token}/messages/@original. */
  editOriginal(token: string, body: Record<string, unknown>): Record<string, unknown> {
    const i = this.acknowledged(token);
    const updatesComponent =
      i.callback!.type === CALLBACK.deferredUpdate || i.callback!.type === CALLBACK.update;
    if (updatesComponent && i.messageId)
      return DiscordMessages.json(this.messages.edit(i.channel, i.messageId, body));
    if (i.originalId) return DiscordMessages.json(this.messages.edit(i.channel, i.originalId, body));
    const created = this.post(i, { ...body, flags: i.callback!.flags }, []);
    i.originalId = created.id;
    return DiscordMessages.json(created);
  }

  /** POST /webhooks/{app}/{token}: a follow-up message. */
  followUp(token: string, body: Record<string, unknown>, files: DiscordFile[]): Record<string, unknown> {
    return DiscordMessages.json(this.post(this.acknowledged(token), body, files));
  }

  private acknowledged(token: string): IssuedInteraction {
    const i = this.byToken.get(token);
    if (!i?.callback) throw new DiscordHttpError(404, 10015, "Unknown Webhook");
    return i;
  }

  private post(i: IssuedInteraction, body: Record<string, unknown>, files: DiscordFile[]) {
    const ephemeral = (Number(body.flags ?? 0) & EPHEMERAL) !== 0;
    return this.messages.create(i.channel, body, files, ephemeral ? i.user : null);
  }
}

/** Discord's checks on a modal: custom_id 1–100, title 1–45, 1–5 components, labels 1–45 around inputs. */
function modalValid(data: Record<string, unknown>): boolean {
  const id = String(data.custom_id ?? "");
  const title = String(data.title ?? "");
  const components = (data.components as Array<Record<string, unknown>> | undefined) ?? [];
  if (id.length < 1 || id.length > 100 || title.length < 1 || title.length > 45) return false;
  if (components.length < 1 || components.length > 5) return false;
  return components.every((c) => {
    if (c.type === 10) return typeof c.content === "string";
    if (c.type !== 18) return false;
    const label = String(c.label ?? "");
    const inner = c.component as Record<string, unknown> | undefined;
    if (label.length < 1 || label.length > 45 || !inner || typeof inner.custom_id !== "string") return false;
    if (inner.type === 4)
      return Number(inner.max_length ?? 4000) <= 4000 && String(inner.value ?? "").length <= 4000;
    return inner.type === 3 || inner.type === 5;
  });
}
