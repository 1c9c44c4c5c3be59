import { PassThrough, Writable } from "node:stream";
import { type ChatDriver, type Delivery, type Seen, type SeenLink, visible } from "./chat-driver.js";

/** A terminal hyperlink (OSC 8): `ESC ] 8 ; ; url ST label ESC ] 8 ; ; ST`, ST being BEL or `ESC \`. */
const OSC8 = /\x1b\]8;[^;]*;([^\x07\x1b]*)(?:\x07|\x1b\\)([^\x1b]*)\x1b\]8;;(?:\x07|\x1b\\)/g;
const BARE_URL = /https?:\/\/[^\s<>]+/g;
const DM = /^\(direct message to ([^)]+)\)\n/;

/** What a person reads in terminal output: OSC 8 hyperlinks and bare URLs are links; nothing notifies. */
function readTerminal(out: string): Pick<Seen, "text" | "links" | "buttons"> {
  const links: SeenLink[] = [];
  const text = out.replace(OSC8, (_m, url: string, label: string) => {
    links.push({ label, url });
    return label;
  });
  for (const m of text.matchAll(BARE_URL)) links.push({ label: m[0], url: m[0] });
  const lines = text.split("\n").map((l) => l.replace(/^[┌│└] /, ""));
  const buttons = [...text.matchAll(/\[([^\]\n]+)\] \/orm /g)].map((m) => m[1]!);
  return { text: visible(lines.join("\n")), links, buttons };
}

interface Printed {
  seen: Seen;
  dmTo: string | null;
}

/**
 * Sits at the terminal: types lines into the adapter's input stream and reads what it writes, one
 * write per message. A terminal can't edit what scrolled by, so a `↻` card (the adapter's restatement
 * of a card) counts as an edit of the last card with the same first line. It has one person at the
 * keyboard (`people[0]`); the second is someone the bot may mention or message.
 */
export class ShellDriver implements ChatDriver {
  readonly people = ["ana", "ben"] as const;
  readonly channel = "terminal";
  readonly notifies = false;
  readonly input = new PassThrough();
  readonly output: Writable;
  private readonly printed: Printed[] = [];

  constructor() {
    this.output = new Writable({
      write: (chunk, _encoding, done) => {
        this.take(String(chunk).replace(/\n$/, ""));
        done();
      },
    });
  }

  private take(out: string): void {
    const dm = DM.exec(out);
    const body = dm ? out.slice(dm[0].length) : out;
    const update = body.startsWith("↻ ");
    const read = readTerminal(update ? body.slice(2) : body);
    const firstLine = read.text.split("\n")[0];
    const earlier = update
      ? this.printed.findLast((p) => !p.dmTo && p.seen.text.split("\n")[0] === firstLine)
      : undefined;
    if (earlier) {
      Object.assign(earlier.seen, read, { edited: true });
      return;
    }
    const seen: Seen = {
      ...read,
      ref: null,
      threadOf: null,
      onlyFor: null,
      pings: [],
      files: [],
      edited: false,
    };
    this.printed.push({ seen, dmTo: dm ? dm[1]! : null });
  }

  /** Everything printed outside direct messages: a terminal is one room, whatever the channel. */
  seen(_channel: string, _person: string): Seen[] {
    return this.printed.filter((p) => !p.dmTo).map((p) => p.seen);
  }

  dms(person: string): Seen[] {
    return this.printed.filter((p) => p.dmTo === person).map((p) => p.seen);
  }

  async command(person: string, _channel: string, text: string): Promise<Delivery> {
    if (person !== this.people[0]) throw new Error(`only ${this.people[0]} is at this terminal`);
    this.input.write(`/orm ${text}\n`);
    return {};
  }
}
