import type { FieldKey, FieldText } from './fields.js';

/**
 * The labels and help of the case part's fields, the form's first step: FIELD_TEXTS (fields.ts) begins with
 * them, so that the first paint has its fields' words without every other field's.
 */
export const CASE_FIELD_TEXTS = {
  'case.diaryNumber': { label: { fi: 'Diaarinumero', sv: 'Diarienummer', en: 'Record number' } },
  'case.title': { label: { fi: 'Päätöksen otsikko', sv: 'Beslutets rubrik', en: 'Title of the decision' } },
  'case.decidingBody.kind': { label: { fi: 'Päättäjä', sv: 'Beslutsfattare', en: 'Decision-maker' } },
  'case.decidingBody.name': {
    label: {
      fi: 'Toimielimen tai viranhaltijan nimi',
      sv: 'Organets eller tjänsteinnehavarens namn',
      en: 'Name of the body or office holder',
    },
  },
  'case.meetingDate': {
    label: { fi: 'Kokous- tai päätöspäivä', sv: 'Sammanträdes- eller beslutsdag', en: 'Meeting or decision date' },
    help: {
      fi: 'Päivä, jona asia käsitellään. Viranhaltijapäätöksessä päätöksen päivä.',
      sv: 'Dagen då ärendet behandlas. För tjänsteinnehavarbeslut beslutsdagen.',
      en: 'The day the matter is decided. For an office holder’s decision, the day of the decision.',
    },
  },
  'case.agendaItem': { label: { fi: 'Pykälä', sv: 'Paragraf', en: 'Agenda item' } },
  'case.appendixLabel': { label: { fi: 'Liitteen tunnus', sv: 'Bilagans beteckning', en: 'Appendix label' } },
  'case.preparer.name': { label: { fi: 'Valmistelija', sv: 'Beredare', en: 'Prepared by' } },
  'case.preparer.title': { label: { fi: 'Tehtävänimike', sv: 'Befattning', en: 'Job title' } },
  'case.preparer.contact': { label: { fi: 'Yhteystiedot', sv: 'Kontaktuppgifter', en: 'Contact details' } },
  'case.language': { label: { fi: 'Liitteen kieli', sv: 'Bilagans språk', en: 'Language of the appendix' } },
  'case.substantialImpact': {
    label: {
      fi: 'Voiko päätöksellä olla huomattava vaikutus muiden kuin asianosaisten elinympäristöön, työntekoon tai muihin oloihin?',
      sv: 'Kan beslutet ha betydande inverkan på livsmiljön, arbetet eller andra förhållanden för andra än parterna?',
      en: 'May the decision substantially affect the living environment, work or other conditions of people other than the parties?',
    },
    help: {
      fi: 'Työkalun oma kysymys, ei tarkistuslistan. Jos vastaus on kyllä, hallintolain 41 § vaatii, että heille annetaan tietoa ja mahdollisuus lausua mielipiteensä ennen päätöstä, ja että siitä tiedotetaan asian merkitykseen nähden sopivalla tavalla.',
      sv: 'Verktygets egen fråga, inte checklistans. Om svaret är ja kräver 41 § i förvaltningslagen att de får information och möjlighet att framföra sin åsikt före beslutet, och att detta meddelas på ett sätt som passar ärendets betydelse.',
      en: 'A question of the toolkit, not of the checklist. If the answer is yes, section 41 of the Administrative Procedure Act requires that they are informed and given the chance to state their opinion before the decision, announced in a way suited to the matter’s importance.',
    },
  },
  'case.initiative.fromInitiative': {
    label: {
      fi: 'Onko asia tullut vireille aloitteesta?',
      sv: 'Har ärendet väckts genom ett initiativ?',
      en: 'Does the matter come from an initiative?',
    },
  },
  'case.initiative.reference': {
    label: { fi: 'Aloitteen tunniste', sv: 'Initiativets beteckning', en: 'Reference of the initiative' },
  },
  'case.initiative.representativesHeardOn': {
    label: {
      fi: 'Aloitteen tekijöiden edustajia kuultu',
      sv: 'Initiativtagarnas företrädare hörda',
      en: 'Initiators’ representatives heard on',
    },
  },
  'case.initiative.initiatorsToldHow': {
    label: {
      fi: 'Miten aloitteen tekijöille kerrotaan toimenpiteistä?',
      sv: 'Hur underrättas initiativtagarna om åtgärderna?',
      en: 'How are the initiators told what was done?',
    },
  },
  'case.matterTypes': {
    label: {
      fi: 'Millainen asia on kyseessä?',
      sv: 'Vilket slags ärende gäller det?',
      en: 'What kind of matter is it?',
    },
  },
} as const satisfies Partial<Record<FieldKey, FieldText>>;
