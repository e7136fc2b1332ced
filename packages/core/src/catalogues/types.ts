import type { LocalizedText } from '../i18n.js';
import type { LegalReference } from '../legal.js';

/** One option of a catalogue: what the official picks, what the PDF prints. */
export interface CatalogueEntry<Id extends string = string> {
  readonly id: Id;
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
  readonly legal?: LegalReference;
  /**
   * One of the choices most officials need: a long list shows these first and the rest behind "show all",
   * so that a keyboard user does not tab through every option.
   */
  readonly common?: boolean;
}

/** Version of all catalogues together; an assessment records the version its ids were chosen from. */
export const CATALOGUE_VERSION = '2026.1';
/** The day this catalogue version took effect. */
export const CATALOGUE_EFFECTIVE_DATE = '2026-11-01';

export function idsOf<const E extends readonly CatalogueEntry[]>(entries: E): { [K in keyof E]: E[K]['id'] } {
  return entries.map((e) => e.id) as { [K in keyof E]: E[K]['id'] };
}
