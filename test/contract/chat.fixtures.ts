import type {
  ActionRequest,
  Block,
  ButtonElement,
  ChatInbound,
  ChatMessage,
  CommandRequest,
  CommandSpec,
} from "../../src/ports/chat.js";
import type { ChatDriver, ChatRig, Seen } from "../helpers/chat-driver.js";
import { eventually } from "../helpers/eventually.js";

/**
 * The contract's stand-in for the core: records every request, and answers like a tiny bot —
 * `/orm say <words>` and the `orm_say` button reply, `/orm psst <words>` and `orm_psst` whisper.
 */
export class Recorder implements ChatInbound {
  readonly typed: CommandRequest[] = [];
  readonly actions: ActionRequest[] = [];
  /** Errors thrown by `reply`/`whisper`. */
  readonly failures: unknown[] = [];

  private async answer(req: CommandRequest | ActionRequest, verb: string, words: string): Promise<void> {
    try {
      if (verb === "say") await req.respond.reply(note(words));
      if (verb === "psst") await req.respond.whisper(note(words));
    } catch (err) {
      this.failures.push(err);
    }
  }

  async onCommand(req: CommandRequest): Promise<void> {
    this.typed.push(req);
    const [verb = "", ...words] = req.text.split(" ");
    await this.answer(req, verb, words.join(" "));
  }

  commands(): CommandSpec[] {
    return [
      { name: "say", summary: "Reply with the words", usage: "WORDS" },
      { name: "psst", summary: "Whisper the words", usage: "WORDS" },
    ];
  }

  async onAction(req: ActionRequest): Promise<void> {
    this.actions.push(req);
    await this.answer(req, req.actionId.replace(/^orm_/, ""), req.value);
  }
}

/** What every case gets: the rig under test (built fresh for each case) and its recorder. */
export interface ChatContext {
  rig: ChatRig;
  inbound: Recorder;
}

let tokens = 0;
/** A word no other message in the run carries, to find a message by (letters and digits only). */
export function token(what: string): string {
  return `${what}${++tokens}q${process.pid}`;
}

/** A one-section message. */
export function note(text: string, ...more: Block[]): ChatMessage {
  return { fallback: text, blocks: [{ type: "section", text: [text] }, ...more] };
}

/** An alert-like card: a header, a body and a status line (the part an update changes). */
export function card(head: string, status: string): ChatMessage {
  return {
    fallback: head,
    blocks: [
      { type: "header", text: head },
      { type: "section", text: ["Someone wrote about the brand."] },
      { type: "context", text: [status] },
    ],
  };
}

/** A message with one button per `[label, actionId, value]`. */
export function withButtons(text: string, ...buttons: Array<[string, string, string]>): ChatMessage {
  const elements: ButtonElement[] = buttons.map(([label, actionId, value]) => ({
    type: "button",
    label,
    actionId,
    value,
  }));
  return note(text, { type: "actions", elements });
}

/** The messages `person` sees in `channel` that contain `needle`. */
export function seenWith(d: ChatDriver, channel: string, person: string, needle: string): Seen[] {
  return d.seen(channel, person).filter((s) => s.text.includes(needle));
}

/** Waits until `person` sees a message containing `needle` in `channel`. */
export function waitToSee(d: ChatDriver, channel: string, person: string, needle: string): Promise<Seen> {
  return eventually(() => seenWith(d, channel, person, needle)[0], `${person} to see "${needle}"`);
}
