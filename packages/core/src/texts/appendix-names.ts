import type { LocalizedText } from '../i18n.js';

/**
 * The appendix's title and the word its file name takes for a draft, which the form names from its first
 * paint (its own label, the suggested file names); APPENDIX_TEXTS has them with the appendix's other texts.
 */
export const APPENDIX_NAMES = {
  documentTitle: { fi: 'Osallisuusarviointi', sv: 'Bedömning av delaktighet', en: 'Participation assessment' },
  draftFileName: { fi: 'luonnos', sv: 'utkast', en: 'draft' },
} as const satisfies Record<string, LocalizedText>;
