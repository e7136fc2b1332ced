import type { LocalizedText } from './i18n.js';

/**
 * A reference to a provision of Finnish law (or an international convention).
 * `verified: false` marks a section number that has not been checked against Finlex yet;
 * the PDF and the rule reference print it with a note instead of hiding the doubt.
 */
export interface LegalReference {
  readonly id: string;
  /** Statute number, e.g. "611/2021". */
  readonly statute: string;
  readonly statuteName: LocalizedText;
  /** Section, e.g. "29 §". */
  readonly section: string;
  /** Subsection (momentti), e.g. "3 mom.", when the reference is that precise. */
  readonly subsection?: string;
  readonly url: string;
  readonly verified: boolean;
}

const HVAL: LocalizedText = {
  fi: 'Laki hyvinvointialueesta',
  sv: 'Lag om välfärdsområden',
  en: 'Act on Wellbeing Services Counties',
};
const HVAL_URL = 'https://www.finlex.fi/fi/laki/ajantasa/2021/20210611';

export const LEGAL = {
  participationMethods: {
    id: 'hval-29',
    statute: '611/2021',
    statuteName: HVAL,
    section: '29 §',
    url: HVAL_URL,
    verified: true,
  },
  influenceBodies: {
    id: 'hval-32',
    statute: '611/2021',
    statuteName: HVAL,
    section: '32 §',
    url: HVAL_URL,
    verified: true,
  },
  /** 34 § 1 mom.: inform about decisions and their effects, and how one can take part and influence. */
  communication: {
    id: 'hval-34-1',
    statute: '611/2021',
    statuteName: HVAL,
    section: '34 §',
    subsection: '1 mom.',
    url: HVAL_URL,
    verified: true,
  },
  nationalLanguageCommittee: {
    id: 'hval-33',
    statute: '611/2021',
    statuteName: HVAL,
    section: '33 §',
    url: HVAL_URL,
    // domain.md: "likely 33 § and 34 §", not yet checked against Finlex.
    verified: false,
  },
  samiLanguageCommittee: {
    id: 'hval-34',
    statute: '611/2021',
    statuteName: HVAL,
    section: '34 §',
    url: HVAL_URL,
    verified: false,
  },
  constitutionParticipation: {
    id: 'pl-2-3',
    statute: '731/1999',
    statuteName: { fi: 'Suomen perustuslaki', sv: 'Finlands grundlag', en: 'Constitution of Finland' },
    section: '2 §',
    subsection: '3 mom.',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/1999/19990731',
    verified: true,
  },
  constitutionInfluence: {
    id: 'pl-14-4',
    statute: '731/1999',
    statuteName: { fi: 'Suomen perustuslaki', sv: 'Finlands grundlag', en: 'Constitution of Finland' },
    section: '14 §',
    subsection: '4 mom.',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/1999/19990731',
    verified: true,
  },
  administrativeHearing: {
    id: 'hl-41',
    statute: '434/2003',
    statuteName: { fi: 'Hallintolaki', sv: 'Förvaltningslag', en: 'Administrative Procedure Act' },
    section: '41 §',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2003/20030434',
    verified: true,
  },
  socialClientParticipation: {
    id: 'asiakaslaki-8-2',
    statute: '812/2000',
    statuteName: {
      fi: 'Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista',
      sv: 'Lag om klientens ställning och rättigheter inom socialvården',
      en: 'Act on the Status and Rights of Social Welfare Clients',
    },
    section: '8 §',
    subsection: '2 mom.',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2000/20000812',
    verified: true,
  },
  wellbeingImpacts: {
    id: 'jarjestamislaki-7',
    statute: '612/2021',
    statuteName: {
      fi: 'Laki sosiaali- ja terveydenhuollon järjestämisestä',
      sv: 'Lag om ordnande av social- och hälsovård',
      en: 'Act on Organising Healthcare and Social Welfare Services',
    },
    section: '7 §',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2021/20210612',
    verified: true,
  },
  crpdConsultation: {
    id: 'crpd-4-3',
    statute: 'SopS 27/2016',
    statuteName: {
      fi: 'YK:n vammaisyleissopimus',
      sv: 'FN:s konvention om rättigheter för personer med funktionsnedsättning',
      en: 'UN Convention on the Rights of Persons with Disabilities',
    },
    section: '4 art.',
    subsection: '3 kohta',
    url: 'https://www.finlex.fi/fi/sopimukset/sopsteksti/2016/20160027',
    verified: true,
  },
} as const satisfies Record<string, LegalReference>;

export type LegalReferenceKey = keyof typeof LEGAL;

/** "Laki hyvinvointialueesta (611/2021) 29 §" in the reader's language. */
export function formatLegalReference(ref: LegalReference, locale: keyof LocalizedText): string {
  const sub = ref.subsection ? ` ${ref.subsection}` : '';
  // "29 §" and "3 mom." must not break at the space: a line that starts with "§" reads as noise.
  const keep = (s: string) => s.replace(/ (?=§|mom\.|mom\b|kohta|punkt|art\.)/g, '\u00a0');
  return `${ref.statuteName[locale]} (${ref.statute}) ${keep(ref.section)}${keep(sub)}`;
}
