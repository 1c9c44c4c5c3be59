import { randomBytes } from "node:crypto";
import { userInfo } from "node:os";
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type {
  ButtonConfirm,
  ChatAdapter,
  ChatCapabilities,
  ChatInbound,
  ChatMessage,
  ChatUser,
  CommandRequest,
  DirectoryUser,
  MessageRef,
  Responder,
} from "../../ports/chat.js";
import { ansiStyle, plainStyle, renderCard, type Style, sanitize } from "./render.js";

export interface ShellAdapterConfig {
  input: Readable;
  output: Writable;
  /** Colours and a prompt when the terminal is interactive. */
  tty: boolean;
  /** The person at the keyboard; defaults to the OS user. */
  user?: ChatUser;
  /** The channel name shown for alerts. */
  channel?: string;
  /** Called when input ends (Ctrl-D, or the end of piped stdin). */
  onEnd?: () => void;
  /**
   * The people a command may name (team leads and members, crisis role holders from the config); empty:
   * any name is taken as typed (in the terminal a name is the id).
   */
  people?: string[];
}

/** The terminal chat: alerts print as cards, the person types `/orm …` commands. */
export class ShellAdapter implements ChatAdapter {
  readonly name = "shell";
  readonly capabilities: ChatCapabilities = {
    threads: false,
    buttons: false,
    ephemeral: false,
    userSelect: false,
    files: false,
    directMessages: true,
    createChannels: false,
  };
  private rl: Interface | null = null;
  private seq = 0;
  private readonly runId = randomBytes(4).toString("hex");
  private readonly style: Style;
  readonly user: ChatUser;
  private pending = Promise.resolve();
  /** A red button's command typed and asked about (y/N): the next line answers it. */
  private awaiting: CommandRequest | null = null;

  constructor(private readonly config: ShellAdapterConfig) {
    this.style = config.tty ? ansiStyle : plainStyle;
    const name = userInfo().username || "you";
    this.user = config.user ?? { id: name, name, groups: [] };
  }

  private names = (id: string) => (id === this.user.id ? this.user.name : id);

  private print(text: string): void {
    this.config.output.write(`${text}\n`);
    if (this.config.tty) this.rl?.prompt(true);
  }

  private responder(): Responder {
    const show = async (m: ChatMessage) => this.print(renderCard(m, this.style, this.names));
    return { reply: show, whisper: show };
  }

  async start(inbound: ChatInbound): Promise<void> {
    this.rl = createInterface({ input: this.config.input, terminal: this.config.tty, prompt: "orm> " });
    this.rl.on("line", (line) => {
      const text = line.trim().replace(/^\/orm\b\s*/, "");
      if (this.awaiting) {
        const req = this.awaiting;
        this.awaiting = null;
        if (/^y(es)?$/i.test(line.trim())) this.run(inbound, req);
        else this.print(this.style.dim("Cancelled: nothing changed."));
        return;
      }
      if (!line.trim()) return;
      const req: CommandRequest = {
        user: this.user,
        channel: this.config.channel ?? "terminal",
        text,
        respond: this.responder(),
        // Unique per process run: the dispatcher remembers request ids (1 h), and a restart starts seq at 0.
        requestId: `shell-${this.runId}-${++this.seq}`,
      };
      const question = confirmationOf(inbound, text);
      if (!question) return this.run(inbound, req);
      // A typed command stands for a card's button here: a red one asks first, like its button does.
      this.awaiting = req;
      this.print(`${this.style.bold(sanitize(question.title))} ${sanitize(question.text)} [y/N]`);
    });
    this.rl.on("close", () => {
      void this.pending.then(() => this.config.onEnd?.());
    });
    this.print(
      this.style.dim(
        "ORM Bot terminal chat. Type /orm help for the commands; alerts appear as they arrive. Ctrl-D quits.",
      ),
    );
  }

  /** Runs a command after the ones typed before it (commands run one after another, in the order typed). */
  private run(inbound: ChatInbound, req: CommandRequest): void {
    this.pending = this.pending.then(() => inbound.onCommand(req)).catch(() => {});
  }

  async post(channel: string, msg: ChatMessage): Promise<MessageRef> {
    const ref = { channel, ts: String(++this.seq) };
    this.print(renderCard(msg, this.style, this.names));
    return ref;
  }

  async update(_ref: MessageRef, msg: ChatMessage): Promise<void> {
    // A terminal cannot edit what scrolled by: show the card's new state line instead.
    const head = msg.blocks[0];
    const status = msg.blocks.filter((b) => b.type === "context").at(-1);
    const blocks = [head, status].filter((b) => b !== undefined);
    this.print(`↻ ${renderCard({ fallback: msg.fallback, blocks }, this.style, this.names)}`);
  }

  async dm(userId: string, msg: ChatMessage): Promise<MessageRef> {
    this.print(
      `${this.style.dim(`(direct message to ${userId})`)}\n${renderCard(msg, this.style, this.names)}`,
    );
    return { channel: `dm:${userId}`, ts: String(++this.seq) };
  }

  /** The known person with this name (any case), or the name itself when no people are configured. */
  async findUsers(name: string): Promise<DirectoryUser[]> {
    const people = this.config.people ?? [];
    if (!people.length) return [{ id: name, name }];
    const want = name.toLowerCase();
    return [...new Set([...people, this.user.id])]
      .filter((p) => p.toLowerCase() === want)
      .map((p) => ({ id: p, name: p }));
  }

  /** True between `start` and `stop` (while it reads the terminal). */
  async healthy(): Promise<boolean> {
    return this.rl !== null;
  }

  async stop(): Promise<void> {
    this.rl?.close();
    this.rl = null;
  }
}

/**
 * The question the button a typed command stands for asks (`/orm escalate 3` is the Escalate button
 * with value `3`: see `actionCommand`), or null. Subcommands (`/orm crisis declare 7`) are typed, not
 * buttons, in a terminal: they act at once, as typed slash commands do on every platform.
 */
function confirmationOf(inbound: ChatInbound, text: string): ButtonConfirm | null {
  const [name, ...args] = text.split(/\s+/).filter(Boolean);
  if (!name || !inbound.confirmation) return null;
  return inbound.confirmation(`orm_${name.toLowerCase().replace(/-/g, "_")}`, args.join(":"));
}

export function createShellAdapter(config: ShellAdapterConfig): ShellAdapter {
  return new ShellAdapter(config);
}
