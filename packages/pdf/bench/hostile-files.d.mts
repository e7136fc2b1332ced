import type { ReadLimitName } from '../src/read.js';

export interface HostileFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The error code the reader must give. */
  readonly code: string;
  /** The limit that must have stopped the work, when one must. */
  readonly limit?: ReadLimitName;
}
export type PdfBody = string | { readonly dict: string; readonly data: Uint8Array };
export function writePdf(
  objects: readonly PdfBody[],
  options?: { root?: number; trailer?: string; header?: string },
): Uint8Array;
export function latin1(text: string): Uint8Array;
export function concat(parts: readonly Uint8Array[]): Uint8Array;
export function attachmentObjects(options: {
  data: Uint8Array;
  filter?: string;
  name?: string;
  names?: string;
}): PdfBody[];
export function zlibBomb(size: number, options?: { prefix?: string; fill?: number; suffix?: string }): Uint8Array;
export function bombOfCompressedSize(compressed: number): Uint8Array;
export function hostileFiles(): HostileFile[];
