/**
 * The follow-up part after the decision, described once: its fields' labels and help in fi/sv/en, when it
 * opens, and what of an assessment counts as "attached to the agenda". The widget and the notice derive
 * from it; the schema (`followUpSchema`) holds the values.
 */
import type { FieldKey, FieldText } from './catalogues/fields.js';
import { formatIsoDate, todayInHelsinki } from './dates.js';
import type { Locale, LocalizedText } from './i18n.js';
import { formatMessage } from './i18n.js';
import { canonicalJson } from './canonical.js';
import { blankAssessment } from './blank.js';
import type { Assessment } from './schema.js';

/** A follow-up field: its label and help, as every field of the assessment has them, and the input it takes. */
export interface FollowUpField extends FieldText {
  readonly kind: 'text' | 'longText' | 'date' | 'count' | 'yesNo';
}

/**
 * The follow-up's fields by their path pattern (`fieldKey`: a row's index written as `*`), in the order shown;
 * a key that is no path of the schema does not compile.
 */
export const FOLLOW_UP_FIELDS = {
  'followUp.methods.*.done': {
    kind: 'yesNo',
    label: { fi: 'Toteutuiko?', sv: 'Genomfördes det?', en: 'Did it take place?' },
  },
  'followUp.methods.*.doneOn': {
    kind: 'date',
    label: { fi: 'Milloin', sv: 'När', en: 'When' },
    help: {
      fi: 'Päivä, jona tilaisuus pidettiin tai kysely päättyi.',
      sv: 'Dagen då tillfället hölls eller enkäten avslutades.',
      en: 'The day the event was held or the survey closed.',
    },
  },
  'followUp.methods.*.participants': {
    kind: 'count',
    label: { fi: 'Osallistujia (jos tiedossa)', sv: 'Deltagare (om känt)', en: 'People who took part (if known)' },
  },
  'followUp.methods.*.heard': {
    kind: 'longText',
    label: { fi: 'Mitä kuultiin', sv: 'Vad som framfördes', en: 'What was heard' },
    help: {
      fi: 'Tärkeimmät näkemykset omin sanoin, ilman nimiä tai muita henkilötietoja.',
      sv: 'De viktigaste synpunkterna med egna ord, utan namn eller andra personuppgifter.',
      en: 'The main views in your own words, without names or other personal data.',
    },
  },
  'followUp.methods.*.changed': {
    kind: 'longText',
    label: { fi: 'Mikä muuttui sen vuoksi', sv: 'Vad som ändrades på grund av det', en: 'What changed because of it' },
  },
  'followUp.methods.*.notChanged': {
    kind: 'longText',
    label: { fi: 'Mikä ei muuttunut', sv: 'Vad som inte ändrades', en: 'What did not change' },
  },
  'followUp.methods.*.why': {
    kind: 'longText',
    label: { fi: 'Miksi ei', sv: 'Varför inte', en: 'Why not' },
    help: {
      fi: 'Perustelu, jonka osallistujat ymmärtävät: raha, laki, aikataulu tai muu syy.',
      sv: 'En motivering som deltagarna förstår: pengar, lag, tidtabell eller annat skäl.',
      en: 'A reason participants can follow: money, law, timetable or another reason.',
    },
  },
  'followUp.consultations.*.statement': {
    kind: 'longText',
    label: { fi: 'Mitä toimielin esitti', sv: 'Vad organet framförde', en: 'What the body said' },
  },
  'followUp.consultations.*.takenIntoAccount': {
    kind: 'longText',
    label: { fi: 'Miten se otettiin huomioon', sv: 'Hur det beaktades', en: 'How it was taken into account' },
  },
  'followUp.decision.date': {
    kind: 'date',
    label: { fi: 'Päätöksen päivä', sv: 'Beslutsdag', en: 'Date of the decision' },
  },
  'followUp.decision.paragraph': {
    kind: 'text',
    label: { fi: 'Pykälä', sv: 'Paragraf', en: 'Section (§)' },
  },
  'followUp.decision.decided': {
    kind: 'longText',
    label: { fi: 'Mitä päätettiin', sv: 'Vad som beslutades', en: 'What was decided' },
    help: {
      fi: 'Selkeällä kielellä: tämä näkyy osallistujille lähetettävässä palautteessa.',
      sv: 'På klarspråk: detta visas i responsen till deltagarna.',
      en: 'In plain language: this is shown in the notice to participants.',
    },
  },
  'followUp.decision.minutesUrl': {
    kind: 'text',
    label: { fi: 'Linkki pöytäkirjaan', sv: 'Länk till protokollet', en: 'Link to the minutes' },
    help: {
      fi: 'Verkko-osoite, alkaa https://',
      sv: 'Webbadress, börjar med https://',
      en: 'A web address starting https://',
    },
  },
  'followUp.reportBack.publishedOn': {
    kind: 'date',
    label: {
      fi: 'Milloin palaute julkaistiin',
      sv: 'När responsen publicerades',
      en: 'When the notice was published',
    },
  },
  'followUp.reportBack.how': {
    kind: 'longText',
    label: {
      fi: 'Miten osallistujille kerrottiin',
      sv: 'Hur deltagarna informerades',
      en: 'How participants were told',
    },
  },
  'followUp.reportBack.where': {
    kind: 'text',
    label: { fi: 'Missä julkaistiin', sv: 'Var det publicerades', en: 'Where it was published' },
  },
} as const satisfies Partial<Record<FieldKey, FollowUpField>>;

export type FollowUpFieldKey = keyof typeof FOLLOW_UP_FIELDS;

/** Headings and notices of the follow-up part. */
export const FOLLOW_UP_TEXTS = {
  part: { fi: 'Päätöksen jälkeen', sv: 'Efter beslutet', en: 'After the decision' },
  intro: {
    fi: 'Kirjaa, mitä osallistumisesta seurasi. Tästä tehdään palaute osallistujille. Esityslistan liitteenä ollut arvio pysyy ennallaan.',
    sv: 'Anteckna vad deltagandet ledde till. Utifrån detta görs responsen till deltagarna. Bedömningen som bifogades föredragningslistan förblir som den var.',
    en: 'Record what came of participation. The notice to participants is made from it. The assessment attached to the agenda stays as it was.',
  },
  opensAfter: {
    fi: 'Avautuu kokouksen jälkeen {date}.',
    sv: 'Öppnas efter sammanträdet {date}.',
    en: 'Opens after the meeting on {date}.',
  },
  noMeetingDate: {
    fi: 'Avautuu kokouksen jälkeen. Kirjaa ensin kokouspäivä.',
    sv: 'Öppnas efter sammanträdet. Ange först sammanträdesdagen.',
    en: 'Opens after the meeting. Enter the meeting date first.',
  },
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

/** Whether the follow-up part is offered yet, and if not, why. */
export type FollowUpAvailability =
  | { readonly open: true }
  | { readonly open: false; readonly reason: 'noMeetingDate' }
  | { readonly open: false; readonly reason: 'beforeMeeting'; readonly meetingDate: string };

/**
 * The follow-up is offered from the meeting day on (the Helsinki day: a meeting "today" in Finland is today
 * whatever the browser's clock zone), since the decision may be recorded the evening it was made. Only the
 * meeting date is read, so a form can ask with the date it watches instead of building a whole assessment.
 */
export function followUpAvailability(
  a: { readonly case: Pick<Assessment['case'], 'meetingDate'> },
  today: string = todayInHelsinki(),
): FollowUpAvailability {
  const meeting = a.case.meetingDate;
  if (meeting === null) return { open: false, reason: 'noMeetingDate' };
  return today >= meeting ? { open: true } : { open: false, reason: 'beforeMeeting', meetingDate: meeting };
}

/** "Opens after the meeting on 15.3.2027." in the widget's language. */
export function followUpClosedText(availability: FollowUpAvailability, locale: Locale): string | null {
  if (availability.open) return null;
  if (availability.reason === 'noMeetingDate') return FOLLOW_UP_TEXTS.noMeetingDate[locale];
  return formatMessage(
    FOLLOW_UP_TEXTS.opensAfter[locale],
    { date: formatIsoDate(availability.meetingDate, locale) },
    locale,
  );
}

const BLANK_FOLLOW_UP = blankAssessment().followUp;

/**
 * What was attached to the agenda: the assessment without its follow-up (nor the translations of follow-up
 * answers), so that recording the follow-up never changes it. For an appendix made before any follow-up was
 * written, its canonical JSON is what the appendix embeds, and its SHA-256 the one in the appendix's XMP.
 */
export function attachedPart(a: Assessment): Assessment {
  const translations = Object.fromEntries(Object.entries(a.translations).filter(([k]) => !k.startsWith('followUp.')));
  return { ...a, translations, followUp: BLANK_FOLLOW_UP };
}

/** The canonical JSON whose SHA-256 is `followUp.attachedChecksum`. */
export function attachedJson(a: Assessment): string {
  return canonicalJson(attachedPart(a));
}
