import type { LocalizedText } from '../i18n.js';

/** Words of the PDF appendix outside the checklist and the field labels. `{i}`, `{n}` etc. are parameters. */
export const APPENDIX_TEXTS = {
  documentTitle: { fi: 'Osallisuusarviointi', sv: 'Bedömning av delaktighet', en: 'Participation assessment' },
  page: { fi: 'Sivu {i}/{n}', sv: 'Sida {i}/{n}', en: 'Page {i}/{n}' },
  notAnswered: { fi: 'Ei vastattu.', sv: 'Inte besvarad.', en: 'Not answered.' },
  noFindings: { fi: 'Ei havaintoja.', sv: 'Inga iakttagelser.', en: 'No findings.' },
  legalBasis: { fi: 'Oikeudellinen perusta', sv: 'Rättslig grund', en: 'Legal basis' },
  unverifiedReference: {
    fi: 'pykälänumero tarkistamatta',
    sv: 'paragrafnumret inte kontrollerat',
    en: 'section number not yet verified',
  },
} as const satisfies Record<string, LocalizedText>;
