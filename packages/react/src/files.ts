import { APPENDIX_NAMES } from '@osallisuusarvio/core/first-paint';
import type { Locale } from '@osallisuusarvio/core';

/** Offers a blob as a file download. */
export function downloadBlob(blob: Blob, filename: string, parent: HTMLElement): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function isPdf(bytes: Uint8Array): boolean {
  // "%PDF" – the header every PDF starts with; a file's name or type is not to be trusted.
  return bytes.length >= 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}

/** A file name from the diary number: "KYMHVA/2145/05.00.00/2026" → "osallisuusarviointi-KYMHVA-2145-05.00.00-2026". */
export function baseFileName(diaryNumber: string): string {
  const safe = diaryNumber
    .trim()
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return safe ? `osallisuusarviointi-${safe}` : 'osallisuusarviointi';
}

/**
 * The suggested name of the appendix: the diary number, the appendix's languages (so that the Finnish and the
 * Swedish appendix of one decision do not overwrite each other, and a bilingual one says it is) and, for a
 * draft, the draft word in the first language: "osallisuusarviointi-KYMHVA-2145-2026-sv-utkast.pdf",
 * "osallisuusarviointi-KYMHVA-2145-2026-fi-sv.pdf".
 */
export function appendixFileName(diaryNumber: string, languages: Locale | readonly Locale[], draft: boolean): string {
  const locales: readonly Locale[] = typeof languages === 'string' ? [languages] : languages;
  const first = locales[0] ?? 'fi';
  return `${baseFileName(diaryNumber)}-${locales.join('-')}${draft ? `-${APPENDIX_NAMES.draftFileName[first]}` : ''}.pdf`;
}
