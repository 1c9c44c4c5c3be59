import { existsSync } from "node:fs";
import type { Row } from "./datasets.js";
import { defaultDataDir, loadDatasets, MissingDatasetsError, readJsonl } from "./datasets.js";
import { DEFAULT_SETTINGS, type FitSettings, LANGUAGE_SETTINGS } from "./fit.js";
import { type Part, splitRows } from "./split.js";
import { templateRows } from "./templates.js";

/** Options shared by train and eval. */
export interface ToolOptions {
  data: string;
  langs: string[];
  corrections: string | undefined;
  out: string | undefined;
  /** The settings shared by all languages (split seed, bits, rule features) with the command line's. */
  settings: FitSettings;
  /** One language's fitting settings: defaults, then LANGUAGE_SETTINGS, then the command line. */
  settingsFor: (lang: string) => FitSettings;
  flags: Set<string>;
}

const LANGS = ["en", "es", "ru"];

/** Parses `--name value` options; exits with a usage line on an unknown or malformed one. */
export function parseToolArgs(args: string[]): ToolOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const valued = [
    "data",
    "lang",
    "corrections",
    "corrections-weight",
    "out",
    "seed",
    "bits",
    "epochs",
    "lr",
    "templates-weight",
    "file-weights",
    "review-weight",
    "l2",
    "seeds",
    "nb",
    "class-balance",
  ];
  const known = ["no-rules", "no-templates", "no-shift"];
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!.replace(/^--/, "");
    if (!args[i]!.startsWith("--")) fail(`unexpected argument ${args[i]}`);
    if (valued.includes(name)) {
      const v = args[++i];
      if (v === undefined) fail(`--${name} needs a value`);
      values.set(name, v!);
    } else if (known.includes(name)) flags.add(name);
    else fail(`unknown option ${args[i]}`);
  }
  const num = (name: string): number | undefined => {
    const v = values.get(name);
    if (v === undefined) return undefined;
    const x = Number(v);
    if (!Number.isFinite(x)) fail(`--${name}: expected a number, got ${v}`);
    return x;
  };
  const seeds = num("seeds");
  // only what the command line sets: it wins over the defaults and the per-language settings
  const given: Partial<FitSettings> = {
    seed: num("seed"),
    bits: num("bits"),
    epochs: num("epochs"),
    learningRate: num("lr"),
    correctionsWeight: num("corrections-weight"),
    ruleFeatures: flags.has("no-rules") ? false : undefined,
    templatesWeight: num("templates-weight"),
    fileWeights: fileWeights(values.get("file-weights")),
    reviewWeight: num("review-weight"),
    l2: num("l2"),
    seeds: seeds === undefined ? undefined : Math.max(1, Math.round(seeds)),
    nb: num("nb"),
    classBalance: classBalance(values.get("class-balance")),
  };
  for (const key of Object.keys(given) as (keyof FitSettings)[])
    if (given[key] === undefined) delete given[key];
  const langs = (values.get("lang") ?? LANGS.join(",")).split(",");
  for (const l of langs) if (!LANGS.includes(l)) fail(`--lang: ${l} has no model (en, es, ru)`);
  return {
    data: values.get("data") ?? defaultDataDir(),
    langs,
    corrections: values.get("corrections"),
    out: values.get("out"),
    settings: { ...DEFAULT_SETTINGS, ...given },
    settingsFor: (lang) => ({ ...DEFAULT_SETTINGS, ...LANGUAGE_SETTINGS[lang], ...given }),
    flags,
  };
}

/** `file=2,other=0.5` → weights per file. */
function fileWeights(v: string | undefined): Record<string, number> | undefined {
  if (v === undefined) return undefined;
  const out: Record<string, number> = {};
  for (const pair of v.split(",")) {
    const [file, w] = pair.split("=");
    if (!file || !Number.isFinite(Number(w))) fail(`--file-weights: expected file=N,…, got ${pair}`);
    out[file!] = Number(w);
  }
  return out;
}

function classBalance(v: string | undefined): FitSettings["classBalance"] | undefined {
  if (v === undefined) return undefined;
  if (v !== "file" && v !== "global") fail(`--class-balance: expected file or global, got ${v}`);
  return v as FitSettings["classBalance"];
}

function fail(message: string): never {
  console.error(
    `${message}\nusage: --data DIR --lang en,es,ru --corrections FILE --corrections-weight N --seed N`,
  );
  process.exit(2);
}

/** Reports malformed lines on stderr, up to 20 in full, then a count. */
export function reporter(): (msg: string) => void {
  let n = 0;
  return (msg) => {
    n++;
    if (n <= 20) console.error(msg);
    else if (n === 21) console.error("… further skipped lines not listed");
  };
}

/** Corrections rows: one JSONL file, its lines in the datasets' format; the language from `lang`. */
function loadCorrections(path: string, report: (m: string) => void): Row[] {
  if (!existsSync(path)) {
    console.error(`--corrections: ${path} not found (export them with: orm-bot corrections --out FILE)`);
    process.exit(2);
  }
  return readJsonl(path, "", report).flatMap((r) => {
    if (!r.lang) {
      report(`${path}:${r.line}: lang: required for corrections (en, es or ru), skipped`);
      return [];
    }
    return [{ ...r, file: "corrections" }];
  });
}

/** Loads datasets (and corrections) and splits them; exits with advice when the folder is missing. */
export function loadSplit(opts: ToolOptions): Record<Part, Row[]> {
  const report = reporter();
  let rows: Row[];
  try {
    rows = loadDatasets(opts.data, opts.langs, report);
  } catch (e) {
    if (e instanceof MissingDatasetsError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  if (opts.corrections) rows.push(...loadCorrections(opts.corrections, report));
  const split = splitRows(rows, opts.settings.seed);
  const train = split.get("train")!;
  // the template mentions we wrote (never their held-out split), to measure whether they help
  if (!opts.flags.has("no-templates"))
    train.push(...templateRows("fit").filter((r) => opts.langs.includes(r.lang)));
  return { train, tune: split.get("tune")!, dev: split.get("dev")! };
}
