import type { FieldKey, FieldText } from './catalogues/fields.js';

// The follow-up's field texts on their own, without follow-up-model's blank assessment and checksum part:
// FIELD_TEXTS (every field's label, in the form's first paint) names them too.

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
