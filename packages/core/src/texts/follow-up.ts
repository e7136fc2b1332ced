import type { LocalizedText } from '../i18n.js';
import { FOLLOW_UP_STEP_TEXTS } from './follow-up-step.js';

/** Headings and notices of the follow-up part. */
export const FOLLOW_UP_TEXTS = {
  part: FOLLOW_UP_STEP_TEXTS.part,
  intro: {
    fi: 'Kirjaa, mitä osallistumisesta seurasi. Tästä tehdään palaute osallistujille. Esityslistan liitteenä ollut arvio pysyy ennallaan.',
    sv: 'Anteckna vad deltagandet ledde till. Utifrån detta görs responsen till deltagarna. Bedömningen som bifogades föredragningslistan förblir som den var.',
    en: 'Record what came of participation. The notice to participants is made from it. The assessment attached to the agenda stays as it was.',
  },
  opensAfter: FOLLOW_UP_STEP_TEXTS.opensAfter,
  noMeetingDate: FOLLOW_UP_STEP_TEXTS.noMeetingDate,
  methods: { fi: 'Osallistumistavat', sv: 'Sätt att delta', en: 'Ways of taking part' },
  consultations: { fi: 'Vaikuttamistoimielimet', sv: 'Påverkansorgan', en: 'Influence bodies' },
  decision: { fi: 'Päätös', sv: 'Beslutet', en: 'The decision' },
  reportBack: { fi: 'Palaute osallistujille', sv: 'Respons till deltagarna', en: 'Notice to participants' },
  yes: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' },
  no: { fi: 'Ei', sv: 'Nej', en: 'No' },
  markAttached: {
    fi: 'Merkitse liitetyksi esityslistaan',
    sv: 'Markera som bifogad till föredragningslistan',
    en: 'Mark as attached to the agenda',
  },
  attachedRecorded: {
    fi: 'Esityslistan liitteenä ollut arvio on tallennettu tarkistussummalla {checksum}.',
    sv: 'Bedömningen som bifogades föredragningslistan har sparats med kontrollsumman {checksum}.',
    en: 'The assessment attached to the agenda is recorded with checksum {checksum}.',
  },
  attachedChanged: {
    fi: 'Huomio: arvio on muuttunut siitä, mitä esityslistan liitteenä oli. Liitteenä ollut versio ei muutu; kerro muutoksesta tarvittaessa päätöksentekijöille.',
    sv: 'Obs: bedömningen har ändrats sedan den bifogades föredragningslistan. Den bifogade versionen ändras inte; informera vid behov beslutsfattarna om ändringen.',
    en: 'Note: the assessment has changed since it was attached to the agenda. The attached version does not change; tell the decision-makers of the change where needed.',
  },
  fixErrorsFirst: {
    fi: 'Korjaa ensin lomakkeen virheet.',
    sv: 'Rätta först felen i formuläret.',
    en: 'Correct the errors in the form first.',
  },
  noticeFailed: {
    fi: 'Palautetta ei voitu tehdä: {reason}',
    sv: 'Responsen kunde inte göras: {reason}',
    en: 'The notice could not be made: {reason}',
  },
  /** In the notice's file name: "osallisuusarviointi-KYMHVA-2145-palaute.html". */
  noticeFileName: { fi: 'palaute', sv: 'respons', en: 'notice' },
  noticeHeading: { fi: 'Palaute osallistujille', sv: 'Respons till deltagarna', en: 'Notice to participants' },
  previewNotice: { fi: 'Esikatsele palautetta', sv: 'Förhandsgranska responsen', en: 'Preview the notice' },
  downloadNoticeHtml: {
    fi: 'Lataa palaute (HTML)',
    sv: 'Ladda ner responsen (HTML)',
    en: 'Download the notice (HTML)',
  },
  downloadNoticePdf: {
    fi: 'Tee palaute PDF-muodossa',
    sv: 'Gör responsen i PDF-format',
    en: 'Make the notice as a PDF',
  },
  hidePreview: { fi: 'Piilota esikatselu', sv: 'Dölj förhandsgranskningen', en: 'Hide the preview' },
  noticePdfReady: { fi: 'Lataa palaute (PDF)', sv: 'Ladda ner responsen (PDF)', en: 'Download the notice (PDF)' },
  previewTitle: { fi: 'Palautteen esikatselu', sv: 'Förhandsgranskning av responsen', en: 'Preview of the notice' },
} as const satisfies Record<string, LocalizedText>;
