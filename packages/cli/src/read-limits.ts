import { open } from 'node:fs/promises';
import { DEFAULT_READ_LIMITS } from '@osallisuusarvio/pdf/read';
import type { ReadLimits } from '@osallisuusarvio/pdf/read';

/** The options of `extract` that set the reader's limits, each to one of `ReadLimits`. */
export const READ_LIMIT_OPTIONS = {
  'max-file-size': { type: 'string' },
  'max-attachment-size': { type: 'string' },
  'max-inflated-size': { type: 'string' },
  'max-objects': { type: 'string' },
  'max-xref-entries': { type: 'string' },
} as const;

const FIELDS: Record<keyof typeof READ_LIMIT_OPTIONS, { key: keyof ReadLimits; size: boolean }> = {
  'max-file-size': { key: 'maxFileBytes', size: true },
  'max-attachment-size': { key: 'maxAttachmentBytes', size: true },
  'max-inflated-size': { key: 'maxInflatedBytes', size: true },
  'max-objects': { key: 'maxObjects', size: false },
  'max-xref-entries': { key: 'maxXrefEntries', size: false },
};

const UNITS: Record<string, number> = {
  '': 1,
  k: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
};

/** "4MiB", "512k", "1048576" → bytes; a count for the others. A message for a value that is neither. */
export function readLimitsFromOptions(
  values: Readonly<Record<string, unknown>>,
): { ok: true; limits: ReadLimits } | { ok: false; message: string } {
  const limits: Record<string, number> = { ...DEFAULT_READ_LIMITS };
  for (const [option, { key, size }] of Object.entries(FIELDS)) {
    const raw = values[option];
    if (raw === undefined) continue;
    const m = /^(\d{1,15})\s*([a-z]*)$/i.exec(String(raw).trim());
    const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
    const n = m && unit !== undefined && (size || m[2] === '') ? Number(m[1]) * unit : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 1)
      return {
        ok: false,
        message: size
          ? `--${option} must be a size such as 4MiB, 512KiB or 1048576 (bytes), not '${String(raw)}'`
          : `--${option} must be a whole number from 1 up, not '${String(raw)}'`,
      };
    limits[key] = n;
  }
  return { ok: true, limits: limits as unknown as ReadLimits };
}

export const READ_LIMITS_HELP = `  --max-file-size <size>   refuse a larger PDF (default ${DEFAULT_READ_LIMITS.maxFileBytes / 1024 ** 2}MiB)
  --max-attachment-size <size>
                           refuse a larger attached JSON, uncompressed (default ${DEFAULT_READ_LIMITS.maxAttachmentBytes / 1024 ** 2}MiB)
  --max-inflated-size <size>
                           stop after uncompressing this much in all (default ${DEFAULT_READ_LIMITS.maxInflatedBytes / 1024 ** 2}MiB)
  --max-objects <n>        stop after parsing this many objects (default ${DEFAULT_READ_LIMITS.maxObjects})
  --max-xref-entries <n>   stop after this many cross-reference entries (default ${DEFAULT_READ_LIMITS.maxXrefEntries},
                           never more than the file's size in bytes)`;

/**
 * The bytes of a file, or of stdin for '-', or null when there are more than `maxBytes`: the size is known
 * before a file is read, and stdin stops being read past the limit, so a file of gigabytes costs nothing.
 */
export async function readBounded(
  path: string | null,
  stdin: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | null> {
  if (path !== null) {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) return null;
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    length += b.length;
    if (length > maxBytes) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
