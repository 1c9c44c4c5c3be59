const NAME = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * Returns `name` when it is a dashed lower-case name (collections, indexes, sequences, mark and tally
 * scopes), else throws: both backends build keys from these names, and a colon in one would make two
 * different names share keys.
 */
export function checkName(kind: string, name: string): string {
  if (!NAME.test(name)) throw new Error(`bad ${kind} name "${name}": lower-case letters, digits and dashes`);
  return name;
}

/** The index values of a write as (name, value) pairs, null values left out and names checked. */
export function indexEntries(
  index: Readonly<Record<string, string | null>> | undefined,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(index ?? {}))
    if (value !== null && value !== undefined) out.push([checkName("index", name), value]);
  return out;
}
