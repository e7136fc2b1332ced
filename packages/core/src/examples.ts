import type { AssessmentInput } from './schema.js';
import type { Locale } from './i18n.js';

export interface Example {
  readonly name: ExampleName;
  readonly title: string;
  readonly locale: Locale;
  /** Id of the organiser profile the example is written for. */
  readonly region: string;
  /**
   * The host sets the profile's `appendicesInBothLanguages` for this example (no shipped profile sets it):
   * its appendix has a Finnish and a Swedish part.
   */
  readonly appendicesInBothLanguages?: boolean;
  readonly assessment: AssessmentInput;
}

/**
 * A service-network change in Kymenlaakso: two health centres merge into one new building. Kymenlaakso is
 * bilingual (Pyhtää), so participation is announced in Finnish and Swedish and the national language
 * committee is asked; moving a health centre may substantially affect residents (Hallintolaki 41 §).
 */
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
    substantialImpact: 'yes',
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
      'otherNationalLanguage',
    ],
    otherGroups: '',
    text: 'Muutos koskee noin 24 000 asukasta Karhulan ja Hovinsaaren alueella. Eniten se vaikuttaa iäkkäisiin ja liikuntarajoitteisiin, joille matka uuteen terveyskeskukseen pitenee, sekä kahden aseman 46 työntekijään.\n\nAlueella asuu paljon venäjänkielisiä asukkaita. Ruotsinkielisiä on Kotkassa noin 0,8 % asukkaista; palvelut ruotsiksi on turvattava myös uudessa terveyskeskuksessa.',
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
      'otherNationalLanguage',
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
    announcement:
      'Kyselystä ja asukastilaisuuksista kerrotaan 11.1.2027 verkkosivuilla, osallistumisalustalla, paikallislehdissä ja terveysasemien ilmoitustauluilla suomeksi ja ruotsiksi. Kyselyyn voi vastata kummalla tahansa kielellä.',
    announcementLanguages: ['fi', 'sv', 'easyLanguage', 'otherLanguage'],
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
    { body: 'nationalLanguageCommittee', status: 'requested', requestedOn: '2027-01-11', dueOn: '2027-02-12' },
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
      'Asukkaat, potilaat, järjestöt ja henkilöstö voivat vaikuttaa uuden terveyskeskuksen palveluihin ja tiloihin ennen aluehallituksen päätöstä. Vanhus- ja vammaisneuvostolta sekä kansalliskielilautakunnalta on pyydetty lausunto.',
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
    // Whether a budget substantially affects people depends on what its cuts turn out to be: honestly unsure.
    substantialImpact: 'unsure',
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
    substantialImpact: 'no',
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
    text: 'Ändringen meddelas på intranätet och till ekonomiförvaltningen.',
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

/**
 * Lapland, the one welfare region with a Sámi language committee (611/2021 33 § 6 mom.): the health centre
 * reception in Ivalo changes, in the Sámi homeland. Participation is announced in Finnish and the three Sámi
 * languages of Inari (saamen kielilaki 1086/2003), and the committee is asked for its view.
 */
const laplandSami: AssessmentInput = {
  case: {
    diaryNumber: 'LAPHA/812/05.00.00/2027',
    title: 'Ivalon terveysaseman vastaanoton uudistaminen ja etävastaanotto saameksi',
    decidingBody: { kind: 'committee', name: 'Sosiaali- ja terveyslautakunta' },
    meetingDate: '2027-05-18',
    agendaItem: '§ 27',
    appendixLabel: 'Liite 2',
    preparer: { name: 'Elle Aikio', title: 'Palvelupäällikkö', contact: 'elle.aikio@lapha.fi' },
    language: 'fi',
    matterTypes: ['serviceChange'],
    substantialImpact: 'yes',
  },
  affected: {
    groups: ['residents', 'patients', 'olderPeople', 'sami', 'staff'],
    otherGroups: '',
    text: 'Muutos koskee Inarin kunnan noin 6 900 asukasta, joista moni asuu kaukana Ivalosta. Saamenkieliset asiakkaat, erityisesti iäkkäät, tarvitsevat palvelua omalla kielellään.',
  },
  invited: {
    groups: ['residents', 'patients', 'sami', 'organisations', 'staff'],
    otherGroups: 'Saamelaiskäräjien sosiaali- ja terveyslautakunta',
    deliberatelyExcluded: 'no',
    exclusions: [],
    text: 'Asukkaat ja asiakkaat kyselyllä suomeksi ja saameksi. Keskustelutilaisuudet Ivalossa ja Sevettijärvellä tulkkauksella inarin- ja koltansaameen.',
  },
  influence: {
    text: 'Vaikuttaa voi vastaanoton aukioloon, etävastaanoton kieliin ja siihen, missä kylissä liikkuva vastaanotto käy.',
    constraints: ['law', 'money'],
    constraintDetails: 'Hoitotakuu ja päivystysasetus rajaavat vaihtoehtoja; talousarvio ei kasva.',
  },
  timing: {
    phases: ['alternatives', 'draftProposal'],
    opensOn: '2027-03-01',
    closesOn: '2027-03-31',
    enoughTime: 'yes',
    enoughTimeReason: '',
    text: 'Kysely on auki 1.–31.3.2027; tilaisuudet 10.3. Ivalossa ja 17.3. Sevettijärvellä.',
  },
  outcomes: {
    soughtAnswers: 'Millä kielellä asiakkaat haluavat asioida? Milloin ja missä vastaanottoa tarvitaan?',
    usedFor: ['decisionProposal', 'serviceDesign'],
    text: '',
  },
  communication: {
    channels: ['website', 'pressRelease', 'directToParticipants', 'decisionDocument', 'viaBodies'],
    reportsBack: 'yes',
    reportBackHow: 'Yhteenveto julkaistaan 15.4.2027 suomeksi ja saameksi verkkosivuilla ja Yle Sápmin kautta.',
    thanks: 'Kiitämme osallistujia yhteenvedossa ja tilaisuuksissa.',
    text: '',
    announcement:
      'Kyselystä ja tilaisuuksista kerrotaan verkkosivuilla, paikallislehdessä ja Yle Sápmissa suomeksi sekä pohjois-, inarin- ja koltansaameksi.',
    announcementLanguages: ['fi', 'se', 'smn', 'sms'],
  },
  testing: {
    possible: 'yes',
    with: ['patients', 'sami'],
    text: 'Saamenkielistä etävastaanottoa kokeillaan huhtikuussa.',
  },
  methods: [
    {
      method: 'opinionSurvey',
      what: 'Kysely verkossa ja paperilla suomeksi ja saameksi.',
      start: '2027-03-01',
      end: '2027-03-31',
      with: ['residents', 'patients', 'sami'],
      status: 'planned',
    },
    {
      method: 'discussionEvents',
      what: 'Keskustelutilaisuudet Ivalossa ja Sevettijärvellä.',
      start: '2027-03-10',
      end: '2027-03-17',
      with: ['residents', 'sami', 'organisations'],
      status: 'planned',
    },
  ],
  consultations: [
    { body: 'samiLanguageCommittee', status: 'requested', requestedOn: '2027-03-01', dueOn: '2027-04-15' },
    { body: 'elderlyCouncil', status: 'requested', requestedOn: '2027-03-01', dueOn: '2027-04-15' },
  ],
  guidance: { acknowledged: ['hearAndValue', 'equalityAndAccessibility', 'targetGroup', 'openness'] },
  conclusion: {
    summary:
      'Inarin asukkaat ja saamenkieliset asiakkaat voivat vaikuttaa vastaanoton uudistamiseen ennen lautakunnan päätöstä. Saamen kielen lautakunnalta ja vanhusneuvostolta on pyydetty lausunto.',
    noParticipationReason: '',
  },
};

/**
 * Österbotten, the one welfare region with a Swedish majority: the night patrol of home care is reorganised.
 * The Finnish-speaking minority is heard, the national language committee gives a statement and the elderly
 * council is heard at its own meeting.
 */
const pohjanmaaSv: AssessmentInput = {
  case: {
    diaryNumber: 'ÖVPH/455/06.01/2027',
    title: 'Omorganisering av nattpatrullen inom hemvården i Jakobstadsregionen',
    decidingBody: { kind: 'committee', name: 'Nämnden för äldreomsorg' },
    meetingDate: '2027-04-20',
    agendaItem: '§ 18',
    appendixLabel: 'Bilaga 4',
    preparer: { name: 'Annika Storbacka', title: 'Områdeschef', contact: 'annika.storbacka@ovph.fi' },
    language: 'sv',
    matterTypes: ['serviceChange'],
    substantialImpact: 'yes',
  },
  affected: {
    groups: ['clients', 'olderPeople', 'relatives', 'staff', 'otherNationalLanguage'],
    otherGroups: '',
    text: 'Ändringen gäller cirka 240 klienter inom hemvården och deras anhöriga i Jakobstad, Pedersöre, Nykarleby och Larsmo, och nattpatrullens 18 anställda. En del av klienterna är finskspråkiga.',
  },
  invited: {
    groups: ['clients', 'relatives', 'staff', 'organisations', 'otherNationalLanguage'],
    otherGroups: '',
    deliberatelyExcluded: 'no',
    exclusions: [],
    text: 'Klienterna och de anhöriga genom en enkät på svenska och finska, pensionärsföreningarna till ett diskussionsmöte.',
  },
  influence: {
    text: 'Man kan påverka hur besöken fördelas över natten och hur klienterna når nattpatrullen.',
    constraints: ['law', 'money'],
    constraintDetails: 'Äldreomsorgslagen och budgeten för 2027 begränsar alternativen.',
  },
  timing: {
    phases: ['alternatives', 'draftProposal'],
    opensOn: '2027-02-15',
    closesOn: '2027-03-14',
    enoughTime: 'yes',
    enoughTimeReason: '',
    text: 'Enkäten är öppen 15.2–14.3.2027, diskussionsmötet hålls 3.3.',
  },
  outcomes: {
    soughtAnswers: 'När behöver klienterna besök på natten? Hur når de nattpatrullen i dag?',
    usedFor: ['decisionProposal', 'implementationPlan'],
    text: '',
  },
  communication: {
    channels: ['website', 'directToParticipants', 'decisionDocument', 'viaBodies'],
    reportsBack: 'yes',
    reportBackHow: 'En sammanfattning skickas till klienterna och de anhöriga på svenska och finska i april 2027.',
    thanks: 'Vi tackar deltagarna i sammanfattningen.',
    text: '',
    announcement:
      'Enkäten och mötet meddelas på webbplatsen, i lokaltidningarna och med brev till klienterna, på svenska och finska.',
    announcementLanguages: ['sv', 'fi'],
  },
  testing: { possible: 'notApplicable', with: [], text: '' },
  methods: [
    {
      method: 'opinionSurvey',
      what: 'Enkät till klienter och anhöriga på svenska och finska.',
      start: '2027-02-15',
      end: '2027-03-14',
      with: ['clients', 'relatives'],
      status: 'planned',
    },
    {
      method: 'discussionEvents',
      what: 'Diskussionsmöte med pensionärsföreningarna.',
      start: '2027-03-03',
      end: '2027-03-03',
      with: ['organisations'],
      status: 'planned',
    },
  ],
  consultations: [
    {
      body: 'elderlyCouncil',
      status: 'heardAtMeeting',
      participatedOn: '2027-03-09',
      summary: 'Äldrerådet vill att klienterna kan nå nattpatrullen per telefon dygnet runt.',
    },
    {
      body: 'nationalLanguageCommittee',
      status: 'statementReceived',
      requestedOn: '2027-02-15',
      receivedOn: '2027-03-20',
      summary: 'Nämnden påminner om att besöken ska kunna ske på finska när klienten så önskar.',
    },
  ],
  guidance: { acknowledged: ['hearAndValue', 'equalityAndAccessibility', 'openness', 'keepPromises'] },
  conclusion: {
    summary:
      'Klienterna, de anhöriga och den finskspråkiga minoriteten kan påverka omorganiseringen före nämndens beslut. Äldrerådet har hörts vid sitt sammanträde och nationalspråksnämnden har gett ett utlåtande.',
    noParticipationReason: '',
  },
};

/**
 * A municipality (Kuntalaki 410/2015): a youth centre's opening hours. The youth council takes part in the
 * preparation (Kuntalaki 26 §), and planning with the users is Kuntalaki 22 §:n 2 momentin 5 kohta.
 */
const municipal: AssessmentInput = {
  case: {
    diaryNumber: 'KUNTA/233/12.06/2027',
    title: 'Nuorisotalo Kipinän aukioloajat ja toiminta 2027–2028',
    decidingBody: { kind: 'committee', name: 'Vapaa-aikalautakunta' },
    meetingDate: '2027-06-08',
    agendaItem: '§ 33',
    appendixLabel: 'Liite 1',
    preparer: { name: 'Jussi Lehtonen', title: 'Nuorisopalvelupäällikkö', contact: 'jussi.lehtonen@esimerkkikunta.fi' },
    language: 'fi',
    matterTypes: ['serviceChange'],
    substantialImpact: 'no',
  },
  affected: {
    groups: ['childrenAndYoung', 'relatives', 'staff'],
    otherGroups: '',
    text: 'Nuorisotalon kävijät (noin 150 nuorta viikossa), heidän perheensä ja nuorisotalon kolme ohjaajaa.',
  },
  invited: {
    groups: ['childrenAndYoung', 'staff'],
    otherGroups: 'Koulujen oppilaskunnat',
    deliberatelyExcluded: 'no',
    exclusions: [],
    text: 'Nuoret kyselyllä ja suunnittelutyöpajoissa; nuorisovaltuusto mukana valmistelussa.',
  },
  influence: {
    text: 'Vaikuttaa voi aukioloaikoihin ja siihen, mitä toimintaa iltaisin ja viikonloppuisin järjestetään.',
    constraints: ['money'],
    constraintDetails: 'Henkilöstömäärä pysyy ennallaan.',
  },
  timing: {
    phases: ['needs', 'alternatives'],
    opensOn: '2027-04-05',
    closesOn: '2027-04-30',
    enoughTime: 'yes',
    enoughTimeReason: '',
    text: 'Kysely 5.–30.4.2027; työpajat huhtikuussa.',
  },
  outcomes: {
    soughtAnswers: 'Milloin nuoret haluavat tulla nuorisotalolle? Mitä toimintaa he toivovat?',
    usedFor: ['decisionProposal', 'serviceDesign'],
    text: '',
  },
  communication: {
    channels: ['website', 'socialMedia', 'directToParticipants', 'decisionDocument'],
    reportsBack: 'yes',
    reportBackHow: 'Tulokset kerrotaan nuorisotalolla ja kunnan somekanavilla toukokuussa 2027.',
    thanks: 'Työpajoihin osallistuneita kiitetään nuorisotalon kevätjuhlassa.',
    text: '',
    announcement: 'Kyselystä kerrotaan kouluissa, nuorisotalolla ja kunnan somekanavilla.',
    announcementLanguages: ['fi'],
  },
  testing: { possible: 'yes', with: ['childrenAndYoung'], text: 'Uusia iltoja kokeillaan toukokuussa.' },
  methods: [
    {
      method: 'opinionSurvey',
      what: 'Kysely nuorille kouluissa ja verkossa.',
      start: '2027-04-05',
      end: '2027-04-30',
      with: ['childrenAndYoung'],
      status: 'planned',
    },
    {
      method: 'coDesign',
      what: 'Kaksi suunnittelutyöpajaa nuorten ja ohjaajien kanssa.',
      start: '2027-04-12',
      end: '2027-04-26',
      with: ['childrenAndYoung', 'staff'],
      status: 'planned',
    },
  ],
  consultations: [
    {
      body: 'youthCouncil',
      status: 'tookPartInPreparation',
      participatedOn: '2027-04-12',
      summary: 'Nuorisovaltuuston kaksi jäsentä on mukana valmisteluryhmässä.',
    },
  ],
  guidance: { acknowledged: ['hearAndValue', 'encourageQuiet', 'keepPromises'] },
  conclusion: {
    summary: 'Nuoret ja nuorisovaltuusto suunnittelevat nuorisotalon aukiolon ja toiminnan yhdessä ohjaajien kanssa.',
    noParticipationReason: '',
  },
};

/**
 * The youth centre of a bilingual municipality whose administrative rules require appendices in both
 * national languages: the official writes in Finnish and gives Swedish translations of the answers, which
 * the appendix's Swedish part prints beside the answers as written.
 */
const bilingualMunicipality: AssessmentInput = {
  ...municipal,
  organiser: { id: 'generic-bilingual-municipality', profileVersion: null },
  case: {
    ...municipal.case,
    diaryNumber: 'KUNTA/301/12.06/2027',
    appendixLabel: 'Liite 2 / Bilaga 2',
  },
  affected: {
    groups: ['childrenAndYoung', 'relatives', 'staff', 'otherNationalLanguage'],
    otherGroups: '',
    text: 'Nuorisotalon suomen- ja ruotsinkieliset kävijät (noin 150 nuorta viikossa), heidän perheensä ja nuorisotalon kolme ohjaajaa.',
  },
  communication: {
    ...municipal.communication,
    announcement: 'Kyselystä kerrotaan suomeksi ja ruotsiksi kouluissa, nuorisotalolla ja kunnan somekanavilla.',
    announcementLanguages: ['fi', 'sv'],
  },
  invited: { ...municipal.invited, groups: ['childrenAndYoung', 'staff', 'otherNationalLanguage'] },
  conclusion: {
    summary:
      'Suomen- ja ruotsinkieliset nuoret ja nuorisovaltuusto suunnittelevat nuorisotalon aukiolon ja toiminnan yhdessä ohjaajien kanssa.',
    noParticipationReason: '',
  },
  translations: {
    'case.title': { sv: 'Ungdomsgården Kipinäs öppettider och verksamhet 2027–2028' },
    'affected.text': {
      sv: 'Ungdomsgårdens finsk- och svenskspråkiga besökare (cirka 150 unga i veckan), deras familjer och ungdomsgårdens tre handledare.',
    },
    'invited.text': { sv: 'De unga genom en enkät och planeringsverkstäder; ungdomsfullmäktige deltar i beredningen.' },
    'influence.text': {
      sv: 'Man kan påverka öppettiderna och vilken verksamhet som ordnas på kvällar och veckoslut.',
    },
    'timing.text': { sv: 'Enkät 5–30.4.2027; verkstäder i april.' },
    'testing.text': { sv: 'Nya kvällar prövas i maj.' },
    'conclusion.summary': {
      sv: 'Finsk- och svenskspråkiga unga och ungdomsfullmäktige planerar ungdomsgårdens öppettider och verksamhet tillsammans med handledarna.',
    },
  },
};

/**
 * A matter that comes from a resident initiative (611/2021 30 §): an evening reception at the Nokia health
 * centre. The initiators' representatives are heard, and the initiators are told what was done.
 */
const initiative: AssessmentInput = {
  case: {
    diaryNumber: 'PHA/1290/05.00.00/2027',
    title: 'Kuntalaisaloite iltavastaanoton avaamisesta Nokian terveysasemalle',
    decidingBody: { kind: 'regionalExecutive', name: 'Aluehallitus' },
    meetingDate: '2027-09-13',
    agendaItem: '§ 150',
    appendixLabel: 'Liite 5',
    preparer: { name: 'Riikka Salo', title: 'Palvelualuejohtaja', contact: 'riikka.salo@pirha.fi' },
    language: 'fi',
    matterTypes: ['serviceChange'],
    substantialImpact: 'no',
    initiative: {
      fromInitiative: 'yes',
      reference: 'Asukasaloite 14/2027 (1 230 allekirjoittajaa)',
      representativesHeardOn: '2027-06-02',
      initiatorsToldHow:
        'Aloitteen vastuuhenkilöille lähetetään päätös ja selvitys toimenpiteistä; vastaus julkaistaan osallistumisalustalla.',
    },
  },
  affected: {
    groups: ['residents', 'patients', 'staff'],
    otherGroups: '',
    text: 'Nokian noin 35 000 asukasta, erityisesti päivisin töissä käyvät, ja terveysaseman henkilöstö.',
  },
  invited: {
    groups: ['residents', 'patients', 'staff'],
    otherGroups: 'Aloitteen tekijät',
    deliberatelyExcluded: 'no',
    exclusions: [],
    text: 'Aloitteen tekijöiden edustajat kuultiin 2.6.2027; asukkaat kyselyllä.',
  },
  influence: {
    text: 'Vaikuttaa voi iltavastaanoton päiviin ja kellonaikoihin sekä ajanvarauksen tapaan.',
    constraints: ['money', 'law'],
    constraintDetails: 'Lääkärityövoiman saatavuus ja talousarvio rajaavat iltojen määrää.',
  },
  timing: {
    phases: ['alternatives', 'draftProposal'],
    opensOn: '2027-06-07',
    closesOn: '2027-08-15',
    enoughTime: 'yes',
    enoughTimeReason: '',
    text: 'Kysely on auki kesän yli 7.6.–15.8.2027.',
  },
  outcomes: {
    soughtAnswers: 'Mitkä illat ja kellonajat sopivat? Kuinka moni käyttäisi iltavastaanottoa?',
    usedFor: ['decisionProposal'],
    text: '',
  },
  communication: {
    channels: ['website', 'participationPlatform', 'pressRelease', 'decisionDocument'],
    reportsBack: 'yes',
    reportBackHow: 'Tulokset ja päätös julkaistaan osallistumisalustalla aloitteen yhteydessä syyskuussa 2027.',
    thanks: 'Kiitämme aloitteen tekijöitä ja kyselyyn vastanneita vastauksen yhteydessä.',
    text: '',
    announcement: 'Kyselystä kerrotaan verkkosivuilla, osallistumisalustalla ja paikallislehdessä.',
    announcementLanguages: ['fi'],
  },
  testing: {
    possible: 'yes',
    with: ['patients'],
    text: 'Iltavastaanottoa kokeillaan syksyllä kahtena iltana viikossa.',
  },
  methods: [
    {
      method: 'opinionSurvey',
      what: 'Asukaskysely iltavastaanoton tarpeesta.',
      start: '2027-06-07',
      end: '2027-08-15',
      with: ['residents', 'patients'],
      status: 'planned',
    },
  ],
  consultations: [],
  guidance: { acknowledged: ['hearAndValue', 'openness', 'keepPromises'] },
  conclusion: {
    summary:
      'Asia on tullut vireille asukasaloitteesta. Aloitteen tekijöiden edustajat on kuultu, asukkaat voivat vastata kyselyyn, ja aloitteen tekijöille kerrotaan, mihin toimenpiteisiin aloite johti.',
    noParticipationReason: '',
  },
};

export const EXAMPLE_NAMES = [
  'service-network',
  'budget',
  'internal-sv',
  'lapland-sami',
  'pohjanmaa-sv',
  'municipal',
  'initiative',
  'bilingual-municipality',
] as const;
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
    region: 'ita-uusimaa',
    assessment: internalSv,
  },
  'lapland-sami': {
    name: 'lapland-sami',
    title: 'Vastaanoton uudistus saamelaisten kotiseutualueella (Lappi)',
    locale: 'fi',
    region: 'lappi',
    assessment: laplandSami,
  },
  'pohjanmaa-sv': {
    name: 'pohjanmaa-sv',
    title: 'Nattpatrullen inom hemvården (Österbotten, svenska)',
    locale: 'sv',
    region: 'pohjanmaa',
    assessment: pohjanmaaSv,
  },
  municipal: {
    name: 'municipal',
    title: 'Nuorisotalon aukiolo (kunta)',
    locale: 'fi',
    region: 'generic-municipality',
    assessment: municipal,
  },
  initiative: {
    name: 'initiative',
    title: 'Asukasaloite iltavastaanotosta (Pirkanmaa)',
    locale: 'fi',
    region: 'pirkanmaa',
    assessment: initiative,
  },
  'bilingual-municipality': {
    name: 'bilingual-municipality',
    title: 'Nuorisotalon aukiolo kaksikielisessä kunnassa (suomeksi ja ruotsiksi)',
    locale: 'fi',
    region: 'generic-bilingual-municipality',
    appendicesInBothLanguages: true,
    assessment: bilingualMunicipality,
  },
};
