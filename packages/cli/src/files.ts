import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { lstat, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files being written now; the command removes them if it is interrupted (SIGINT, SIGTERM). */
export const TEMPORARY_FILES = new Set<string>();

export function removeTemporaryFiles(): void {
  for (const file of TEMPORARY_FILES) {
    try {
      rmSync(file, { force: true });
    } catch {
      // nothing more to do while exiting
    }
  }
  TEMPORARY_FILES.clear();
}

let interrupted = false;
const inFlight = new Set<Promise<void>>();

/**
 * Writes a file so that it is never seen half-written: the data goes to a hidden temporary file in the same
 * directory (so the rename stays on one file system), which is then renamed over the target.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  if (interrupted) throw new Error('interrupted');
  const write = (async () => {
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    TEMPORARY_FILES.add(tmp);
    try {
      await writeFile(tmp, data, { flag: 'wx' });
      if (interrupted) throw new Error('interrupted');
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw e;
    } finally {
      TEMPORARY_FILES.delete(tmp);
    }
  })();
  inFlight.add(write);
  try {
    await write;
  } finally {
    inFlight.delete(write);
  }
}

/**
 * Stops writing: no new file is started, the writes under way finish by removing their temporary file
 * (or, if already renamed, leave a complete file). Resolves when nothing half-written is left.
 */
export async function interruptWrites(): Promise<void> {
  interrupted = true;
  await Promise.allSettled([...inFlight]);
  removeTemporaryFiles();
}

/** The name writeAtomic gives its temporary files: `.<name>.<pid>.<8 hex digits>.tmp`. */
const TEMPORARY_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that an earlier run left in `dir` when it was killed (SIGKILL, a power cut)
 * before it could clean up. Only our own names, only files older than this run, and only when the process
 * that wrote them is gone: a render running alongside keeps its files. Returns the paths removed.
 */
export async function removeStaleTemporaryFiles(dir: string, startedAt: number): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    const path = join(dir, name);
    const info = await lstat(path).catch(() => null);
    if (!info?.isFile() || info.mtimeMs >= startedAt) continue;
    if (
      await rm(path).then(
        () => true,
        () => false,
      )
    )
      removed.push(path);
  }
  return removed;
}

/** "ENOENT: no such file or directory, open 'x'" → "no such file or directory". */
export function systemMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.message === 'string') {
    const m = /^[A-Z]+: ([^,]+)/.exec(err.message);
    return m ? m[1]! : err.message;
  }
  return String(e);
}
