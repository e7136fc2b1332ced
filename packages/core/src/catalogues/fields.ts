import type { LocalizedText } from '../i18n.js';
import type { FieldPath } from '../rules/types.js';
import { FOLLOW_UP_FIELDS } from '../follow-up-fields.js';
import { CASE_FIELD_TEXTS } from './case-field-texts.js';
import { fieldKey } from './field-key.js';

export { fieldKey };

/** A field path with array indexes replaced by `*`: "methods.*.what". */
export type FieldKey = FieldPath extends infer P ? (P extends string ? Starred<P> : never) : never;
type Segment<S extends string> = S extends `${number}` ? '*' : S;
type Starred<P extends string> = P extends `${infer Head}.${infer Rest}`
  ? `${Segment<Head>}.${Starred<Rest>}`
  : Segment<P>;

export interface FieldText {
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
}

/**
 * Labels of the assessment's fields: the widget's labels and the PDF's row headings are the same words.
 * Fields that are the answer to a checklist question take the question's wording from CHECKLIST instead.
 */
export const FIELD_TEXTS = {
  ...CASE_FIELD_TEXTS,
  'affected.groups': {
    label: { fi: 'Ryhmät, joihin päätös vaikuttaa', sv: 'Grupper som påverkas', en: 'Groups affected' },
  },
  'affected.otherGroups': { label: { fi: 'Muut ryhmät', sv: 'Andra grupper', en: 'Other groups' } },
  'affected.text': {
    label: {
      fi: 'Miten päätös vaikuttaa heihin?',
      sv: 'Hur påverkar beslutet dem?',
      en: 'How does the decision affect them?',
    },
  },
  'invited.groups': { label: { fi: 'Kutsutaan mukaan', sv: 'Bjuds in', en: 'Invited' } },
  'invited.otherGroups': { label: { fi: 'Muut kutsuttavat', sv: 'Andra som bjuds in', en: 'Others invited' } },
  'invited.deliberatelyExcluded': {
    label: {
      fi: 'Jätetäänkö joku tahallisesti ulkopuolelle?',
      sv: 'Lämnas någon medvetet utanför?',
      en: 'Is anyone deliberately left out?',
    },
  },
  'invited.exclusions': { label: { fi: 'Ulkopuolelle jätettävät', sv: 'De som lämnas utanför', en: 'Left out' } },
  'invited.exclusions.*.group': { label: { fi: 'Ryhmä', sv: 'Grupp', en: 'Group' } },
  'invited.exclusions.*.who': { label: { fi: 'Kuka', sv: 'Vem', en: 'Who' } },
  'invited.exclusions.*.reason': { label: { fi: 'Perustelu', sv: 'Motivering', en: 'Reason' } },
  'invited.text': { label: { fi: 'Miten heidät kutsutaan?', sv: 'Hur bjuds de in?', en: 'How are they invited?' } },
  'influence.text': {
    label: { fi: 'Mihin voi vaikuttaa?', sv: 'Vad kan man påverka?', en: 'What can be influenced?' },
  },
  'influence.constraints': {
    label: { fi: 'Mikä rajoittaa päätöstä?', sv: 'Vad begränsar beslutet?', en: 'What limits the decision?' },
  },
  'influence.constraintDetails': {
    label: { fi: 'Rajoitteiden kuvaus', sv: 'Beskrivning av begränsningarna', en: 'The limits in detail' },
  },
  'timing.phases': {
    label: {
      fi: 'Missä vaiheessa voi vaikuttaa?',
      sv: 'I vilket skede kan man påverka?',
      en: 'At which stages can people influence?',
    },
  },
  'timing.opensOn': { label: { fi: 'Osallistuminen alkaa', sv: 'Deltagandet börjar', en: 'Participation opens' } },
  'timing.closesOn': { label: { fi: 'Osallistuminen päättyy', sv: 'Deltagandet slutar', en: 'Participation closes' } },
  'timing.enoughTime': {
    label: {
      fi: 'Onko vaikuttamiseen tarpeeksi aikaa?',
      sv: 'Finns det tillräckligt med tid att påverka?',
      en: 'Is there enough time to influence?',
    },
  },
  'timing.enoughTimeReason': {
    label: {
      fi: 'Miksi aika ei riitä ja mitä sille tehdään?',
      sv: 'Varför räcker tiden inte och vad görs åt det?',
      en: 'Why is the time not enough and what is done about it?',
    },
  },
  'timing.text': { label: { fi: 'Aikataulu', sv: 'Tidtabell', en: 'Schedule' } },
  'outcomes.soughtAnswers': {
    label: {
      fi: 'Mihin halutaan saada vastauksia?',
      sv: 'Vilka frågor vill man ha svar på?',
      en: 'What answers are sought?',
    },
  },
  'outcomes.usedFor': {
    label: {
      fi: 'Mihin tietoa käytetään?',
      sv: 'Vad används informationen till?',
      en: 'What is the information used for?',
    },
  },
  'outcomes.text': {
    label: {
      fi: 'Mitä osallistumisesta seuraa?',
      sv: 'Vad följer av deltagandet?',
      en: 'What follows from participation?',
    },
  },
  'communication.channels': { label: { fi: 'Viestintäkanavat', sv: 'Kommunikationskanaler', en: 'Channels' } },
  'communication.reportsBack': {
    label: {
      fi: 'Kerrotaanko osallistujille, mitä heidän näkemyksistään seurasi?',
      sv: 'Får deltagarna veta vad deras synpunkter ledde till?',
      en: 'Are participants told what came of their views?',
    },
  },
  'communication.announcement': {
    label: {
      fi: 'Miten osallistumismahdollisuudesta tiedotetaan?',
      sv: 'Hur meddelas möjligheten att delta?',
      en: 'How is the opportunity to take part announced?',
    },
  },
  'communication.announcementLanguages': {
    label: { fi: 'Tiedottamisen kielet', sv: 'Språk för meddelandet', en: 'Languages of the announcement' },
  },
  'communication.reportBackHow': {
    label: {
      fi: 'Miten ja milloin osallistujille kerrotaan, mitä heidän näkemyksistään seurasi?',
      sv: 'Hur och när får deltagarna veta vad deras synpunkter ledde till?',
      en: 'How and when are participants told what came of their views?',
    },
  },
  'communication.thanks': {
    label: { fi: 'Miten osallistujia kiitetään?', sv: 'Hur tackas deltagarna?', en: 'How are participants thanked?' },
  },
  'communication.text': {
    label: { fi: 'Muuta viestinnästä', sv: 'Annat om kommunikationen', en: 'Other notes on communication' },
  },
  'testing.possible': {
    label: {
      fi: 'Voiko palvelua tai tiloja testata?',
      sv: 'Kan tjänsten eller lokalerna testas?',
      en: 'Can the service or premises be tested?',
    },
  },
  'testing.with': { label: { fi: 'Kenen kanssa testataan?', sv: 'Med vem testas det?', en: 'Tested with whom?' } },
  'testing.text': { label: { fi: 'Miten testataan?', sv: 'Hur testas det?', en: 'How is it tested?' } },
  methods: { label: { fi: 'Osallistumisen tavat', sv: 'Sätt att delta', en: 'Ways to participate' } },
  'methods.*.method': { label: { fi: 'Tapa', sv: 'Sätt', en: 'Method' } },
  'methods.*.name': { label: { fi: 'Tavan nimi', sv: 'Sättets namn', en: 'Name of the method' } },
  'methods.*.what': { label: { fi: 'Mitä tehdään', sv: 'Vad görs', en: 'What is done' } },
  'methods.*.start': { label: { fi: 'Alkaa', sv: 'Börjar', en: 'Starts' } },
  'methods.*.end': { label: { fi: 'Päättyy', sv: 'Slutar', en: 'Ends' } },
  'methods.*.with': { label: { fi: 'Kenen kanssa', sv: 'Med vem', en: 'With whom' } },
  'methods.*.status': { label: { fi: 'Tila', sv: 'Status', en: 'Status' } },
  consultations: { label: { fi: 'Kuuleminen', sv: 'Hörande', en: 'Consultations' } },
  'consultations.*.body': { label: { fi: 'Toimielin', sv: 'Organ', en: 'Body' } },
  'consultations.*.status': { label: { fi: 'Tila', sv: 'Status', en: 'Status' } },
  'consultations.*.reason': {
    label: {
      fi: 'Miksi kuuleminen ei ole tarpeen?',
      sv: 'Varför behövs inget hörande?',
      en: 'Why is consultation not needed?',
    },
  },
  'consultations.*.requestedOn': {
    label: { fi: 'Lausuntoa pyydetty', sv: 'Utlåtande begärt', en: 'Statement requested on' },
  },
  'consultations.*.dueOn': {
    label: { fi: 'Lausunnon määräpäivä', sv: 'Sista dag för utlåtandet', en: 'Statement due on' },
  },
  'consultations.*.participatedOn': {
    label: {
      fi: 'Osallistui tai kuultiin',
      sv: 'Deltog eller hördes',
      en: 'Took part or was heard on',
    },
  },
  'consultations.*.receivedOn': {
    label: { fi: 'Lausunto saatu', sv: 'Utlåtande mottaget', en: 'Statement received on' },
  },
  'consultations.*.summary': {
    label: { fi: 'Lausunnon tiivistelmä', sv: 'Sammanfattning av utlåtandet', en: 'Summary of the statement' },
  },
  'guidance.acknowledged': {
    label: { fi: 'Olen ottanut huomioon', sv: 'Jag har beaktat', en: 'I have taken into account' },
  },
  'conclusion.summary': {
    label: { fi: 'Yhteenveto osallisuudesta', sv: 'Sammanfattning av delaktigheten', en: 'Summary of participation' },
  },
  'conclusion.noParticipationReason': {
    label: {
      fi: 'Miksi osallistumista ei järjestetä?',
      sv: 'Varför ordnas inget deltagande?',
      en: 'Why is no participation organised?',
    },
    help: {
      fi: 'Pakollinen, jos yhtään osallistumisen tapaa ei valita eikä vaikuttamistoimielimiä kuulla.',
      sv: 'Obligatorisk om inget sätt att delta väljs och inga påverkansorgan hörs.',
      en: 'Required when no method is chosen and no influence body is consulted.',
    },
  },
} as const satisfies Partial<Record<FieldKey, FieldText>>;

/**
 * The label of a field path (the follow-up's too: a finding about the report back names it), or the path
 * itself when none is written (a host rule's own field, say).
 */
export function fieldLabel(path: string): LocalizedText {
  const key = fieldKey(path);
  const text = (FIELD_TEXTS as Record<string, FieldText>)[key] ?? (FOLLOW_UP_FIELDS as Record<string, FieldText>)[key];
  return text?.label ?? { fi: path, sv: path, en: path };
}
