import type { AssessmentInput } from './schema.js';
import type { Locale } from './i18n.js';

export interface Example {
  readonly name: ExampleName;
  readonly title: string;
  readonly locale: Locale;
  /** Id of the region profile the example is written for. */
  readonly region: string;
  readonly assessment: AssessmentInput;
}

/** A service-network change in Kymenlaakso: two health centres merge into one new building. */
const serviceNetwork: AssessmentInput = {
  schemaVersion: 3,
  case: {
    diaryNumber: 'KYMHVA/2145/05.00.00/2026',
    title: 'Karhulan ja Hovinsaaren terveysasemien yhdistäminen Kotkan uuteen terveyskeskukseen',
    decidingBody: { kind: 'regionalExecutive', name: 'Aluehallitus' },
    meetingDate: '2027-03-15',
    agendaItem: '§ 42',
    appendixLabel: 'Liite 3',
    preparer: {
      name: 'Sanna Virtanen',
      title: 'Palvelualuejohtaja',
      contact: 'sanna.virtanen@kymenhva.fi, 040 123 4567',
    },
    language: 'fi',
    matterTypes: ['serviceNetwork', 'premises'],
  },
  affected: {
    groups: [
      'residents',
      'patients',
      'olderPeople',
      'personsWithDisabilities',
      'vulnerable',
      'staff',
      'otherLanguageSpeakers',
    ],
    otherGroups: '',
    text: 'Muutos koskee noin 24 000 asukasta Karhulan ja Hovinsaaren alueella. Eniten se vaikuttaa iäkkäisiin ja liikuntarajoitteisiin, joille matka uuteen terveyskeskukseen pitenee, sekä kahden aseman 46 työntekijään.\n\nAlueella asuu paljon venäjänkielisiä asukkaita.',
  },
  invited: {
    groups: [
      'patients',
      'residents',
      'organisations',
      'expertsByExperience',
      'staff',
      'municipalities',
      'otherLanguageSpeakers',
    ],
    otherGroups: 'Kotkan kaupungin joukkoliikenne',
    deliberatelyExcluded: 'no',
    exclusions: [],
    text: 'Asukkaat ja potilaat kyselyllä ja kahdessa asukastilaisuudessa. Potilas- ja vammaisjärjestöt sekä järjestöjen avoimet kohtaamispaikat (mm. Sini-Kotka) keskustelutilaisuuteen. Kokemusasiantuntijat mukaan tilasuunnitteluun. Henkilöstö yhteistoimintamenettelyssä.',
  },
  influence: {
    text: 'Vaikuttaa voi aukioloaikoihin, ajanvarauksen ja neuvonnan tapoihin, tilojen esteettömyyteen ja opasteisiin sekä siihen, millaisia kuljetusyhteyksiä uuteen terveyskeskukseen tarvitaan.',
    constraints: ['law', 'money', 'rules'],
    constraintDetails:
      'Yhdistämisestä on päätetty palveluverkkosuunnitelmassa (aluevaltuusto 12.6.2026 § 31). Säästötavoite on 1,2 M€ vuodessa. Terveydenhuoltolain hoitotakuu on turvattava koko ajan.',
  },
  timing: {
    phases: ['alternatives', 'draftProposal', 'implementation'],
    opensOn: '2027-01-11',
    closesOn: '2027-02-07',
    enoughTime: 'yes',
    enoughTimeReason: '',
    text: 'Kysely on auki 11.1.–7.2.2027. Asukastilaisuudet pidetään 19.1. Karhulan kirjastossa ja 26.1. verkossa. Tulokset käsitellään esitykseen helmikuun aikana.',
  },
  outcomes: {
    soughtAnswers:
      '• Mihin aikaan asiakkaat tarvitsevat vastaanottoa?\n• Millä he kulkevat terveyskeskukseen ja mitä yhteyksiä puuttuu?\n• Mikä tiloissa on esteettömyyden kannalta tärkeintä?',
    usedFor: ['decisionProposal', 'serviceDesign', 'implementationPlan'],
    text: 'Vastaukset vaikuttavat aukioloaikoihin, neuvontapisteen sijoitukseen ja joukkoliikenteestä käytäviin neuvotteluihin Kotkan kaupungin kanssa.',
  },
  communication: {
    channels: [
      'website',
      'participationPlatform',
      'pressRelease',
      'directToParticipants',
      'decisionDocument',
      'viaBodies',
      'plainLanguage',
    ],
    reportsBack: 'yes',
    reportBackHow:
      'Yhteenveto kyselyn ja tilaisuuksien tuloksista julkaistaan verkkosivuilla 21.2.2027 ja lähetetään järjestöille ja vaikuttamistoimielimille. Päätöksen perusteluissa kerrotaan, miten palaute otettiin huomioon.',
    thanks: 'Kiitämme osallistujia yhteenvedon yhteydessä ja järjestöjä erikseen kohtaamispaikoissa.',
    text: 'Tiedote julkaistaan myös selkosuomeksi ja venäjäksi: «Изменения в сети медицинских центров Котки».',
  },
  testing: {
    possible: 'yes',
    with: ['expertsByExperience', 'developerCommunity', 'personsWithDisabilities'],
    text: 'Vammaisneuvoston edustajat ja kokemusasiantuntijat kiertävät tilat ennen avaamista. Prototyypit testaavat uuden ajanvarauksen.',
  },
  methods: [
    {
      method: 'opinionSurvey',
      what: 'Asukas- ja asiakaskysely verkossa ja paperilla terveysasemilla.',
      start: '2027-01-11',
      end: '2027-02-07',
      with: ['residents', 'patients'],
      status: 'planned',
    },
    {
      method: 'discussionEvents',
      what: 'Kaksi asukastilaisuutta: Karhulan kirjasto ja verkko.',
      start: '2027-01-19',
      end: '2027-01-26',
      with: ['residents', 'organisations', 'openMeetingPlaces'],
      status: 'planned',
    },
    {
      method: 'coDesign',
      what: 'Tilasuunnittelun työpajat kokemusasiantuntijoiden ja henkilöstön kanssa.',
      start: '2027-01-15',
      end: '2027-02-05',
      with: ['expertsByExperience', 'staff'],
      status: 'planned',
    },
  ],
  consultations: [
    { body: 'elderlyCouncil', status: 'requested', requestedOn: '2027-01-11' },
    { body: 'disabilityCouncil', status: 'requested', requestedOn: '2027-01-11' },
    {
      body: 'youthCouncil',
      status: 'notNeeded',
      reason:
        'Lasten ja nuorten palvelut (koulu- ja opiskeluterveydenhuolto, neuvola) eivät muutu; ne jäävät nykyisiin toimipisteisiin.',
    },
  ],
  guidance: {
    acknowledged: [
      'hearAndValue',
      'equalityAndAccessibility',
      'targetGroup',
      'encourageQuiet',
      'openness',
      'keepPromises',
    ],
  },
  conclusion: {
    summary:
      'Asukkaat, potilaat, järjestöt ja henkilöstö voivat vaikuttaa uuden terveyskeskuksen palveluihin ja tiloihin ennen aluehallituksen päätöstä. Vanhus- ja vammaisneuvostolta on pyydetty lausunto.',
    noParticipationReason: '',
  },
};

/** The region's budget for the next year, decided by the regional council. */
const budget: AssessmentInput = {
  schemaVersion: 3,
  case: {
    diaryNumber: 'HVA/880/02.02.00/2026',
    title: 'Talousarvio 2027 ja taloussuunnitelma 2027–2029',
    decidingBody: { kind: 'regionalCouncil', name: 'Aluevaltuusto' },
    meetingDate: '2026-12-14',
    agendaItem: '§ 88',
    appendixLabel: 'Liite 5',
    preparer: { name: 'Mikko Järvinen', title: 'Talousjohtaja', contact: 'mikko.jarvinen@hyvinvointialue.fi' },
    language: 'fi',
    matterTypes: ['budget', 'strategy'],
  },
  affected: {
    groups: [
      'residents',
      'clients',
      'patients',
      'childrenAndYoung',
      'olderPeople',
      'personsWithDisabilities',
      'staff',
      'municipalities',
      'organisations',
    ],
    otherGroups: '',
    text: 'Talousarvio koskee kaikkia alueen asukkaita ja palvelujen käyttäjiä sekä henkilöstöä. Järjestöavustusten taso vaikuttaa järjestöjen toimintaan.',
  },
  invited: {
    groups: ['residents', 'clients', 'patients', 'organisations', 'staff', 'councillors', 'municipalities'],
    otherGroups: '',
    deliberatelyExcluded: 'no',
    exclusions: [],
    text: 'Asukkaat ja asiakkaat talousarviokyselyllä, järjestöt järjestöjen neuvottelukunnan kautta, kunnat yhteistyöneuvottelussa.',
  },
  influence: {
    text: 'Vaikuttaa voi painopisteisiin ja siihen, miten säästöt kohdistetaan palvelujen välillä. Järjestöavustusten kriteereistä voi antaa palautetta.',
    constraints: ['law', 'money', 'schedule'],
    constraintDetails:
      'Valtion rahoitus on ennalta määrätty ja alijäämä on katettava lain määräajassa. Talousarvio on hyväksyttävä vuoden loppuun mennessä.',
  },
  timing: {
    phases: ['alternatives', 'draftProposal'],
    opensOn: '2026-09-14',
    closesOn: '2026-10-04',
    enoughTime: 'unsure',
    enoughTimeReason: '',
    text: 'Kysely oli auki 14.9.–4.10.2026. Vaikuttamistoimielimet kuultiin lokakuussa.',
  },
  outcomes: {
    soughtAnswers: 'Mitkä palvelut asukkaat kokevat tärkeimmiksi turvata? Mihin säästöt eivät saa kohdistua?',
    usedFor: ['budgetPlanning', 'decisionProposal'],
    text: 'Tulokset raportoitiin aluehallitukselle talousarvioseminaarissa 20.10.2026.',
  },
  communication: {
    channels: ['website', 'socialMedia', 'decisionDocument', 'viaBodies'],
    reportsBack: 'yes',
    reportBackHow:
      'Kyselyn tulokset ja niiden vaikutus talousarvioon julkaistaan verkkosivuilla ja esitellään järjestöjen neuvottelukunnalle.',
    thanks: '',
    text: '',
  },
  testing: { possible: 'notApplicable', with: [], text: '' },
  methods: [
    {
      method: 'budgetParticipation',
      what: 'Talousarviokysely verkossa ja paperilla sosiaali- ja terveysasemilla: 2 314 vastausta.',
      start: '2026-09-14',
      end: '2026-10-04',
      with: ['residents', 'clients', 'patients'],
      status: 'done',
    },
    {
      method: 'discussionEvents',
      what: 'Järjestöjen neuvottelukunnan talousarviotyöpaja.',
      start: '2026-09-22',
      end: '2026-09-22',
      with: ['organisations'],
      status: 'done',
    },
  ],
  consultations: [
    {
      body: 'youthCouncil',
      status: 'statementReceived',
      requestedOn: '2026-10-01',
      receivedOn: '2026-10-20',
      summary:
        'Nuorisovaltuusto pitää tärkeänä, ettei koulu- ja opiskeluterveydenhuollosta eikä nuorten mielenterveyspalveluista säästetä.',
    },
    {
      body: 'elderlyCouncil',
      status: 'statementReceived',
      requestedOn: '2026-10-01',
      receivedOn: '2026-10-18',
      summary: 'Vanhusneuvosto vastustaa kotihoidon käyntien vähentämistä.',
    },
    { body: 'disabilityCouncil', status: 'requested', requestedOn: '2026-10-01' },
  ],
  guidance: { acknowledged: ['hearAndValue', 'equalityAndAccessibility', 'openness', 'keepPromises'] },
  conclusion: {
    summary:
      'Asukkaat, järjestöt ja vaikuttamistoimielimet osallistuivat talousarvion valmisteluun syksyllä 2026. Kyselyn tulokset näkyvät talousarvion painopisteissä.',
    noParticipationReason: '',
  },
};

/** A small internal matter in a bilingual region, in Swedish, with justified no-participation. */
const internalSv: AssessmentInput = {
  schemaVersion: 3,
  case: {
    diaryNumber: 'ÖSTVÅRD/312/00.01.01/2026',
    title: 'Ändring av attesträtterna inom förvaltningen för sjukhusservice',
    decidingBody: { kind: 'officeHolder', name: 'Förvaltningsdirektör' },
    meetingDate: '2026-12-02',
    agendaItem: '§ 17',
    appendixLabel: 'Bilaga 1',
    preparer: { name: 'Johanna Björklund', title: 'Ekonomichef', contact: 'johanna.bjorklund@ostvard.fi' },
    language: 'sv',
    matterTypes: ['internalOrganisation'],
  },
  affected: {
    groups: ['staff'],
    otherGroups: '',
    text: 'Beslutet gäller sex chefer inom sjukhusservicen, vilkas rätt att godkänna fakturor ändras. Det påverkar inte invånarnas eller klienternas tjänster.',
  },
  invited: {
    groups: [],
    otherGroups: '',
    deliberatelyExcluded: 'no',
    exclusions: [],
    text: 'De berörda cheferna har informerats vid ledningsgruppens möte.',
  },
  influence: {
    text: 'Ärendet är en teknisk ändring i förvaltningens interna ekonomiska befogenheter.',
    constraints: ['rules'],
    constraintDetails: 'Förvaltningsstadgan och välfärdsområdets anvisningar om intern kontroll.',
  },
  timing: { phases: [], opensOn: null, closesOn: null, enoughTime: null, enoughTimeReason: '', text: '' },
  outcomes: { soughtAnswers: '', usedFor: [], text: '' },
  communication: {
    channels: ['staffChannels'],
    reportsBack: null,
    reportBackHow: '',
    thanks: '',
    text: 'Ändringen meddelas i intranätet och till ekonomiförvaltningen.',
  },
  testing: { possible: 'notApplicable', with: [], text: '' },
  methods: [],
  consultations: [],
  guidance: { acknowledged: ['openness'] },
  conclusion: {
    summary: 'Inget deltagande för invånare eller klienter ordnas.',
    noParticipationReason:
      'Beslutet gäller enbart interna ekonomiska befogenheter och påverkar inte invånarnas eller klienternas tjänster, levnadsförhållanden eller miljö (jfr förvaltningslagen 41 §). Personalen som berörs har informerats.',
  },
};

export const EXAMPLE_NAMES = ['service-network', 'budget', 'internal-sv'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

export const EXAMPLES: Readonly<Record<ExampleName, Example>> = {
  'service-network': {
    name: 'service-network',
    title: 'Palveluverkon muutos (Kymenlaakso)',
    locale: 'fi',
    region: 'kymenlaakso',
    assessment: serviceNetwork,
  },
  budget: { name: 'budget', title: 'Talousarvio 2027', locale: 'fi', region: 'generic', assessment: budget },
  'internal-sv': {
    name: 'internal-sv',
    title: 'Intern ändring utan deltagande (svenska)',
    locale: 'sv',
    region: 'bilingual-example',
    assessment: internalSv,
  },
};
