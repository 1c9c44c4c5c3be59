import { readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, runCli, tempDir } from "../helpers/cli.js";

const SAMPLE_ES = resolve(import.meta.dirname, "../../samples/feeds/foro-es.rss.xml");

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("orm-bot verbs as a child process", () => {
  it("bad usage exits 2 with a one-line reason", async () => {
    const r = await runCli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown verb "frobnicate"/);
    expect((await runCli(["report"])).code).toBe(2);
    expect((await runCli(["analyze", "--nope"])).code).toBe(2);
  });

  it("report refuses a bad period with its reason before it opens (or seeds) a store", async () => {
    const dir = tempDir();
    const r = await runCli(["report", "--period", "fortnight"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Unknown period "fortnight": use day, week, month or YYYY-MM-DD..YYYY-MM-DD.');
    expect(readdirSync(dir)).toEqual([]); // no .orm-data with the demo's history in it
  });

  it("check-config prints every problem as path: message and exits 1", async () => {
    const dir = tempDir();
    const file = join(dir, "bad.yaml");
    writeFileSync(file, "brand:\n  name: Acme\n  colour: red\nsources:\n  - id: x\n    type: feed\n");
    const r = await runCli(["check-config", "--config", file]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")).toEqual(expect.arrayContaining(['brand.colour: unknown key "colour"']));
    expect(r.stdout).toMatch(/^sources\[x\]\.url: missing/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const ok = await runCli(["check-config"]);
    expect(ok.code).toBe(0);
  });

  it("start refuses exactly what check-config refuses, with the same words", async () => {
    const dir = tempDir();
    const file = join(dir, "orm.config.yaml");
    writeFileSync(
      file,
      "brand: { name: Acme, timezone: Europe/Madird }\ncrisis: { defaultPlaybook: social-media-crisys }\n",
    );
    const check = await runCli(["check-config"], { cwd: dir });
    const start = await runCli(["start"], { cwd: dir, env: cleanEnv({ ORM_DATA_DIR: join(dir, "data") }) });
    expect(check.code).toBe(1);
    expect(start.code).toBe(1);
    const lines = check.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'brand.timezone: unknown time zone "Europe/Madird" — did you mean "Europe/Madrid"?',
    );
    for (const line of lines) expect(start.stderr).toContain(line);
    expect(start.stderr).not.toMatch(/\n\s+at /);
  });

  it("with chat tokens and no config file, says the demo runs push-only (no sample feeds in a real workspace)", async () => {
    const env = cleanEnv({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_APP_TOKEN: "xapp-test" });
    const r = await runCli(["check-config"], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/demo\.config\.yaml: OK \(0 source\(s\)/);
    expect(r.stderr).toMatch(/no config file: with chat tokens the bot starts with no sources \(push only/);
  });

  it("parse-feed prints one contract mention per line, every key present", async () => {
    const r = await runCli(["parse-feed", SAMPLE_ES]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.length).toBeGreaterThan(5);
    for (const m of lines) {
      expect(Object.keys(m)).toEqual([
        "id",
        "source",
        "url",
        "title",
        "text",
        "author",
        "publishedAt",
        "reach",
        "rating",
      ]);
      expect(m.text).not.toMatch(/<[a-z]+[ >]/i);
      if (m.publishedAt) expect(m.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    const notFeed = tempDir();
    writeFileSync(join(notFeed, "page.html"), "<html><body>Moved</body></html>");
    const bad = await runCli(["parse-feed", join(notFeed, "page.html")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("analyze answers each line in order and names a bad line without stopping", async () => {
    const input = [
      JSON.stringify({
        id: "a",
        text: "I ordered from Acme two weeks ago and the package still hasn't arrived. Support never answers.",
      }),
      "this is not json",
      JSON.stringify({ id: "b" }),
      JSON.stringify({ id: "c", text: "Заказ до сих пор не пришёл, никто не отвечает на звонки" }),
    ].join("\n");
    const r = await runCli(["analyze"], { input });
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 3: text/);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(["a", "c"]);
    expect(out[0]).toMatchObject({ lang: "en", sentiment: { label: "negative" } });
    expect(out[1]).toMatchObject({ lang: "ru", sentiment: { label: "negative" } });
    for (const o of out)
      expect(Object.keys(o).sort()).toEqual(["id", "insult", "lang", "pii", "sentiment", "topics"]);
  });

  it("analyze reads a mention's title and star rating when the line has them (parse-feed | analyze)", async () => {
    const text = "Used the Acme kettle for a month now.";
    const input = [
      { id: "plain", text },
      { id: "rated", text, rating: 1 },
      { id: "titled", text, title: "Acme heater caught fire in my kitchen" },
      { id: "bad", text, rating: 9 },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n");
    const r = await runCli(["analyze"], { input });
    expect(r.stderr).toMatch(/line 4: rating/);
    const out = jsonLines(r.stdout) as Array<{ id: string; sentiment: { label: string }; topics: string[] }>;
    expect(out.map((o) => o.id)).toEqual(["plain", "rated", "titled"]);
    expect(out[0]!.sentiment.label).toBe("neutral");
    expect(out[1]!.sentiment.label).toBe("negative");
    expect(out[0]!.topics).not.toContain("legal_safety");
    expect(out[2]!.topics).toContain("legal_safety");
  });

  it("ingest counts accepted, duplicates and rejected; a second run finds only duplicates", async () => {
    const dir = tempDir();
    const file = join(dir, "mentions.jsonl");
    const lines = [
      { source: "webhook", text: "Acme cobró dos veces mi factura, quiero el reembolso ya", author: "ana" },
      {
        source: "webhook",
        text: "Love the new Acme app, setup took two minutes!",
        url: "https://example.com/post/1?utm_source=x",
      },
      {
        source: "webhook",
        text: "Love the new Acme app, setup took two minutes!",
        url: "https://EXAMPLE.com/post/1",
      },
    ].map((l) => JSON.stringify(l));
    writeFileSync(file, `${lines.join("\n")}\n{"text": "no source"}\nnot json\n`);
    const env = cleanEnv({ ORM_DATA_DIR: join(dir, "data") });
    const first = await runCli(["ingest", "--file", file], { env, cwd: dir });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ accepted: 2, duplicates: 1, rejected: 2 });
    expect(first.stderr).toMatch(/line 4: source/);
    const second = await runCli(["ingest", "--file", file], { env, cwd: dir });
    expect(JSON.parse(second.stdout)).toEqual({ accepted: 0, duplicates: 3, rejected: 2 });

    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const period = `${day(-2)}..${day(2)}`;
    const report = await runCli(["report", "--period", period, "--format", "json"], { env, cwd: dir });
    expect(report.code).toBe(0);
    const json = JSON.parse(report.stdout) as {
      mentions: { total: number; bySource: Record<string, number> };
    };
    expect(json.mentions.total).toBe(2);
    expect(json.mentions.bySource).toEqual({ webhook: 2 });
  }, 120_000); // three bot processes one after another: a bound on a hang, generous for loaded machines
});
