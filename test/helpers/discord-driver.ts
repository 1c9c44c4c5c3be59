import type { ChatDriver, Delivery, Seen, WireFaults } from "./chat-driver.js";
import type { DiscordGatewayStandin } from "./discord-gateway-standin.js";
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
    const issued = this.rest.interactions.issue(raw);
    this.gateway.dispatch("INTERACTION_CREATE", raw);
    await eventually(() => issued.callback, `the callback of interaction ${issued.id}`);
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
