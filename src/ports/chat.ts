/**
 * A piece of text in a chat message. Adapters render and escape each span for their platform, so text
 * from outside can never ping anyone or forge a link; only `user` spans (ids the bot itself holds) ping.
 */
export type Span =
  | string
  | { text: string; bold?: boolean; italic?: boolean; code?: boolean; quote?: boolean }
  | { text: string; url: string }
  | { user: string };

export type RichText = Span[];

/** The question a red button asks before it acts (Slack's confirm dialog, a Discord follow-up, a terminal y/N). */
export interface ButtonConfirm {
  title: string;
  text: string;
  /** The label of the button that goes ahead, e.g. "Escalate". */
  yes: string;
  /** The label of the button that backs out, e.g. "Cancel". */
  no: string;
}

export interface ButtonElement {
  type: "button";
  /** Always starts with `orm_`. */
  actionId: string;
  label: string;
  value: string;
  style?: "primary" | "danger";
  /** Ask before acting: destructive and red buttons (Escalate, Declare). */
  confirm?: ButtonConfirm;
  /** What to type instead in a chat without buttons, e.g. `/orm reply 3 TEXT` (default: the action as a command). */
  command?: string;
}

export interface SelectElement {
  type: "select";
  actionId: string;
  placeholder: string;
  /** `users` asks the platform for a user picker; otherwise the options given. */
  options: "users" | Array<{ label: string; value: string }>;
  /** Context (e.g. the case number) sent back as `value:chosen`; plain `chosen` when absent. */
  value?: string;
}

export type Block =
  | { type: "header"; text: string }
  | { type: "section"; text: RichText; fields?: RichText[] }
  | { type: "context"; text: RichText }
  | { type: "actions"; elements: Array<ButtonElement | SelectElement> }
  | { type: "divider" };

/** A platform-neutral message: blocks plus a plain-text fallback for notifications. */
export interface ChatMessage {
  fallback: string;
  blocks: Block[];
}

/** Where a posted message lives, so it can be updated or threaded on. */
export interface MessageRef {
  channel: string;
  ts: string;
}

export interface FileUpload {
  filename: string;
  title: string;
  bytes: Buffer;
}

/** One field of a modal form: a text box, a choice among options, or a person. */
export type ModalField =
  | {
      kind: "text";
      id: string;
      label: string;
      multiline?: boolean;
      /** Pre-filled text the person edits (a template). */
      initial?: string;
      placeholder?: string;
      /** The longest text accepted (the platform's input caps it too). */
      maxChars: number;
      optional?: boolean;
    }
  | {
      kind: "select";
      id: string;
      label: string;
      options: Array<{ label: string; value: string }>;
      initial?: string;
    }
  | { kind: "user"; id: string; label: string };

/** A form a person fills in and submits (a Slack or Discord modal), opened from a click. */
export interface ModalForm {
  /** The handler of its submission (an `orm_` id). */
  callbackId: string;
  /** Carried back with the submission, e.g. `3:nonce` (the case and this form's one-time id). */
  context: string;
  /** At most 24 characters (Slack's limit; Discord's is 45). */
  title: string;
  submitLabel: string;
  /** A line above the fields (which template was pre-filled, and why). */
  intro?: RichText;
  fields: ModalField[];
}

/** What an adapter can do; the core branches on these, never on the platform's name. */
export interface ChatCapabilities {
  threads: boolean;
  buttons: boolean;
  ephemeral: boolean;
  userSelect: boolean;
  files: boolean;
  directMessages: boolean;
  createChannels: boolean;
  /** The most characters one message can carry (Slack's section text 3,000, Discord's content 2,000); none: no limit. */
  maxTextChars?: number;
}

/** Who did something in chat. */
export interface ChatUser {
  id: string;
  name: string;
  /** Platform groups or roles (Slack user groups, Discord roles) for permissions. */
  groups: string[];
}

/** A person found in the chat's directory by name. */
export interface DirectoryUser {
  id: string;
  /** The handle or display name that matched, for "did you mean" answers. */
  name: string;
}

/** How a handler answers the person who typed a command or clicked a button. */
export interface Responder {
  /** Visible to everyone in the channel. */
  reply(msg: ChatMessage): Promise<void>;
  /** Visible to the requester only (falls back to a reply where the platform can't). */
  whisper(msg: ChatMessage): Promise<void>;
  /** Opens a modal form for the person who clicked (chats with modals; only as the click's first answer). */
  openModal?(form: ModalForm): Promise<void>;
}

export interface CommandRequest {
  user: ChatUser;
  channel: string;
  /** Everything after `/orm`, e.g. `claim 3`. */
  text: string;
  respond: Responder;
  /** Unique per request; a retried delivery carries the same id (acts once). */
  requestId: string;
}

export interface ActionRequest {
  user: ChatUser;
  channel: string;
  actionId: string;
  value: string;
  /** The message the button sits on, when there is one. */
  message: MessageRef | null;
  respond: Responder;
  requestId: string;
}

/** A submitted modal form: its handler, its context and what was filled in, by field id. */
export interface ModalSubmission {
  user: ChatUser;
  channel: string;
  callbackId: string;
  context: string;
  values: Record<string, string>;
  respond: Responder;
  requestId: string;
}

/**
 * The answer to a submission: field errors to show in the still-open form (nothing was changed), or
 * accepted (the form closes) with the work still running in `done`.
 */
export type ModalAnswer = { errors: Record<string, string> } | { accepted: true; done: Promise<void> };

/** A command as a chat registers or lists it (Discord's application command options, a help line). */
export interface CommandSpec {
  name: string;
  summary: string;
  /** Arguments after the name, e.g. `CASE [OUTCOME]`; empty when it takes none. */
  usage: string;
  /** The subcommands, each with the usage after its name. */
  subcommands?: CommandSpec[];
  /** Examples of use, each a whole `/orm …` line (`/orm help NAME` shows them). */
  examples?: string[];
}

/** What the core gives an adapter to call when people do things. */
export interface ChatInbound {
  onCommand(req: CommandRequest): Promise<void>;
  onAction(req: ActionRequest): Promise<void>;
  /** A submitted modal form (chats with modals). */
  onModalSubmit?(req: ModalSubmission): Promise<ModalAnswer>;
  /** True when a click on `actionId` answers with a modal (so the chat must not defer it first). */
  opensModal?(actionId: string): boolean;
  /** The `/orm` commands, for platforms that register them up front. */
  commands(): CommandSpec[];
  /**
   * The question to ask before a button (or, in a terminal, the typed command that stands for it) acts;
   * null when it acts at once. Platforms without a confirm dialog ask it their own way.
   */
  confirmation?(actionId: string, value: string): ButtonConfirm | null;
}

/** The chat port: Slack, Discord and the terminal implement it. */
export interface ChatAdapter {
  readonly name: string;
  readonly capabilities: ChatCapabilities;
  start(inbound: ChatInbound): Promise<void>;
  /**
   * Posts a message. With an `idempotencyKey`, a retry of a post that reached the platform returns the
   * first message instead of posting twice (where the adapter can tell); `maybePostedSince` (epoch ms)
   * says an earlier attempt, perhaps by a process since gone, may have posted it from that time on.
   */
  post(
    channel: string,
    msg: ChatMessage,
    options?: { thread?: MessageRef; idempotencyKey?: string; maybePostedSince?: number },
  ): Promise<MessageRef>;
  update(ref: MessageRef, msg: ChatMessage): Promise<void>;
  /** A direct message to a user. */
  dm(userId: string, msg: ChatMessage): Promise<MessageRef>;
  upload?(
    channel: string,
    files: FileUpload[],
    comment: string,
    options?: { thread?: MessageRef },
  ): Promise<void>;
  /** Pins a message in its channel (the crisis status message); optional. */
  pin?(ref: MessageRef): Promise<void>;
  /** Creates a room (channel or thread) and invites users; returns its channel id. */
  createRoom?(name: string, inviteUserIds: string[], options?: { private?: boolean }): Promise<string>;
  /**
   * The people whose handle, display name or real name is `name` (case-insensitive, no `@`), from a cached
   * directory (Slack users.list, Discord guild member search); optional: without it a typed name is the id.
   * `channel` is where the command was typed (Discord finds the server from it).
   */
  findUsers?(name: string, where: { channel: string }): Promise<DirectoryUser[]>;
  healthy(): Promise<boolean>;
  stop(): Promise<void>;
}
