/**
 * An assessment after the decision, for the notice's tests (not exported from the package): the
 * service-network example with its follow-up written in Finnish, and Swedish and English translations.
 */
import { EXAMPLES } from '../examples.js';
import { createAssessment } from '../schema.js';
import type { Assessment } from '../schema.js';

export function followedUp(): Assessment {
  const a = createAssessment(structuredClone(EXAMPLES['service-network'].assessment));
  a.followUp = {
    attachedChecksum: null,
    decision: {
      date: '2027-03-15',
      paragraph: '§ 45',
      decided:
        'Karhulan ja Hovinsaaren terveysasemat yhdistetään uuteen terveyskeskukseen. Muutos tehdään syksyllä 2027.',
      minutesUrl: 'https://kymenhva.fi/poytakirjat/2027-03-15',
    },
    methods: [
      {
        row: 0,
        done: 'yes',
        doneOn: '2027-02-05',
        participants: 412,
        heard: 'Moni pelkäsi, että matka terveysasemalle pitenee. Iäkkäät toivoivat bussia uuteen keskukseen.',
        changed: 'Uuteen keskukseen tulee suora bussiyhteys. Karhulaan jää ajanvarauspiste.',
        notChanged: 'Kahta terveysasemaa ei voida pitää auki.',
        why: 'Lääkäreitä ei ole tarpeeksi kahteen paikkaan.',
      },
      {
        row: 1,
        done: 'yes',
        doneOn: '2027-01-28',
        participants: 64,
        heard: 'Asukkaat kysyivät pysäköinnistä.',
        changed: '',
        notChanged: '',
        why: '',
      },
    ],
    consultations: [
      {
        row: 0,
        statement: 'Vanhusneuvosto toivoi kotikäyntejä niille, jotka eivät pääse keskukseen.',
        takenIntoAccount: 'Kotikäyntejä lisätään Karhulassa.',
      },
    ],
    reportBack: { publishedOn: '2027-03-29', how: 'Tiedote ja verkkosivu', where: 'kymenhva.fi/osallistu' },
  };
  a.translations = {
    'case.title': {
      sv: 'Hälsostationerna i Karhula och Hovinsaari slås ihop till Kotkas nya hälsocentral',
      en: 'Merging the Karhula and Hovinsaari health stations into the new health centre in Kotka',
    },
    'followUp.decision.decided': {
      sv: 'Hälsostationerna i Karhula och Hovinsaari slås ihop till den nya hälsocentralen. Ändringen görs hösten 2027.',
      en: 'The Karhula and Hovinsaari health stations are merged into the new health centre. The change is made in autumn 2027.',
    },
    'followUp.methods.0.heard': {
      sv: 'Många var rädda att resan till hälsostationen blir längre. Äldre önskade en buss till den nya centralen.',
      en: 'Many feared a longer trip to the health station. Older people asked for a bus to the new centre.',
    },
    'followUp.methods.0.changed': {
      sv: 'Den nya centralen får en direkt bussförbindelse. En punkt för tidsbokning blir kvar i Karhula.',
      en: 'The new centre gets a direct bus line. A booking point stays in Karhula.',
    },
    'followUp.methods.0.notChanged': {
      sv: 'Två hälsostationer kan inte hållas öppna.',
      en: 'Two health stations cannot be kept open.',
    },
    'followUp.methods.0.why': {
      sv: 'Det finns inte tillräckligt med läkare för två platser.',
      en: 'There are not enough doctors for two places.',
    },
    'followUp.consultations.0.statement': {
      sv: 'Äldrerådet önskade hembesök för dem som inte kan ta sig till centralen.',
      en: 'The council for older people asked for home visits for those who cannot reach the centre.',
    },
    'followUp.consultations.0.takenIntoAccount': {
      sv: 'Fler hembesök ordnas i Karhula.',
      en: 'More home visits are arranged in Karhula.',
    },
  };
  return a;
}
