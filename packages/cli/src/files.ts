import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
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

/** "ENOENT: no such file or directory, open 'x'" → "no such file or directory". */
export function systemMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.message === 'string') {
    const m = /^[A-Z]+: ([^,]+)/.exec(err.message);
    return m ? m[1]! : err.message;
  }
  return String(e);
}
