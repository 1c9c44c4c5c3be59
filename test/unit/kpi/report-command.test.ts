import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { ShellAdapter } from "../../../src/adapters/shell/index.js";
import { wireServices } from "../../../src/app/bot.js";
import type { FileUpload } from "../../../src/ports/chat.js";
import { kpiConfig, kpiDeps, mention, put } from "./fixtures.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The terminal chat plus file uploads, the way Slack and Discord take the charts. */
class FilesShell extends ShellAdapter {
  override readonly capabilities = {
    ...new ShellAdapter({ input: new PassThrough(), output: new PassThrough(), tty: false }).capabilities,
    files: true,
  };
  readonly uploads: Array<{ channel: string; files: FileUpload[]; comment: string }> = [];
  async upload(channel: string, files: FileUpload[], comment: string): Promise<void> {
    this.uploads.push({ channel, files, comment });
  }
}

/** A bot on the terminal chat: type lines into `input`, read what it printed with `printed`. */
async function terminalBot(withFiles = false) {
  const dataDir = mkdtempSync(join(tmpdir(), "orm-report-"));
  dirs.push(dataDir);
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (c: Buffer) => {
    printed += c.toString();
  });
  let ended: () => void = () => {};
  const done = new Promise<void>((r) => {
    ended = r;
  });
  const chat = new (withFiles ? FilesShell : ShellAdapter)({
    input,
    output,
    tty: false,
    onEnd: () => ended(),
  });
  const config = kpiConfig();
  config.runtime.dataDir = dataDir;
  const deps = kpiDeps(Date.parse("2026-11-25T10:00:00Z"), config, { chat });
  const { dispatcher } = await wireServices(deps, { schedules: false });
  await chat.start(dispatcher);
  return { deps, dataDir, input, done, chat, printed: () => printed };
}

describe("/orm report", () => {
  it("acknowledges, replies with the narrative and figures, and writes the charts as files", async () => {
    const bot = await terminalBot();
    await put(bot.deps, [
      mention("2026-11-17T10:00:00Z", { sentiment: "negative", topics: ["shipping"] }),
      mention("2026-11-18T10:00:00Z", { sentiment: "positive" }),
    ]);
    bot.input.end("/orm report week\n/orm report fortnight\n");
    await bot.done;
    const out = bot.printed();
    const ack = out.indexOf("Building the week report (2026-11-16 – 2026-11-22)…");
    const summary = out.indexOf("2 mentions; negative share 50%, driven by shipping — no surges.");
    expect(ack).toBeGreaterThan(-1);
    expect(summary).toBeGreaterThan(ack);
    expect(out).toContain("ORM report: 2026-11-16 – 2026-11-22");
    const paths = out.match(/\/\S+\.png/g) ?? [];
    expect(paths.map((p) => p.split("/").pop())).toEqual([
      "volume.png",
      "response-times.png",
      "topics.png",
      "hours-heatmap.png",
    ]);
    for (const p of paths) {
      expect(p.startsWith(join(bot.dataDir, "reports"))).toBe(true);
      expect(readFileSync(p).subarray(1, 4).toString()).toBe("PNG");
    }
    expect(out).toContain('Unknown period "fortnight": use day, week, month or YYYY-MM-DD..YYYY-MM-DD.');
  });

  it("uploads the charts to the channel where the chat takes files", async () => {
    const bot = await terminalBot(true);
    await put(bot.deps, [mention("2026-11-20T10:00:00Z", { sentiment: "negative" })]);
    bot.input.end("/orm report 2026-11-20..2026-11-20\n");
    await bot.done;
    const uploads = (bot.chat as FilesShell).uploads;
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.channel).toBe("terminal");
    expect(uploads[0]!.comment).toBe("Charts for the 2026-11-20 report");
    expect(uploads[0]!.files.map((f) => f.filename)).toEqual([
      "volume.png",
      "response-times.png",
      "topics.png",
      "hours-heatmap.png",
    ]);
    expect(bot.printed()).toContain("Building the 2026-11-20 report…");
    expect(bot.printed()).not.toContain("Charts written to");
  });
});
