/**
 * How much work reading one PDF may take. A hostile file of a few kilobytes can otherwise ask for gigabytes
 * (a deflate bomb) or minutes (a cross-reference table of two billion entries). The defaults are far above
 * what an appendix needs (about 100 objects, a JSON of some kilobytes) and far below what hurts a browser tab.
 */
export interface ReadLimits {
  /** Bytes of the whole PDF file. */
  readonly maxFileBytes: number;
  /** Bytes of the attached JSON once decompressed. */
  readonly maxAttachmentBytes: number;
  /** Bytes decompressed in all, over every stream read (cross-reference and object streams, metadata, the JSON). */
  readonly maxInflatedBytes: number;
  /** Objects parsed, object streams and cross-reference sections included. */
  readonly maxObjects: number;
  /** Cross-reference entries read over all sections; never more than the file's size in bytes either. */
  readonly maxXrefEntries: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 256 * 1024 * 1024,
  maxAttachmentBytes: 4 * 1024 * 1024,
  maxInflatedBytes: 16 * 1024 * 1024,
  maxObjects: 10_000,
  maxXrefEntries: 1_000_000,
});

export type ReadLimitName = keyof ReadLimits;

/** The file is not what it claims (a broken or unsupported structure). Internal: becomes an error value. */
export class Damaged extends Error {
  override readonly name = 'Damaged';
}

/** A limit stopped the work. Internal: becomes an error value naming the limit. */
export class LimitReached extends Error {
  override readonly name = 'LimitReached';
  constructor(
    readonly limit: ReadLimitName,
    readonly value: number,
  ) {
    super(`${limit} (${value}) reached`);
  }
}

/** The file is encrypted; reading it would need its password and the decryption this reader does not have. */
export class Encrypted extends Error {
  override readonly name = 'Encrypted';
}

/** Counts the work done against the limits; shared by everything one read does. */
export class Budget {
  inflated = 0;
  /** Values parsed, counted by the lexers. */
  values = 0;
  objects = 0;
  xrefEntries = 0;
  readonly maxXrefEntries: number;

  constructor(
    readonly limits: ReadLimits,
    fileBytes: number,
  ) {
    // Every entry of a classic table is 20 bytes and each object in use needs some bytes of its own, so a
    // table longer than the file is a lie, whatever the option says.
    this.maxXrefEntries = Math.min(limits.maxXrefEntries, Math.max(fileBytes, 1024));
  }

  object(): void {
    if (++this.objects > this.limits.maxObjects) throw new LimitReached('maxObjects', this.limits.maxObjects);
  }

  entries(n: number): void {
    this.xrefEntries += n;
    if (this.xrefEntries > this.maxXrefEntries) throw new LimitReached('maxXrefEntries', this.maxXrefEntries);
  }

  inflate(n: number): void {
    this.inflated += n;
    if (this.inflated > this.limits.maxInflatedBytes)
      throw new LimitReached('maxInflatedBytes', this.limits.maxInflatedBytes);
  }
}
