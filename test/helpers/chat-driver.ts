import type { ChatAdapter, MessageRef } from "../../src/ports/chat.js";

/** A link as a person sees it: the words shown and where a click goes. */
export interface SeenLink {
  label: string;
  url: string;
}

/** What a person reads of one message, as the platform would show it from what went over the wire. */
export interface Seen {
  /** The platform's handle on the message, where the wire shows one (a terminal shows none). */
  ref: MessageRef | null;
  /** The message whose thread it is in, if any (its `ts`). */
  threadOf: string | null;
  /** An ephemeral message: only this person sees it. `null`: everyone in the channel does. */
  onlyFor: string | null;
  /** Every readable part (text, fields, labels, fallback), invisible characters removed. */
  text: string;
  /** Who the platform notifies: `user:ID`, `group:ID` (Slack user groups, Discord roles), `everyone`. */
  pings: string[];
  links: SeenLink[];
  /** The labels of its buttons. */
  buttons: string[];
  files: Array<{ name: string; bytes: Buffer }>;
  /** The platform marks it edited (or, in a terminal, a later line restated it). */
  edited: boolean;
}

/** A form the bot opened for a person, as the platform shows it. */
export interface SeenModal {
  title: string;
  /** The intro and the labels, as read. */
  text: string;
  /** Each input: its id, label and what it was pre-filled with. */
  fields: Array<{ id: string; label: string; initial: string | null }>;
}

/** What came of submitting a form: the errors the platform shows in it (null: it closed). */
export interface Submitted {
  errors: Record<string, string> | null;
  /** The same form submitted once more (a double click, a retry). */
  again(): Promise<Submitted>;
}

/** One request a person made; `again` has the platform deliver it once more, as its retries do. */
export interface Delivery {
  again?: () => Promise<void>;
}

/** Failures the stand-in can put on the wire for the next post. */
export interface WireFaults {
  /** The next post lands but its answer is lost: a `500`, or the connection cut (`drop`). */
  loseAnswerToNextPost(how: "500" | "drop"): void;
  /** The next post is refused with 429 and Retry-After; the service keeps refusing until it passes. */
  rateLimitNextPost(retryAfterS: number): void;
  /** How many requests came back before their Retry-After had passed. */
  earlyRetries(): number;
}

/** Acts as people on one platform and reads what they see: the contract's hands and eyes. */
export interface ChatDriver {
  /** Two people the platform knows (ids in its format). */
  readonly people: readonly [string, string];
  /** A channel both are in. */
  readonly channel: string;
  /** Whether the platform notifies people at all (a terminal notifies no one). */
  readonly notifies: boolean;
  /** What `person` sees in `channel`, oldest first, thread replies included. */
  seen(channel: string, person: string): Seen[];
  /** The direct messages `person` got from the bot. */
  dms(person: string): Seen[];
  /** `person` types `/orm {text}` in `channel`. */
  command(person: string, channel: string, text: string): Promise<Delivery>;
  /** `person` clicks the button labelled `label` on `message` (platforms with buttons). */
  click?(person: string, message: Seen, label: string): Promise<Delivery>;
  faults?: WireFaults;
  /** The `ts` of the messages pinned in `channel` (platforms that pin). */
  pinned?(channel: string): string[];
  /** Who is in a room the bot created (platforms that create rooms). */
  members?(room: string): string[];
  /** Connections the bot holds open to the platform (Socket Mode, the gateway), where it holds any. */
  connections?(): number;
  /** The latest form the bot opened for `person` (platforms with modals). */
  modal?(person: string): SeenModal | null;
  /** `person` submits `modal` with `values` by field id (others keep what they were pre-filled with). */
  submit?(person: string, modal: SeenModal, values: Record<string, string>): Promise<Submitted>;
}

/** An adapter wired to its platform's stand-in, and a driver acting on that platform. */
export interface ChatRig {
  adapter: ChatAdapter;
  driver: ChatDriver;
  /** Stops the stand-ins (the contract stops the adapter itself). */
  close(): Promise<void>;
}

/** The `/orm` subcommands the contract types (Discord registers them, as it only offers those). */
export const CONTRACT_COMMANDS = [
  { name: "say", summary: "Says the words in the channel", usage: "<words>" },
  { name: "psst", summary: "Whispers the words to you", usage: "<words>" },
  { name: "note", summary: "Takes a note", usage: "<words>" },
];

/** Removes the invisible characters escaping adds (zero-width space and joiners, BOM). */
export function visible(s: string): string {
  return s.replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
}
