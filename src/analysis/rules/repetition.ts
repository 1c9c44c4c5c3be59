/**
 * A cheap guard for rule files: refuses a repeated group that itself holds an unbounded repetition
 * (`(\S+ )+`, `(?:a+b)*`, `(x*){2,}`), the shape that backtracks exponentially on text that almost
 * matches. Bounded repeats (`(?:\S+ ){0,3}`) and repeated plain alternations (`(?:a |an )*`) pass.
 * Returns what is wrong, or null. Not a full proof of linear time: the property tests over the
 * shipped rules are (test/unit/analysis/rules-linear-time.test.ts).
 */
export function checkRepetition(source: string): string | null {
  /** Per open group: whether its content repeats without bound, and where it opened. */
  const stack: Array<{ unbounded: boolean; at: number }> = [{ unbounded: false, at: 0 }];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      i += 2;
      i = quantified(source, i, stack);
      continue;
    }
    if (c === "[") {
      i = classEnd(source, i);
      i = quantified(source, i, stack);
      continue;
    }
    if (c === "(") {
      stack.push({ unbounded: false, at: i });
      i++;
      continue;
    }
    if (c === ")") {
      const frame = stack.length > 1 ? stack.pop()! : { unbounded: false, at: 0 };
      const end = i + 1;
      const q = quantifierAt(source, end);
      if (q.unbounded && frame.unbounded)
        return `nested unbounded repetition in "${source.slice(frame.at, Math.min(end + q.length, frame.at + 60))}"`;
      if (q.unbounded || frame.unbounded) stack[stack.length - 1]!.unbounded = true;
      i = end + q.length;
      continue;
    }
    i = quantified(source, i + 1, stack);
  }
  return null;
}

/** Skips a quantifier after an atom ending before `i`, marking the open group unbounded if it is. */
function quantified(source: string, i: number, stack: Array<{ unbounded: boolean }>): number {
  const q = quantifierAt(source, i);
  if (q.unbounded) stack[stack.length - 1]!.unbounded = true;
  return i + q.length;
}

/** The quantifier at `i` (with a lazy `?`): its length, and whether it has no upper bound. */
function quantifierAt(source: string, i: number): { length: number; unbounded: boolean } {
  const c = source[i];
  let length = 0;
  let unbounded = false;
  if (c === "*" || c === "+") {
    length = 1;
    unbounded = true;
  } else if (c === "?") length = 1;
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (m) {
      length = m[0].length;
      unbounded = m[2] !== undefined && m[3] === "";
    }
  }
  if (length && source[i + length] === "?") length++;
  return { length, unbounded };
}

/** The index just past the character class opening at `i`. */
function classEnd(source: string, i: number): number {
  let j = i + 1;
  if (source[j] === "^") j++;
  while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
  return j + 1;
}
