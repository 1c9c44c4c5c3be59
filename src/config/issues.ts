import type { z } from "zod";
import { didYouMean } from "./nearest.js";

type Path = ReadonlyArray<PropertyKey>;
const SECRET_FIELD = /token|secret|password|apikey|routingkey|key$/i;

/** The value at `path` inside `raw` (undefined when absent). */
export function valueAt(raw: unknown, path: Path): unknown {
  let v = raw;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/**
 * A config path for people: array items named by their `id` (or `name`) when they have one —
 * `sources[app-store].appId`, `routing.rules[reviews].channel` — else by index, `brand.languages[1]`.
 */
export function formatPath(raw: unknown, path: Path, prefix = ""): string {
  let out = prefix;
  for (let i = 0; i < path.length; i++) {
    const k = path[i]!;
    if (typeof k === "number") {
      const item = valueAt(raw, path.slice(0, i + 1));
      const o = item && typeof item === "object" ? (item as Record<string, unknown>) : {};
      const name =
        typeof o.id === "string" && o.id ? o.id : typeof o.name === "string" && o.name ? o.name : null;
      out += `[${name ?? k}]`;
    } else out += out ? `.${String(k)}` : String(k);
  }
  return out || "(root)";
}

/** The offending value as shown in a problem (`"abc"`, `42`), or null when it is absent, a secret or too big. */
export function shownValue(raw: unknown, path: Path): string | null {
  const last = path[path.length - 1];
  if (typeof last === "string" && SECRET_FIELD.test(last)) return null;
  const v = valueAt(raw, path);
  if (v === undefined || v === null || typeof v === "object") return null;
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…"` : s;
}

/** The keys an object schema allows at `path` (defaults, optionals, arrays and discriminated unions looked through). */
export function allowedKeys(schema: z.ZodType, path: Path, raw: unknown): string[] {
  let s: unknown = schema;
  const def = (x: unknown) => (x as { _zod: { def: Record<string, unknown> } })._zod.def;
  const unwrap = () => {
    for (let n = 0; n < 10; n++) {
      const d = def(s);
      if (d.type === "default" || d.type === "optional" || d.type === "nullable" || d.type === "prefault")
        s = d.innerType;
      else if (d.type === "pipe") s = d.in;
      else return;
    }
  };
  const pickUnion = (i: number) => {
    const d = def(s);
    if (d.type !== "union") return;
    const disc = d.discriminator as string | undefined;
    const want = disc ? valueAt(raw, [...path.slice(0, i), disc]) : undefined;
    const options = d.options as unknown[];
    s =
      options.find(
        (o) => (def(o).shape as Record<string, unknown>)?.[disc ?? ""] && literalOf(o, disc) === want,
      ) ?? options[0];
  };
  for (let i = 0; i <= path.length; i++) {
    unwrap();
    pickUnion(i);
    unwrap();
    if (i === path.length) break;
    const d = def(s);
    if (d.type === "object") s = (d.shape as Record<string, unknown>)[String(path[i])];
    else if (d.type === "array") s = d.element;
    else if (d.type === "record") s = d.valueType;
    else return [];
    if (!s) return [];
  }
  const d = def(s);
  return d.type === "object" ? Object.keys(d.shape as Record<string, unknown>) : [];
}

function literalOf(option: unknown, disc: string | undefined): unknown {
  if (!disc) return undefined;
  const shape = (
    option as { _zod: { def: { shape: Record<string, { _zod: { def: { values?: unknown[] } } }> } } }
  )._zod.def.shape;
  return shape[disc]?._zod.def.values?.[0];
}

/** One zod issue as `path: message` lines, with the offending value and the nearest valid key or value. */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown, schema: z.ZodType, prefix: string): string[] {
  const path = issue.path;
  if (issue.code === "unrecognized_keys") {
    const allowed = allowedKeys(schema, path, raw);
    return issue.keys.map(
      (k) => `${formatPath(raw, [...path, k], prefix)}: unknown key "${k}"${didYouMean(k, allowed)}`,
    );
  }
  const where = formatPath(raw, path, prefix);
  const got = shownValue(raw, path);
  if (issue.code === "invalid_type" && valueAt(raw, path) === undefined)
    return [`${where}: missing (required, ${issue.expected})`];
  if (issue.code === "invalid_value" || (issue.code === "invalid_union" && "options" in issue)) {
    const values = ("values" in issue ? issue.values : (issue as { options: unknown[] }).options).map(String);
    const v = valueAt(raw, path);
    const hint = typeof v === "string" || typeof v === "number" ? didYouMean(String(v), values) : "";
    return [`${where}: ${got ?? "missing"} is not one of ${values.join(", ")}${hint}`];
  }
  return [`${where}: ${issue.message}${got ? ` (got ${got})` : ""}`];
}

/** Zod issues as `path: message` lines naming items by id, the offending value and, for typos, the nearest valid key or value. */
export function describeIssues(
  issues: z.core.$ZodIssue[],
  raw: unknown,
  schema: z.ZodType,
  prefix = "",
): string[] {
  return issues.flatMap((i) => describeIssue(i, raw, schema, prefix));
}
