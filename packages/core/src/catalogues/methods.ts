import { LEGAL } from '../legal.js';
import type { CatalogueEntry } from './types.js';

/**
 * The forms of participation (osallisuuden muodot) from the seed's vocabulary (Sitra, THL).
 * Used as tags so that reports and the PDF summary can say what kind of participation a method gives.
 */
export const PARTICIPATION_FORMS = [
  {
    id: 'information',
    label: { fi: 'Tieto-osallisuus', sv: 'Informationsdelaktighet', en: 'Information participation' },
  },
  { id: 'planning', label: { fi: 'Suunnitteluosallisuus', sv: 'Planeringsdelaktighet', en: 'Planning participation' } },
  { id: 'decision', label: { fi: 'Päätösosallisuus', sv: 'Beslutsdelaktighet', en: 'Decision participation' } },
  { id: 'action', label: { fi: 'Toimintaosallisuus', sv: 'Handlingsdelaktighet', en: 'Action participation' } },
  {
    id: 'evaluation',
    label: { fi: 'Arviointiosallisuus', sv: 'Utvärderingsdelaktighet', en: 'Evaluation participation' },
  },
  { id: 'initiative', label: { fi: 'Aloiteosallisuus', sv: 'Initiativdelaktighet', en: 'Initiative participation' } },
] as const satisfies readonly CatalogueEntry[];
export type ParticipationFormId = (typeof PARTICIPATION_FORMS)[number]['id'];

export interface MethodEntry<Id extends string = string> extends CatalogueEntry<Id> {
  /** Point of 611/2021 29 § 2 mom., or null for a method outside the list (the list is open: "erityisesti"). */
  readonly point: number | null;
  readonly forms: readonly ParticipationFormId[];
}

/**
 * Laki hyvinvointialueesta 611/2021 29 §: "Osallistumista ja vaikuttamista voidaan edistää erityisesti…".
 * fi wording follows the statute; sv and en follow the ministry's (vm.fi) labels, completed where they leave out
 * what the statute says (the hearings of point 1, the service users of point 2, the other communities of 6).
 */
export const METHODS = [
  {
    id: 'discussionEvents',
    point: 1,
    label: {
      fi: 'Keskustelu- ja kuulemistilaisuudet sekä asukasraadit',
      sv: 'Diskussions- och hörandemöten samt invånarråd',
      en: 'Discussion and consultation events and resident panels',
    },
    help: {
      fi: 'Järjestämällä keskustelu- ja kuulemistilaisuuksia sekä asukasraateja (hyvinvointialueella 29 §:n 2 momentin 1 kohta, kunnassa kuntalain 22 §:n 2 momentin 1 kohta). Esim. avoin asukastilaisuus, erätauko-keskustelu, asukasraati.',
      sv: 'Ordna diskussionsmöten och invånarråd (i ett välfärdsområde 29 § 2 mom. 1 punkten, i en kommun 22 § 2 mom. 1 punkten i kommunallagen). T.ex. ett öppet invånarmöte, en Erätauko-dialog eller ett invånarråd.',
      en: 'Arranging discussion and consultation events and setting up resident panels (in a county section 29(2)(1), in a municipality section 22(2)(1) of the Local Government Act). E.g. an open residents’ meeting, a Timeout dialogue, a resident panel.',
    },
    legal: LEGAL.participationMethods,
    forms: ['information', 'planning'],
  },
  {
    id: 'opinionSurvey',
    point: 2,
    label: {
      fi: 'Asukkaiden ja palvelujen käyttäjien mielipiteiden selvittäminen ennen päätöksentekoa',
      sv: 'Utredning av invånarnas och serviceanvändarnas åsikter innan beslut fattas',
      en: 'Finding out the views of residents and service users before decision-making',
    },
    help: {
      fi: 'Selvittämällä asukkaiden ja hyvinvointialueella säännönmukaisesti tai pitempiaikaisesti asuvien tai oleskelevien palvelujen käyttäjien mielipiteitä ennen päätöksentekoa (hyvinvointialueella 29 §:n 2 momentin 2 kohta, kunnassa kuntalain 22 §:n 2 momentin 2 kohta). Esim. kysely, lausuntopyyntö, kommentointi sähköisellä osallisuusalustalla.',
      sv: 'Utreda åsikterna hos invånarna och hos serviceanvändare som regelbundet eller under längre tid bor eller vistas i området innan beslut fattas (i ett välfärdsområde 29 § 2 mom. 2 punkten, i en kommun 22 § 2 mom. 2 punkten i kommunallagen). T.ex. en enkät, en begäran om utlåtande eller kommentarer på en digital plattform.',
      en: 'Finding out the views of residents and of service users who live or stay in the county regularly or for longer periods before the decision (in a county section 29(2)(2), in a municipality section 22(2)(2) of the Local Government Act). E.g. a survey, a request for statements, comments on a digital participation platform.',
    },
    legal: LEGAL.participationMethods,
    forms: ['planning'],
  },
  {
    id: 'userRepresentatives',
    point: 3,
    label: {
      fi: 'Palvelujen käyttäjien edustajat hyvinvointialueen toimielimiin',
      sv: 'Företrädare för serviceanvändarna i välfärdsområdets organ',
      en: 'Representatives of service users in the county’s bodies',
    },
    help: {
      fi: 'Valitsemalla palvelujen käyttäjien edustajia hyvinvointialueen toimielimiin (hyvinvointialueella 29 §:n 2 momentin 3 kohta, kunnassa kuntalain 22 §:n 2 momentin 3 kohta).',
      sv: 'Välja in företrädare för serviceanvändarna i välfärdsområdets organ (i ett välfärdsområde 29 § 2 mom. 3 punkten, i en kommun 22 § 2 mom. 3 punkten i kommunallagen).',
      en: 'Selecting representatives of service users to the county’s decision-making bodies (in a county section 29(2)(3), in a municipality section 22(2)(3) of the Local Government Act).',
    },
    legal: LEGAL.participationMethods,
    forms: ['decision'],
  },
  {
    id: 'coDesign',
    point: 4,
    label: {
      fi: 'Palvelujen suunnittelu ja kehittäminen yhdessä palvelujen käyttäjien kanssa',
      sv: 'Planering och utveckling av tjänster tillsammans med användarna',
      en: 'Planning and developing services together with service users',
    },
    help: {
      fi: 'Suunnittelemalla ja kehittämällä palveluja yhdessä palvelujen käyttäjien kanssa (hyvinvointialueella 29 §:n 2 momentin 4 kohta, kunnassa kuntalain 22 §:n 2 momentin 5 kohta). Esim. yhteiskehittäminen kokemusasiantuntijoiden kanssa, kehittäjäasiakkaat, asiakasraati, tilojen testaus.',
      sv: 'Planera och utveckla tjänster tillsammans med användarna (i ett välfärdsområde 29 § 2 mom. 4 punkten, i en kommun 22 § 2 mom. 5 punkten i kommunallagen). T.ex. samutveckling med erfarenhetsexperter, utvecklarklienter, klientråd, testning av lokaler.',
      en: 'Planning and developing services together with service users (in a county section 29(2)(4), in a municipality section 22(2)(5) of the Local Government Act). E.g. co-design with experts by experience, developer clients, a client panel, testing premises.',
    },
    legal: LEGAL.participationMethods,
    forms: ['planning', 'action', 'evaluation'],
  },
  {
    id: 'budgetParticipation',
    point: 5,
    label: {
      fi: 'Mahdollisuus osallistua hyvinvointialueen talouden suunnitteluun',
      sv: 'Möjligheter att delta i planeringen av välfärdsområdets ekonomi',
      en: 'Opportunities to take part in the county’s financial planning',
    },
    help: {
      fi: 'Järjestämällä mahdollisuuksia osallistua hyvinvointialueen talouden suunnitteluun (hyvinvointialueella 29 §:n 2 momentin 5 kohta, kunnassa kuntalain 22 §:n 2 momentin 4 kohta). Esim. osallistuva budjetointi, talousarviokysely, budjettiraati.',
      sv: 'Ordna möjligheter att delta i planeringen av välfärdsområdets ekonomi (i ett välfärdsområde 29 § 2 mom. 5 punkten, i en kommun 22 § 2 mom. 4 punkten i kommunallagen). T.ex. deltagande budgetering, en budgetenkät, ett budgetråd.',
      en: 'Organising opportunities to participate in the county’s financial planning (in a county section 29(2)(5), in a municipality section 22(2)(4) of the Local Government Act). E.g. participatory budgeting, a budget survey, a budget panel.',
    },
    legal: LEGAL.participationMethods,
    forms: ['decision', 'planning'],
  },
  {
    id: 'ownInitiative',
    point: 6,
    label: {
      fi: 'Asukkaiden, järjestöjen ja muiden yhteisöjen oma-aloitteisen valmistelun tukeminen',
      sv: 'Stöd för invånarnas, organisationernas och andra sammanslutningars egna initiativ',
      en: 'Supporting the own initiatives of residents, organisations and other communities',
    },
    help: {
      fi: 'Tukemalla asukkaiden sekä järjestöjen ja muiden yhteisöjen oma-aloitteista asioiden suunnittelua ja valmistelua (hyvinvointialueella 29 §:n 2 momentin 6 kohta, kunnassa kuntalain 22 §:n 2 momentin 6 kohta). Esim. hyvinvointialoitteet, järjestöjen valmisteluryhmät.',
      sv: 'Stödja invånare, organisationer och andra sammanslutningar när de tar egna initiativ till att planera och bereda ärenden (i ett välfärdsområde 29 § 2 mom. 6 punkten, i en kommun 22 § 2 mom. 6 punkten i kommunallagen). T.ex. välfärdsinitiativ, organisationernas beredningsgrupper.',
      en: 'Supporting independent planning and preparation of matters by residents, organisations and other communities (in a county section 29(2)(6), in a municipality section 22(2)(6) of the Local Government Act). E.g. wellbeing initiatives, organisations’ preparation groups.',
    },
    legal: LEGAL.participationMethods,
    forms: ['initiative', 'action'],
  },
  {
    id: 'otherMethod',
    point: null,
    label: { fi: 'Muu tapa', sv: 'Annat sätt', en: 'Other method' },
    help: {
      fi: 'Pykälän luettelo on esimerkinomainen ("erityisesti"), joten muutkin tavat ovat mahdollisia. Kuvaa tapa.',
      sv: 'Paragrafens förteckning är exemplifierande, så även andra sätt är möjliga. Beskriv sättet.',
      en: 'The list in the section is open ("in particular"), so other methods are allowed. Describe the method.',
    },
    legal: LEGAL.participationMethods,
    forms: [],
  },
] as const satisfies readonly MethodEntry[];

export type MethodId = (typeof METHODS)[number]['id'];

export const METHOD_STATUSES = [
  { id: 'planned', label: { fi: 'Suunniteltu', sv: 'Planerad', en: 'Planned' } },
  { id: 'done', label: { fi: 'Toteutettu', sv: 'Genomförd', en: 'Done' } },
] as const satisfies readonly CatalogueEntry[];
export type MethodStatus = (typeof METHOD_STATUSES)[number]['id'];
