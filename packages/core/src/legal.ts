import type { Locale, LocalizedText } from './i18n.js';

/**
 * A reference to a provision of Finnish law (or an international convention).
 * `verified: false` marks a section number that has not been checked against Finlex yet;
 * the PDF and the rule reference print it with a note instead of hiding the doubt.
 */
export interface LegalReference {
  readonly id: string;
  /** Statute number, e.g. "611/2021"; a treaty as "SopS 27/2016" (printed FördrS / FTS in sv / en). */
  readonly statute: string;
  /**
   * The statute's name as it stands in a citation: fi and en as titles ("Laki hyvinvointialueesta"),
   * sv in the definite form that follows "i" ("lagen om välfärdsområden").
   */
  readonly statuteName: LocalizedText;
  /** Section in Finnish notation, e.g. "29 §", or an article, "12 art.". */
  readonly section: string;
  /** Subsection (momentti), e.g. "2 mom." or "1–2 mom.", when the reference is that precise. */
  readonly subsection?: string;
  /** Point (kohta) of the subsection, or of the article: "29 §:n 2 momentin 5 kohta". */
  readonly point?: number;
  readonly url: string;
  readonly verified: boolean;
}

const HVAL: LocalizedText = {
  fi: 'Laki hyvinvointialueesta',
  sv: 'lagen om välfärdsområden',
  en: 'Act on Wellbeing Services Counties',
};
const HVAL_URL = 'https://www.finlex.fi/fi/laki/ajantasa/2021/20210611';
const KUNTALAKI: LocalizedText = { fi: 'Kuntalaki', sv: 'kommunallagen', en: 'Local Government Act' };
const KUNTALAKI_URL = 'https://www.finlex.fi/fi/laki/ajantasa/2015/20150410';
const PL: LocalizedText = { fi: 'Suomen perustuslaki', sv: 'Finlands grundlag', en: 'Constitution of Finland' };
const PL_URL = 'https://www.finlex.fi/fi/laki/ajantasa/1999/19990731';
const JARJESTAMISLAKI: LocalizedText = {
  fi: 'Laki sosiaali- ja terveydenhuollon järjestämisestä',
  sv: 'lagen om ordnande av social- och hälsovård',
  en: 'Act on Organising Healthcare and Social Welfare Services',
};
const ASIAKASLAKI: LocalizedText = {
  fi: 'Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista',
  sv: 'lagen om klientens ställning och rättigheter inom socialvården',
  en: 'Act on the Status and Rights of Social Welfare Clients',
};
const KIELILAKI: LocalizedText = { fi: 'Kielilaki', sv: 'språklagen', en: 'Language Act' };

export const LEGAL = {
  participationRight: {
    id: 'hval-29-1',
    statute: '611/2021',
    statuteName: HVAL,
    section: '29 §',
    subsection: '1 mom.',
    url: HVAL_URL,
    verified: true,
  },
  /** The six methods of 29 § 2 mom.; a rule about one method cites it with its point (`withPoint`). */
  participationMethods: {
    id: 'hval-29-2',
    statute: '611/2021',
    statuteName: HVAL,
    section: '29 §',
    subsection: '2 mom.',
    url: HVAL_URL,
    verified: true,
  },
  initiative: {
    id: 'hval-30',
    statute: '611/2021',
    statuteName: HVAL,
    section: '30 §',
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
  nationalLanguageCommittee: {
    id: 'hval-33-1',
    statute: '611/2021',
    statuteName: HVAL,
    section: '33 §',
    subsection: '1–2 mom.',
    url: HVAL_URL,
    verified: true,
  },
  samiLanguageCommittee: {
    id: 'hval-33-6',
    statute: '611/2021',
    statuteName: HVAL,
    section: '33 §',
    subsection: '6 mom.',
    url: HVAL_URL,
    verified: true,
  },
  communication: {
    id: 'hval-34-1',
    statute: '611/2021',
    statuteName: HVAL,
    section: '34 §',
    subsection: '1 mom.',
    url: HVAL_URL,
    verified: true,
  },
  publicationPrivacy: {
    id: 'hval-34-2',
    statute: '611/2021',
    statuteName: HVAL,
    section: '34 §',
    subsection: '2 mom.',
    url: HVAL_URL,
    verified: true,
  },
  municipalParticipationRight: {
    id: 'kuntalaki-22-1',
    statute: '410/2015',
    statuteName: KUNTALAKI,
    section: '22 §',
    subsection: '1 mom.',
    url: KUNTALAKI_URL,
    verified: true,
  },
  municipalParticipationMethods: {
    id: 'kuntalaki-22-2',
    statute: '410/2015',
    statuteName: KUNTALAKI,
    section: '22 §',
    subsection: '2 mom.',
    url: KUNTALAKI_URL,
    verified: true,
  },
  municipalInitiative: {
    id: 'kuntalaki-23',
    statute: '410/2015',
    statuteName: KUNTALAKI,
    section: '23 §',
    url: KUNTALAKI_URL,
    verified: true,
  },
  municipalYouthCouncil: {
    id: 'kuntalaki-26',
    statute: '410/2015',
    statuteName: KUNTALAKI,
    section: '26 §',
    url: KUNTALAKI_URL,
    verified: true,
  },
  municipalElderlyCouncil: {
    id: 'kuntalaki-27',
    statute: '410/2015',
    statuteName: KUNTALAKI,
    section: '27 §',
    url: KUNTALAKI_URL,
    verified: true,
  },
  municipalDisabilityCouncil: {
    id: 'kuntalaki-28',
    statute: '410/2015',
    statuteName: KUNTALAKI,
    section: '28 §',
    url: KUNTALAKI_URL,
    verified: true,
  },
  municipalCommunication: {
    id: 'kuntalaki-29',
    statute: '410/2015',
    statuteName: KUNTALAKI,
    section: '29 §',
    url: KUNTALAKI_URL,
    verified: true,
  },
  /** Publishing documents on the web (Kuntalaki 140 §): the subsection on personal data was not checked. */
  municipalPublicationPrivacy: {
    id: 'kuntalaki-140',
    statute: '410/2015',
    statuteName: KUNTALAKI,
    section: '140 §',
    url: KUNTALAKI_URL,
    verified: false,
  },
  /** The right to participate (2 mom.); 3 mom. is the legality principle. */
  constitutionParticipation: {
    id: 'pl-2-2',
    statute: '731/1999',
    statuteName: PL,
    section: '2 §',
    subsection: '2 mom.',
    url: PL_URL,
    verified: true,
  },
  /** No one treated differently without an acceptable reason: the basis for leaving a group out only with one. */
  constitutionEquality: {
    id: 'pl-6-2',
    statute: '731/1999',
    statuteName: PL,
    section: '6 §',
    subsection: '2 mom.',
    url: PL_URL,
    verified: true,
  },
  /** Children allowed to influence matters concerning themselves according to their development. */
  constitutionChildren: {
    id: 'pl-6-3',
    statute: '731/1999',
    statuteName: PL,
    section: '6 §',
    subsection: '3 mom.',
    url: PL_URL,
    verified: true,
  },
  constitutionInfluence: {
    id: 'pl-14-4',
    statute: '731/1999',
    statuteName: PL,
    section: '14 §',
    subsection: '4 mom.',
    url: PL_URL,
    verified: true,
  },
  /** The one statutory duty to hear people before a decision, when it may substantially affect them. */
  administrativeHearing: {
    id: 'hl-41',
    statute: '434/2003',
    statuteName: { fi: 'Hallintolaki', sv: 'förvaltningslagen', en: 'Administrative Procedure Act' },
    section: '41 §',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2003/20030434',
    verified: true,
  },
  /** The hearing is announced in a way suited to the matter's importance and reach. */
  administrativeHearingAnnouncement: {
    id: 'hl-41-2',
    statute: '434/2003',
    statuteName: { fi: 'Hallintolaki', sv: 'förvaltningslagen', en: 'Administrative Procedure Act' },
    section: '41 §',
    subsection: '2 mom.',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2003/20030434',
    verified: true,
  },
  /** A bilingual authority informs the public in both national languages. */
  bilingualInformation: {
    id: 'kielilaki-32',
    statute: '423/2003',
    statuteName: KIELILAKI,
    section: '32 §',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2003/20030423',
    verified: true,
  },
  bilingualServices: {
    id: 'jarjestamislaki-5',
    statute: '612/2021',
    statuteName: JARJESTAMISLAKI,
    section: '5 §',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2021/20210612',
    verified: true,
  },
  /** Saamen kielilaki: no single section is cited; the act as a whole binds authorities in the Sámi homeland. */
  samiLanguageAct: {
    id: 'saamen-kielilaki',
    statute: '1086/2003',
    statuteName: { fi: 'Saamen kielilaki', sv: 'samiska språklagen', en: 'Sámi Language Act' },
    section: '',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2003/20031086',
    verified: true,
  },
  socialClientParticipation: {
    id: 'asiakaslaki-8-2',
    statute: '812/2000',
    statuteName: ASIAKASLAKI,
    section: '8 §',
    subsection: '2 mom.',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2000/20000812',
    verified: true,
  },
  /** Social-welfare documents about a client are confidential. */
  socialClientConfidentiality: {
    id: 'asiakaslaki-14',
    statute: '812/2000',
    statuteName: ASIAKASLAKI,
    section: '14 §',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2000/20000812',
    verified: true,
  },
  wellbeingImpacts: {
    id: 'jarjestamislaki-7-2',
    statute: '612/2021',
    statuteName: JARJESTAMISLAKI,
    section: '7 §',
    subsection: '2 mom.',
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
    point: 3,
    url: 'https://www.finlex.fi/fi/sopimukset/sopsteksti/2016/20160027',
    verified: true,
  },
  /** The child's right to express views; the treaty series number (SopS 60/1991) was not checked. */
  crcViews: {
    id: 'crc-12',
    statute: 'SopS 60/1991',
    statuteName: {
      fi: 'YK:n lapsen oikeuksien yleissopimus',
      sv: 'FN:s konvention om barnets rättigheter',
      en: 'UN Convention on the Rights of the Child',
    },
    section: '12 art.',
    url: 'https://www.finlex.fi/fi/sopimukset/sopsteksti/1991/19910060',
    verified: false,
  },
} as const satisfies Record<string, LegalReference>;

export type LegalReferenceKey = keyof typeof LEGAL;

/** The same provision, narrowed to one point of its subsection ("29 §:n 2 momentin 5 kohta"). */
export function withPoint(ref: LegalReference, point: number): LegalReference {
  return { ...ref, id: `${ref.id}-${point}`, point };
}

const TREATY_SERIES: LocalizedText = { fi: 'SopS', sv: 'FördrS', en: 'FTS' };
const NBSP = '\u00a0';

/**
 * A citation in the reader's language and that language's notation:
 * fi "Laki hyvinvointialueesta (611/2021) 29 §:n 2 momentin 5 kohta",
 * sv "29 § 2 mom. 5 punkten i lagen om välfärdsområden (611/2021)",
 * en "section 29(2)(5) of the Act on Wellbeing Services Counties (611/2021)".
 * Numbers and their "§", "mom." or "section" never break apart.
 */
export function formatLegalReference(ref: LegalReference, locale: Locale): string {
  const statute = ref.statute.replace(/^SopS /, `${TREATY_SERIES[locale]} `);
  const name = `${ref.statuteName[locale]} (${statute})`;
  const article = /art\.$/.test(ref.section);
  const number = ref.section.replace(/\s*(§|art\.)$/, '');
  const sub = ref.subsection?.replace(/\s*mom\.$/, '');
  if (number === '') return name;
  if (locale === 'fi') {
    if (article) {
      const point = ref.point === undefined ? '' : `n${NBSP}${ref.point}${NBSP}kohta`;
      return `${name} ${number}${NBSP}artikla${point}`;
    }
    if (sub !== undefined && ref.point !== undefined)
      return `${name} ${number}${NBSP}§:n ${sub}${NBSP}momentin ${ref.point}${NBSP}kohta`;
    if (sub !== undefined) return `${name} ${number}${NBSP}§ ${sub}${NBSP}mom.`;
    if (ref.point !== undefined) return `${name} ${number}${NBSP}§:n ${ref.point}${NBSP}kohta`;
    return `${name} ${number}${NBSP}§`;
  }
  if (locale === 'sv') {
    if (article) return `artikel${NBSP}${number}${ref.point === undefined ? '' : `.${ref.point}`} i ${name}`;
    const parts = [`${number}${NBSP}§`];
    if (sub !== undefined) parts.push(`${sub}${NBSP}mom.`);
    if (ref.point !== undefined) parts.push(`${ref.point}${NBSP}punkten`);
    return `${parts.join(' ')} i ${name}`;
  }
  const brackets = `${sub === undefined ? '' : `(${sub})`}${ref.point === undefined ? '' : `(${ref.point})`}`;
  return `${article ? 'Article' : 'section'}${NBSP}${number}${brackets} of the ${name}`;
}

/** The short Finnish form for tables: "611/2021 29 § 2 mom. 5 kohta". */
export function shortLegalReference(ref: LegalReference): string {
  return [ref.statute, ref.section, ref.subsection, ref.point === undefined ? undefined : `${ref.point} kohta`]
    .filter((p) => p !== undefined && p !== '')
    .join(' ');
}
