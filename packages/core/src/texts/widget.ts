import type { LocalizedText } from '../i18n.js';

/** Words of the widget outside the checklist and the field labels. `{name}` placeholders are parameters. */
export const WIDGET_TEXTS = {
  createPdf: { fi: 'Luo PDF-liite', sv: 'Skapa PDF-bilaga', en: 'Create PDF appendix' },
  saveJson: { fi: 'Tallenna JSON-tiedostona', sv: 'Spara som JSON-fil', en: 'Save as JSON file' },
  openFile: { fi: 'Avaa tiedosto (JSON tai PDF-liite)', sv: 'Öppna fil (JSON eller PDF-bilaga)', en: 'Open file (JSON or PDF appendix)' },
  importFailed: {
    fi: 'Tiedostoa ei voitu avata. Nykyinen luonnos on ennallaan.',
    sv: 'Filen kunde inte öppnas. Det nuvarande utkastet är oförändrat.',
    en: 'The file could not be opened. The current draft is unchanged.',
  },
} as const satisfies Record<string, LocalizedText>;
