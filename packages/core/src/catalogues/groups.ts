import type { CatalogueEntry } from './types.js';
import type { BodyId } from './bodies.js';

export interface GroupEntry<Id extends string = string> extends CatalogueEntry<Id> {
  /** Whether the group can be affected by a decision, be invited to take part, or both. */
  readonly roles: readonly ('affected' | 'invited')[];
  /** The influence body that speaks for this group (611/2021 32 §–34 §). */
  readonly body?: BodyId;
  /** People who are hard to reach and need organisations, open meeting places or experts by experience (seed, priority area 2). */
  readonly hardToReach?: boolean;
  /** An invitee through whom hard-to-reach people are reached. */
  readonly reachesHardToReach?: boolean;
}

/**
 * Who is affected (question 1) and who is invited (question 2) share one catalogue, so that the rules can
 * see at once whether an affected group was invited. Ids are stable; labels may be improved.
 */
export const GROUPS = [
  {
    id: 'residents',
    common: true,
    roles: ['affected', 'invited'],
    label: { fi: 'Asukkaat', sv: 'Invånare', en: 'Residents' },
  },
  {
    id: 'clients',
    common: true,
    roles: ['affected', 'invited'],
    label: { fi: 'Asiakkaat', sv: 'Klienter', en: 'Clients' },
    help: {
      fi: 'Sosiaalipalvelujen ja muiden palvelujen nykyiset ja mahdolliset asiakkaat.',
      sv: 'Nuvarande och potentiella klienter inom socialvården och andra tjänster.',
      en: 'Current and potential clients of social services and other services.',
    },
  },
  {
    id: 'patients',
    common: true,
    roles: ['affected', 'invited'],
    label: { fi: 'Potilaat', sv: 'Patienter', en: 'Patients' },
  },
  {
    id: 'relatives',
    roles: ['affected', 'invited'],
    label: { fi: 'Omaiset ja läheiset', sv: 'Anhöriga och närstående', en: 'Relatives and close ones' },
  },
  {
    id: 'childrenAndYoung',
    common: true,
    roles: ['affected', 'invited'],
    body: 'youthCouncil',
    label: { fi: 'Lapset ja nuoret', sv: 'Barn och unga', en: 'Children and young people' },
    help: {
      fi: 'Kun päätös vaikuttaa lapsiin, tee myös lapsivaikutusten arviointi (LAVA) ja kuule lapsia itseään (YK:n lapsen oikeuksien sopimus 12 art.).',
      sv: 'När beslutet påverkar barn, gör också en barnkonsekvensbedömning och hör barnen själva (FN:s barnkonvention art. 12).',
      en: 'When the decision affects children, also make a child impact assessment and hear the children themselves (UN CRC art. 12).',
    },
  },
  {
    id: 'olderPeople',
    common: true,
    roles: ['affected', 'invited'],
    body: 'elderlyCouncil',
    label: { fi: 'Ikääntyneet', sv: 'Äldre', en: 'Older people' },
  },
  {
    id: 'personsWithDisabilities',
    common: true,
    roles: ['affected', 'invited'],
    body: 'disabilityCouncil',
    label: { fi: 'Vammaiset henkilöt', sv: 'Personer med funktionsnedsättning', en: 'People with disabilities' },
  },
  {
    id: 'vulnerable',
    roles: ['affected', 'invited'],
    hardToReach: true,
    label: { fi: 'Heikossa asemassa olevat', sv: 'Personer i utsatt ställning', en: 'People in a vulnerable position' },
    help: {
      fi: 'Esim. syrjäytyneet tai syrjäytymisvaarassa olevat, asunnottomat, päihde- ja mielenterveyskuntoutujat. Heidät tavoittaa usein parhaiten järjestöjen, avointen kohtaamispaikkojen ja kokemusasiantuntijoiden kautta.',
      sv: 'T.ex. personer som är eller riskerar att bli marginaliserade, bostadslösa, personer i missbruks- och mentalvårdsrehabilitering. De nås ofta bäst via organisationer, öppna mötesplatser och erfarenhetsexperter.',
      en: 'E.g. people who are or risk being excluded, homeless people, people recovering from substance use or mental health problems. They are often best reached through organisations, open meeting places and experts by experience.',
    },
  },
  {
    id: 'otherNationalLanguage',
    roles: ['affected', 'invited'],
    body: 'nationalLanguageCommittee',
    label: {
      fi: 'Alueen toisen kansalliskielen puhujat',
      sv: 'Den språkliga minoriteten i välfärdsområdet',
      en: 'Speakers of the county’s other national language',
    },
    help: {
      fi: 'Kaksikielisellä alueella vähemmistökieltä (suomi tai ruotsi) puhuvat.',
      sv: 'I ett tvåspråkigt välfärdsområde eller en tvåspråkig kommun de som talar minoritetsspråket (finska eller svenska).',
      en: 'In a bilingual county or municipality, those who speak the minority language (Finnish or Swedish).',
    },
  },
  {
    id: 'sami',
    roles: ['affected', 'invited'],
    body: 'samiLanguageCommittee',
    label: { fi: 'Saamelaiset ja saamenkieliset', sv: 'Samer och samiskspråkiga', en: 'Sámi people and Sámi speakers' },
  },
  {
    id: 'otherLanguageSpeakers',
    roles: ['affected', 'invited'],
    hardToReach: true,
    label: { fi: 'Muita kieliä puhuvat', sv: 'Personer som talar andra språk', en: 'Speakers of other languages' },
    help: {
      fi: 'Esim. maahan muuttaneet. Viestintä selkokielellä ja omalla kielellä auttaa.',
      sv: 'T.ex. invandrare. Lättläst svenska och information på det egna språket hjälper.',
      en: 'E.g. immigrants. Easy Language and information in their own language help.',
    },
  },
  {
    id: 'staff',
    common: true,
    roles: ['affected', 'invited'],
    label: { fi: 'Henkilöstö', sv: 'Personal', en: 'Staff' },
  },
  {
    id: 'management',
    roles: ['invited'],
    label: { fi: 'Johto', sv: 'Ledning', en: 'Management' },
  },
  {
    id: 'councillors',
    roles: ['invited'],
    label: { fi: 'Valtuutetut', sv: 'Fullmäktigeledamöter', en: 'Councillors' },
  },
  {
    id: 'organisations',
    // The seed names them among those invited and has organisations heard on service-network changes and
    // impact assessments (Kymenlaakso's programme, priority area 2).
    common: true,
    roles: ['affected', 'invited'],
    reachesHardToReach: true,
    label: { fi: 'Järjestöt', sv: 'Organisationer', en: 'Organisations' },
    help: {
      fi: 'Esim. potilas-, vammais-, eläkeläis-, päihde- ja mielenterveysjärjestöt, alueen järjestöverkosto tai järjestöjen neuvottelukunta.',
      sv: 'T.ex. patient-, funktionshinder-, pensionärs-, missbruks- och mentalvårdsorganisationer eller organisationernas delegation.',
      en: 'E.g. patient, disability, pensioner, substance-use and mental-health organisations, or the county’s NGO network.',
    },
  },
  {
    id: 'expertsByExperience',
    roles: ['invited'],
    reachesHardToReach: true,
    label: {
      fi: 'Kokemusasiantuntijat ja -toimijat',
      sv: 'Erfarenhetsexperter och -aktörer',
      en: 'Experts by experience',
    },
  },
  {
    id: 'developerCommunity',
    roles: ['invited'],
    label: {
      fi: 'Kehittäjäasiakkaat tai kehittäjäyhteisö (esim. Prototyypit)',
      sv: 'Utvecklarklienter eller utvecklargemenskap',
      en: 'Developer clients or an online co-design community',
    },
    help: {
      fi: 'Vapaaehtoisten asukkaiden ja asiakkaiden yhteisö, joka kommentoi ja testaa palveluja, kuten Kymenlaakson Prototyypit.',
      sv: 'En gemenskap av frivilliga invånare och klienter som kommenterar och testar tjänster.',
      en: 'A community of volunteer residents and clients who comment on and test services, such as Kymenlaakso’s Prototyypit.',
    },
  },
  {
    id: 'openMeetingPlaces',
    roles: ['invited'],
    reachesHardToReach: true,
    label: {
      fi: 'Avoimet kohtaamispaikat ja OLKA-vapaaehtoiset',
      sv: 'Öppna mötesplatser och OLKA-frivilliga',
      en: 'Open meeting places and OLKA volunteers',
    },
    help: {
      fi: 'Järjestöjen avoimet kohtaamispaikat, klubitalot ja sairaaloiden OLKA-toiminta tavoittavat ihmisiä, jotka eivät vastaa kyselyihin.',
      sv: 'Organisationernas öppna mötesplatser, klubbhus och OLKA-verksamheten på sjukhusen når människor som inte svarar på enkäter.',
      en: 'NGOs’ open meeting places, clubhouses and the OLKA volunteer service in hospitals reach people who do not answer surveys.',
    },
  },
  {
    id: 'municipalities',
    roles: ['affected', 'invited'],
    label: { fi: 'Kunnat', sv: 'Kommuner', en: 'Municipalities' },
  },
  {
    id: 'parishes',
    roles: ['affected', 'invited'],
    label: { fi: 'Seurakunnat', sv: 'Församlingar', en: 'Parishes' },
  },
  {
    id: 'businesses',
    roles: ['affected', 'invited'],
    label: {
      fi: 'Yritykset ja palveluntuottajat',
      sv: 'Företag och serviceproducenter',
      en: 'Businesses and service providers',
    },
  },
  {
    id: 'otherAuthorities',
    roles: ['affected', 'invited'],
    label: { fi: 'Muut viranomaiset', sv: 'Andra myndigheter', en: 'Other authorities' },
  },
] as const satisfies readonly GroupEntry[];

export type GroupId = (typeof GROUPS)[number]['id'];
