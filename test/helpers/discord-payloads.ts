import { randomBytes } from "node:crypto";

/** The bot's application id in the stand-ins' Discord. */
export const APPLICATION_ID = "111111111111111111";
/** The guild (server) every stand-in interaction comes from. */
export const GUILD_ID = "222222222222222222";

let ids = 0;

/** A fresh token shaped like Discord's: base64url of `interaction:{id}:{random}`, one per interaction. */
export function interactionToken(id: string): string {
  return Buffer.from(`interaction:${id}:${randomBytes(48).toString("base64url")}`).toString("base64url");
}

/**
 * A raw gateway interaction as Discord sends it (INTERACTION_CREATE): a slash command or a component
 * click, with the member, channel and locale fields Discord includes. `message` is the full message
 * a clicked component sits on (default: a stub with its id).
 */
export function interaction(o: {
  kind: "command" | "component" | "modal";
  userId: string;
  channel: string;
  roles?: string[];
  sub?: string;
  args?: string;
  customId?: string;
  values?: string[];
  messageId?: string;
  message?: Record<string, unknown>;
  /** A submitted modal's inputs as Discord sends them (Labels around them). */
  components?: unknown[];
  /** Default `token-{id}`; `interactionToken(id)` gives one shaped like Discord's. */
  token?: (id: string) => string;
}): Record<string, unknown> {
  const id = String(900_000_000_000_000_000n + BigInt(++ids));
  const user = {
    id: o.userId,
    username: `user${o.userId.slice(-3)}`,
    global_name: null,
    discriminator: "0",
    avatar: null,
    public_flags: 0,
  };
  return {
    id,
    application_id: APPLICATION_ID,
    type: o.kind === "command" ? 2 : o.kind === "component" ? 3 : 5,
    token: o.token ? o.token(id) : `token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    guild: { id: GUILD_ID, locale: "en-US", features: [] },
    channel_id: o.channel,
    channel: { id: o.channel, type: 0, guild_id: GUILD_ID, name: "alerts", flags: 0 },
    member: {
      user,
      roles: o.roles ?? [],
      permissions: "0",
      joined_at: "2024-01-01T00:00:00.000000+00:00",
      nick: null,
      avatar: null,
      premium_since: null,
      deaf: false,
      mute: false,
      pending: false,
      flags: 0,
    },
    app_permissions: "562949953421311",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    attachment_size_limit: 10_485_760,
    ...(o.kind === "command"
      ? {
          data: {
            id: "333333333333333333",
            name: "orm",
            type: 1,
            guild_id: GUILD_ID,
            options: [
              {
                name: o.sub ?? "help",
                type: 1,
                options: o.args ? [{ name: "args", type: 3, value: o.args }] : [],
              },
            ],
          },
        }
      : o.kind === "modal"
        ? {
            ...(o.message ? { message: o.message } : {}),
            data: { custom_id: o.customId, components: o.components ?? [] },
          }
        : {
            message: o.message ?? { id: o.messageId ?? "1", channel_id: o.channel },
            data: {
              custom_id: o.customId,
              component_type: o.values ? 3 : 2,
              ...(o.values ? { values: o.values } : {}),
            },
          }),
  };
}
