import { chmodSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Files the bot writes hold what strangers wrote (personal data until retention redacts it): only the
 * bot's own user may read them. Modes apply on creation; `privateDir` tightens what an older version left.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Creates `dir` (mode 0700) if needed and takes group and other access away from it and the files directly
 * in it (a data dir written by a version that created them 0644). Returns how many modes it tightened.
 */
export function privateDir(dir: string): number {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  let tightened = tighten(dir, PRIVATE_DIR_MODE);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isFile()) tightened += tighten(path, PRIVATE_FILE_MODE);
  }
  return tightened;
}

function tighten(path: string, mode: number): number {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st || (st.mode & 0o077) === 0) return 0;
  try {
    chmodSync(path, mode);
    return 1;
  } catch {
    return 0; // not ours to change (a shared mount): the bot still runs
  }
}
