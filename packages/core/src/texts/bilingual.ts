import type { LocalizedText } from '../i18n.js';

/**
 * Words of an appendix in both national languages (an organiser whose rules require it): each part is in
 * its own language, and what the official typed stays as written, with the official's translation beside it.
 */
export const BILINGUAL_TEXTS = {
  /** The label of the official's translation of an answer, printed under the answer as written. */
  translation: {
    fi: 'Valmistelijan käännös',
    sv: 'Beredarens översättning',
    en: 'Translation by the preparer',
  },
  /** Under the title of a part in another language than the one the answers were written in. */
  answersAsWritten: {
    fi: 'Vastaukset ovat sillä kielellä, jolla valmistelija ne kirjoitti ({language}); valmistelijan käännökset on merkitty erikseen.',
    sv: 'Svaren står på det språk som beredaren skrev dem på ({language}); beredarens översättningar är märkta separat.',
    en: 'The answers are in the language the preparer wrote them in ({language}); the preparer’s translations are marked as such.',
  },
  /** The running header of a part names its language and the other part: "Suomeksi · På svenska s. 5". */
  inLanguage: { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' },
} as const satisfies Record<string, LocalizedText>;
