import type { ChatDriver, Delivery, Seen, SeenModal, Submitted, WireFaults } from "./chat-driver.js";
import type { DiscordGatewayStandin } from "./discord-gateway-standin.js";
import type { IssuedInteraction } from "./discord-interactions.js";
import { type DiscordMessage, DiscordMessages } from "./discord-messages.js";
import { interaction, interactionToken } from "./discord-payloads.js";
import { readDiscordMessage } from "./discord-reading.js";
import type { DiscordStandin } from "./discord-standin.js";
import { eventually } from "./eventually.js";

const CHANNEL_MESSAGES = /^\/channels\/[^/]+\/messages$/;

/**
 * Acts as people in a Discord guild and reads what they see: commands and clicks arrive as
 * INTERACTION_CREATE over the gateway stand-in, with interactions the REST stand-in issued (so
 * Discord's rules on callbacks and webhooks hold); messages are read from the REST stand-in.
 */
export class DiscordDriver implements ChatDriver {
  readonly people = ["555555555555555555", "666666666666666666"] as const;
  readonly channel = "444444444444444444";
  readonly notifies = true;
  private readonly rawOf = new WeakMap<Seen, DiscordMessage>();
  private readonly modalOf = new WeakMap<SeenModal, IssuedInteraction>();
  /** The next interaction was issued this long ago (then back to 0): Discord's 3 s for a first answer. */
  interactionAgeMs = 0;

  constructor(
    private readonly rest: DiscordStandin,
    private readonly gateway: DiscordGatewayStandin,
  ) {}

  private read(m: DiscordMessage): Seen {
    const seen: Seen = {
      ...readDiscordMessage(m),
      ref: m.onlyFor ? null : { channel: m.channel_id, ts: m.id },
      threadOf: null,
      onlyFor: m.onlyFor,
      files: m.files.map((f) => ({ name: f.name, bytes: f.bytes })),
      edited: m.edited_timestamp !== null,
    };
    this.rawOf.set(seen, m);
    return seen;
  }

  seen(channel: string, person: string): Seen[] {
    return this.rest.store.all
      .filter((m) => m.channel_id === channel && (m.onlyFor === null || m.onlyFor === person))
      .map((m) => this.read(m));
  }

  dms(person: string): Seen[] {
    const channel = this.rest.store.dmChannelOf(person);
    return channel ? this.seen(channel, person) : [];
  }

  /** The `/orm` subcommands registered last (Discord offers a person only those). */
  private registered(): string[] {
    const put = this.rest.find("PUT", /\/commands$/).at(-1);
    const orm = (put?.body as unknown as Array<{ options?: Array<{ name: string }> }> | undefined)?.[0];
    return (orm?.options ?? []).map((o) => o.name);
  }

  /** Issues the interaction, sends it over the gateway and waits for the bot's callback. */
  private async deliver(raw: Record<string, unknown>): Promise<Delivery> {
    const issued = this.rest.interactions.issue(raw, Date.now() - this.interactionAgeMs);
    this.interactionAgeMs = 0;
    this.gateway.dispatch("INTERACTION_CREATE", raw);
    await eventually(() => issued.callback ?? issued.refused, `the callback of interaction ${issued.id}`);
    return { again: async () => this.gateway.dispatch("INTERACTION_CREATE", raw) };
  }

  async command(person: string, channel: string, text: string): Promise<Delivery> {
    const [sub = "", ...words] = text.split(" ");
    if (!this.registered().includes(sub)) throw new Error(`Discord offers no /orm ${sub}`);
    const args = words.join(" ");
    const raw = interaction({
      kind: "command",
      userId: person,
      channel,
      sub,
      ...(args ? { args } : {}),
      token: interactionToken,
    });
    return this.deliver(raw);
  }

  async click(person: string, message: Seen, label: string): Promise<Delivery> {
    const m = this.rawOf.get(message);
    type Row = { components?: Array<{ type: number; label?: string; custom_id?: string }> };
    const button = ((m?.components ?? []) as Row[])
      .flatMap((r) => r.components ?? [])
      .find((c) => c.type === 2 && c.label === label);
    if (!m || !button?.custom_id) throw new Error(`no button "${label}" on that message`);
    const raw = interaction({
      kind: "component",
      userId: person,
      channel: m.channel_id,
      customId: button.custom_id,
      message: DiscordMessages.json(m),
      token: interactionToken,
    });
    return this.deliver(raw);
  }

  modal(person: string): SeenModal | null {
    const i = this.rest.interactions.answeredWithModal(person);
    if (!i?.modal) return null;
    type Part = { type: number; content?: string; label?: string; component?: Record<string, unknown> };
    const parts = (i.modal.components as Part[]) ?? [];
    const fields = parts
      .filter((p) => p.type === 18 && p.component)
      .map((p) => {
        const c = p.component!;
        const initial = c.type === 4 ? ((c.value as string | undefined) ?? null) : null;
        const chosen = (c.options as Array<{ value: string; default?: boolean }> | undefined)?.find(
          (o) => o.default,
        );
        return {
          id: String(c.custom_id),
          label: String(p.label ?? ""),
          initial: initial ?? chosen?.value ?? null,
        };
      });
    const seen: SeenModal = {
      title: String(i.modal.title ?? ""),
      text: [...parts.filter((p) => p.type === 10).map((p) => p.content ?? ""), ...fields.map((f) => f.label)]
        .join("\n")
        .replace(/\\(.)/g, "$1"),
      fields,
    };
    this.modalOf.set(seen, i);
    return seen;
  }

  async submit(person: string, modal: SeenModal, values: Record<string, string>): Promise<Submitted> {
    const opened = this.modalOf.get(modal);
    if (!opened?.modal) throw new Error("that form was not opened here");
    const components = (opened.modal.components as Array<Record<string, unknown>>)
      .filter((p) => p.type === 18)
      .map((p, n) => {
        const c = p.component as Record<string, unknown>;
        const id = String(c.custom_id);
        const field = modal.fields.find((f) => f.id === id);
        const v = values[id] ?? field?.initial ?? "";
        const inner =
          c.type === 4
            ? { type: 4, id: n * 2 + 2, custom_id: id, value: v }
            : { type: c.type, id: n * 2 + 2, custom_id: id, values: v ? [v] : [] };
        return { type: 18, id: n * 2 + 1, component: inner };
      });
    const send = async (): Promise<Submitted> => {
      const raw = interaction({
        kind: "modal",
        userId: person,
        channel: opened.channel,
        customId: String(opened.modal!.custom_id),
        components,
        token: interactionToken,
      });
      await this.deliver(raw);
      return { errors: null, again: send };
    };
    return send();
  }

  readonly faults: WireFaults = {
    loseAnswerToNextPost: (how) =>
      this.rest.failNext(
        "POST",
        CHANNEL_MESSAGES,
        how === "500" ? { status: 500, afterApplying: true } : { drop: true, afterApplying: true },
      ),
    rateLimitNextPost: (s) =>
      this.rest.failNext("POST", CHANNEL_MESSAGES, { status: 429, retryAfterS: s, hold: true }),
    earlyRetries: () => this.rest.earlyRetries,
  };

  pinned(channel: string): string[] {
    return this.rest.pins.filter((p) => p.channel === channel).map((p) => p.messageId);
  }

  members(room: string): string[] {
    return this.rest.threads.find((t) => t.id === room)?.members ?? [];
  }

  connections(): number {
    return this.gateway.connections;
  }
}
