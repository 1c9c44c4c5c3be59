import { type REST, Routes } from "discord.js";
import type { ChatMessage, ModalForm, Responder } from "../../ports/chat.js";
import { renderDiscordModal } from "./modal.js";
import type { Interaction } from "./parse.js";
import { renderDiscordMessage } from "./render.js";

export const EPHEMERAL = 64;
/** Interaction callback types (Discord's "interaction response types"). */
export const CALLBACK = { message: 4, deferredMessage: 5, deferredUpdate: 6, modal: 9 } as const;

/** How an interaction was first answered: not yet, deferred with a reply to come, or otherwise. */
export type FirstAnswer = "none" | "deferred-reply" | "answered";

/**
 * Answers one interaction. Whispers edit the deferred reply (`@original`), then follow up; an
 * interaction not yet answered (a click that may open a modal) is answered by its first whisper
 * (an ephemeral message) or by the modal itself, and by an invisible deferred update when neither came.
 */
export class InteractionResponder implements Responder {
  constructor(
    private readonly rest: REST,
    private readonly i: Interaction,
    private state: FirstAnswer,
    private readonly replyInChannel: (m: ChatMessage) => Promise<void>,
  ) {}

  private callback(body: Record<string, unknown>): Promise<unknown> {
    return this.rest.post(Routes.interactionCallback(this.i.id, this.i.token), { body, auth: false });
  }

  private async followUp(m: ChatMessage, flags: number): Promise<void> {
    const body = { ...renderDiscordMessage(m), flags };
    const { application_id: app, token } = this.i;
    if (this.state === "none") {
      this.state = "answered";
      await this.callback({ type: CALLBACK.message, data: body });
    } else if (this.state === "deferred-reply") {
      this.state = "answered";
      await this.rest.patch(Routes.webhookMessage(app, token, "@original"), { body, auth: false });
    } else await this.rest.post(Routes.webhook(app, token), { body, auth: false });
  }

  reply(m: ChatMessage): Promise<void> {
    return this.replyInChannel(m);
  }

  whisper(m: ChatMessage): Promise<void> {
    return this.followUp(m, EPHEMERAL);
  }

  /** The modal must be the interaction's first answer, inside Discord's 3 s. */
  async openModal(form: ModalForm): Promise<void> {
    if (this.state !== "none") throw new Error("a modal must be the first answer to an interaction");
    this.state = "answered";
    await this.callback({ type: CALLBACK.modal, data: renderDiscordModal(form) });
  }

  /** Closes the exchange: a deferred reply still empty says "Done."; an unanswered click is acknowledged. */
  async done(): Promise<void> {
    if (this.state === "deferred-reply")
      await this.followUp({ fallback: "Done.", blocks: [{ type: "section", text: ["Done."] }] }, EPHEMERAL);
    else if (this.state === "none") {
      this.state = "answered";
      await this.callback({ type: CALLBACK.deferredUpdate });
    }
  }
}
