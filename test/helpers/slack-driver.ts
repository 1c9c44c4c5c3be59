import type { ChatDriver, Delivery, Seen, SeenModal, Submitted, WireFaults } from "./chat-driver.js";
import { eventually } from "./eventually.js";
import type { ResponseMessage, StoredMessage } from "./slack-messages.js";
import { blockActions, newTriggerId, slashCommand } from "./slack-payloads.js";
import { readMrkdwn, readSlackMessage } from "./slack-reading.js";
import type { SlackSocketStandin } from "./slack-socket-standin.js";
import { postSigned, type SlackStandin } from "./slack-standin.js";
import { type OpenedView, viewState } from "./slack-views.js";

/** A view_submission as Slack sends it when `person` submits the modal `v` filled with `values`. */
function viewSubmission(person: string, v: OpenedView, values: Record<string, string>) {
  return {
    type: "view_submission",
    team: { id: "T111", domain: "workspace-domain" },
    user: { id: person, username: person.toLowerCase(), name: person.toLowerCase(), team_id: "T111" },
    api_app_id: "A0ORMBOT",
    token: "verification_token",
    trigger_id: newTriggerId(),
    view: {
      ...v.view,
      id: v.id,
      team_id: "T111",
      hash: v.hash,
      state: viewState(v.view, values),
      previous_view_id: null,
      root_view_id: v.id,
      app_id: "A0ORMBOT",
      external_id: "",
      app_installed_team_id: "T111",
      bot_id: "BBOT",
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** How requests reach the bot: signed HTTP posts, or Socket Mode envelopes. */
export interface SlackTransport {
  /** Delivers a slash command's form fields (`retryNum`: Slack's retry of it) and waits for the ack. */
  command(form: Record<string, string>, retryNum?: number): Promise<void>;
  /** Delivers an interaction (`{ payload: json }`) and waits for the ack. */
  interaction(form: Record<string, string>, retryNum?: number): Promise<void>;
  /** Connections the bot holds open (Socket Mode's WebSocket). */
  connections?(): number;
  /** Delivers a view_submission and returns the bot's ack body (`response_action` errors), if any. */
  submitView?(form: Record<string, string>): Promise<Record<string, unknown> | null>;
}

/** Slack over HTTP: signed requests into the bot's `/slack/events`, retries with `x-slack-retry-num`. */
export function httpTransport(eventsUrl: string, secret: string): SlackTransport {
  const send = async (form: Record<string, string>, retryNum?: number) => {
    const res = await postSigned(eventsUrl, secret, form, retryNum ? { retryNum } : {});
    if (!res.ok) throw new Error(`the bot answered Slack's request with ${res.status}`);
    return res;
  };
  return {
    command: async (form, retryNum) => void (await send(form, retryNum)),
    interaction: async (form, retryNum) => void (await send(form, retryNum)),
    async submitView(form) {
      const body = await (await send(form)).text();
      return body ? (JSON.parse(body) as Record<string, unknown>) : null;
    },
  };
}

/** Slack in Socket Mode: envelopes over the socket stand-in, retries with `retry_attempt`. */
export function socketTransport(socket: SlackSocketStandin): SlackTransport {
  const send = async (type: "slash_commands" | "interactive", payload: object, retry?: number) => {
    await eventually(() => socket.connections > 0, "the Socket Mode connection");
    const id = socket.deliver(type, payload as Record<string, unknown>, retry);
    await eventually(() => socket.received.some((f) => f.envelope_id === id), `the ack of ${id}`);
  };
  return {
    command: (form, retry) => send("slash_commands", form, retry),
    interaction: (form, retry) => send("interactive", JSON.parse(form.payload!) as object, retry),
    connections: () => socket.connections,
  };
}

/** Acts as people in a Slack workspace (the Web API stand-in) and reads what they see there. */
export class SlackDriver implements ChatDriver {
  readonly people = ["U0ANA", "W0BEN"] as const;
  readonly channel = "C0ALERTS";
  readonly notifies = true;
  readonly connections?: () => number;
  private readonly rawOf = new WeakMap<Seen, StoredMessage>();
  private readonly viewOf = new WeakMap<SeenModal, OpenedView>();
  private requests = 0;
  /** The next request's trigger id was issued this long ago (then back to 0): Slack's 3 s window. */
  triggerAgeMs = 0;

  constructor(
    private readonly web: SlackStandin,
    private readonly transport: SlackTransport,
  ) {
    if (transport.connections) this.connections = transport.connections;
  }

  private read(m: StoredMessage | ResponseMessage): Seen {
    const onlyFor = "onlyFor" in m ? m.onlyFor : null;
    const seen: Seen = {
      ...readSlackMessage(m),
      ref: onlyFor ? null : { channel: m.channel, ts: m.ts },
      threadOf: m.thread_ts ?? null,
      onlyFor,
      files: [],
      edited: m.edited !== undefined,
    };
    this.rawOf.set(seen, m);
    return seen;
  }

  seen(channel: string, person: string): Seen[] {
    const posted = [
      ...this.web.messages.filter((m) => m.channel === channel),
      ...this.web.store.responses.filter(
        (m) => m.channel === channel && (m.onlyFor === null || m.onlyFor === person),
      ),
    ].sort((a, b) => Number(a.ts) - Number(b.ts));
    const files = this.web.workspace.shared(channel).map((f) => ({
      ...readMrkdwn(f.comment ?? ""),
      ref: null,
      threadOf: f.threadTs ?? null,
      onlyFor: null,
      buttons: [],
      files: [{ name: f.name, bytes: f.bytes ?? Buffer.alloc(0) }],
      edited: false,
    }));
    return [...posted.map((m) => this.read(m)), ...files];
  }

  dms(person: string): Seen[] {
    const channel = this.web.store.dmChannelOf(person);
    return channel ? this.seen(channel, person) : [];
  }

  async command(person: string, channel: string, text: string): Promise<Delivery> {
    const responseUrl = this.web.responseUrl(`cmd-${++this.requests}`, { channel, user: person });
    const triggerId = this.issueTrigger(person);
    const form = slashCommand({ text, userId: person, channel, responseUrl, triggerId });
    await this.transport.command(form);
    return { again: () => this.transport.command(form, 1) };
  }

  async click(person: string, message: Seen, label: string): Promise<Delivery> {
    const m = this.rawOf.get(message);
    const blocks = (m?.blocks ?? []) as Array<{
      block_id?: string;
      elements?: Array<Record<string, unknown>>;
    }>;
    const block = blocks.find((b) => b.elements?.some((e) => (e.text as { text?: string })?.text === label));
    const button = block?.elements?.find((e) => (e.text as { text?: string })?.text === label);
    if (!m || !block || !button) throw new Error(`no button "${label}" on that message`);
    const id = `act-${++this.requests}`;
    const triggerId = this.issueTrigger(person);
    const form = blockActions({
      triggerId,
      actionId: String(button.action_id),
      value: String(button.value ?? ""),
      ...(block.block_id ? { blockId: block.block_id } : {}),
      userId: person,
      channel: m.channel,
      messageTs: m.ts,
      responseUrl: this.web.responseUrl(id, { channel: m.channel, user: person, messageTs: m.ts }),
      message: {
        type: "message",
        user: "UBOT",
        bot_id: "BBOT",
        app_id: "A0ORMBOT",
        team: "T111",
        ts: m.ts,
        text: m.text,
        blocks: m.blocks,
        ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
      },
    });
    await this.transport.interaction(form);
    return { again: () => this.transport.interaction(form, 1) };
  }

  /** A fresh trigger id, as Slack issues one with each command and click. */
  private issueTrigger(person: string): string {
    const triggerId = newTriggerId();
    this.web.views.issue(triggerId, person, Date.now() - this.triggerAgeMs);
    this.triggerAgeMs = 0;
    return triggerId;
  }

  modal(person: string): SeenModal | null {
    const v = this.web.views.lastFor(person);
    if (!v) return null;
    const blocks = (v.view.blocks as Array<Record<string, unknown>>) ?? [];
    const fields = blocks
      .filter((b) => b.type === "input")
      .map((b) => {
        const el = b.element as { initial_value?: string; initial_option?: { value?: string } };
        return {
          id: String(b.block_id),
          label: String((b.label as { text?: string }).text ?? ""),
          initial: el.initial_value ?? el.initial_option?.value ?? null,
        };
      });
    const intro = blocks
      .filter((b) => b.type === "context")
      .flatMap((b) => (b.elements as Array<{ text?: string }>).map((e) => e.text ?? ""));
    const seen: SeenModal = {
      title: String((v.view.title as { text?: string }).text ?? ""),
      text: readMrkdwn([...intro, ...fields.map((f) => f.label)].join("\n")).text,
      fields,
    };
    this.viewOf.set(seen, v);
    return seen;
  }

  async submit(person: string, modal: SeenModal, values: Record<string, string>): Promise<Submitted> {
    const v = this.viewOf.get(modal);
    if (!v || !this.transport.submitView) throw new Error("that form was not opened over HTTP here");
    const payload = viewSubmission(person, v, values);
    const send = async (): Promise<Submitted> => {
      const ack = await this.transport.submitView!({ payload: JSON.stringify(payload) });
      const errors = ack?.response_action === "errors" ? (ack.errors as Record<string, string>) : null;
      return { errors, again: send };
    };
    return send();
  }

  readonly faults: WireFaults = {
    loseAnswerToNextPost: (how) =>
      this.web.failNext(
        "chat.postMessage",
        how === "500" ? { status: 500, afterApplying: true } : { status: 0, drop: true, afterApplying: true },
      ),
    rateLimitNextPost: (s) =>
      this.web.failNext("chat.postMessage", { status: 429, retryAfterS: s, hold: true }),
    earlyRetries: () => this.web.earlyRetries,
  };

  pinned(channel: string): string[] {
    return this.web.workspace.pins.filter((p) => p.channel === channel).map((p) => p.ts);
  }

  members(room: string): string[] {
    return this.web.workspace.channels.find((c) => c.id === room)?.members ?? [];
  }
}
