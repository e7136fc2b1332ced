import { cite } from '../legal-roles.js';
import { isBlank } from './helpers.js';
import { defineRule } from './types.js';

/**
 * 611/2021 30 §: when the matter comes from an initiative, the initiators' representatives get a chance to be
 * heard. (For a municipality the profile leaves this role empty: Kuntalaki 23 § was not checked for it.)
 */
export const initiativeHearingRule = defineRule({
  id: 'initiative-representatives-not-heard',
  description: {
    fi: 'Laukeaa, kun asia on tullut vireille aloitteesta, eikä ole kirjattu, milloin aloitteen tekijöiden edustajille varattiin tilaisuus tulla kuulluiksi.',
    sv: 'Utlöses när ärendet har väckts genom ett initiativ och det inte har antecknats när initiativtagarnas företrädare gavs tillfälle att bli hörda.',
    en: 'Fires when the matter comes from an initiative and when the initiators’ representatives were given a chance to be heard is not recorded.',
  },
  severity: 'error',
  kind: 'legalDuty',
  title: {
    fi: 'Aloitteen tekijöiden edustajia ei ole kuultu',
    sv: 'Initiativtagarnas företrädare har inte hörts',
    en: 'Initiators’ representatives not heard',
  },
  legalBasis: [cite('initiativeHearing')],
  message: {
    fi: 'Asia on tullut vireille aloitteesta. Aloitteen tekijöiden edustajille on varattava tilaisuus tulla kuulluiksi: kirjaa, milloin se tehtiin.',
    sv: 'Ärendet har väckts genom ett initiativ. Initiativtagarnas företrädare ska ges tillfälle att bli hörda: anteckna när det gjordes.',
    en: 'The matter comes from an initiative. The initiators’ representatives must be given a chance to be heard: record when this was done.',
  },
  when: (a, { organiser }) =>
    organiser.law.initiativeHearing !== null &&
    a.case.initiative.fromInitiative === 'yes' &&
    a.case.initiative.representativesHeardOn === null
      ? [
          {
            fields: ['case.initiative.representativesHeardOn'],
            answers: [{ field: 'case.initiative.fromInitiative', value: 'yes' }],
            params: {},
          },
        ]
      : [],
});

/** 611/2021 30 § and Kuntalaki 23 §: the initiator is told what was done about the initiative. */
export const initiativeReplyRule = defineRule({
  id: 'initiators-not-told',
  description: {
    fi: 'Laukeaa, kun asia on tullut vireille aloitteesta, eikä ole kerrottu, miten aloitteen tekijöille ilmoitetaan, mihin toimenpiteisiin aloitteen johdosta on ryhdytty.',
    sv: 'Utlöses när ärendet har väckts genom ett initiativ och det inte anges hur initiativtagarna underrättas om vilka åtgärder initiativet har lett till.',
    en: 'Fires when the matter comes from an initiative and how the initiators are told what was done about it is not stated.',
  },
  severity: 'warning',
  kind: 'legalDuty',
  title: {
    fi: 'Aloitteen tekijöille ei kerrota toimenpiteistä',
    sv: 'Initiativtagarna underrättas inte om åtgärderna',
    en: 'Initiators not told what was done',
  },
  legalBasis: [cite('initiative')],
  message: {
    fi: 'Kerro, miten aloitteen tekijöille ilmoitetaan, mihin toimenpiteisiin aloitteen johdosta on ryhdytty.',
    sv: 'Berätta hur initiativtagarna underrättas om vilka åtgärder initiativet har lett till.',
    en: 'Say how the initiators are told what was done about their initiative.',
  },
  when: (a) =>
    a.case.initiative.fromInitiative === 'yes' && isBlank(a.case.initiative.initiatorsToldHow)
      ? [
          {
            fields: ['case.initiative.initiatorsToldHow'],
            answers: [{ field: 'case.initiative.fromInitiative', value: 'yes' }],
            params: {},
          },
        ]
      : [],
});

export const INITIATIVE_RULES = [initiativeHearingRule, initiativeReplyRule] as const;
