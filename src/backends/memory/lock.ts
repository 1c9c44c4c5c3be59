import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../../core/errors.js";
import { PRIVATE_FILE_MODE } from "../../core/private-files.js";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes `dir/LOCK` for this process (one embedded store per data dir); a dead owner's lock is taken over. */
export function acquireDirLock(dir: string): () => void {
  const path = join(dir, "LOCK");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx", PRIVATE_FILE_MODE);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(readFileSync(path, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new UserError(
          "data_dir_locked",
          `${dir} is in use by another orm-bot (pid ${pid}); stop it, use another ORM_DATA_DIR, or set REDIS_URL to share state`,
        );
      }
      unlinkSync(path);
    }
  }
  throw new UserError("data_dir_locked", `${dir}: cannot take the lock`);
}
