import { LEGAL } from '../legal.js';
import { GUIDANCE } from '../catalogues/options.js';
import { isBlank, participationOrganised } from './helpers.js';
import { defineRule } from './types.js';

/** The seed: the resident has a right to know "mihin päätöksiin ja toimenpiteisiin osallistuminen johtaa". */
export const reportBackRule = defineRule({
  id: 'no-report-back',
  description: {
    fi: 'Laukeaa, kun osallistumista järjestetään, mutta ei ole kerrottu, että ja miten osallistujille kerrotaan, mitä osallistumisesta seurasi.',
    sv: 'Utlöses när deltagande ordnas men det inte anges att och hur deltagarna får veta vad deltagandet ledde till.',
    en: 'Fires when participation is organised but it is not stated that and how participants are told what came of it.',
  },
  severity: 'warning',
  title: {
    fi: 'Osallistujille ei kerrota, mitä osallistumisesta seurasi',
    sv: 'Deltagarna får inte veta vad deltagandet ledde till',
    en: 'Participants are not told what came of it',
  },
  legalBasis: [LEGAL.participationMethods, LEGAL.constitutionInfluence],
  message: {
    fi: 'Kerro, miten ja milloin osallistujat saavat tietää, mitä heidän näkemyksistään seurasi.',
    sv: 'Berätta hur och när deltagarna får veta vad deras synpunkter ledde till.',
    en: 'Say how and when participants learn what came of their views.',
  },
  when: (a) => {
    if (!participationOrganised(a)) return [];
    const { reportsBack, reportBackHow } = a.communication;
    if (reportsBack === 'yes' && !isBlank(reportBackHow)) return [];
    return [
      {
        fields: [reportsBack === 'yes' ? 'communication.reportBackHow' : 'communication.reportsBack'],
        answers: reportsBack === null ? [] : [{ field: 'communication.reportsBack', value: reportsBack }],
        params: {},
      },
    ];
  },
});

export const guidanceRule = defineRule({
  id: 'guidance-not-acknowledged',
  description: {
    fi: 'Laukeaa tiedoksi, kun osallistumista järjestetään ja jokin tarkistuslistan loppuohjeen kohdista on kuittaamatta.',
    sv: 'Utlöses för kännedom när deltagande ordnas och någon punkt i checklistans avslutande råd inte har kvitterats.',
    en: 'Fires for information when participation is organised and some point of the checklist’s closing guidance is not acknowledged.',
  },
  severity: 'info',
  title: {
    fi: 'Muistilistaa ei ole kuitattu',
    sv: 'Minneslistan har inte kvitterats',
    en: 'Closing guidance not acknowledged',
  },
  legalBasis: [LEGAL.constitutionInfluence],
  message: {
    fi: 'Kuittaa vielä {count} muistilistan kohtaa: kuule, kohtaa ja arvosta osallistujia.',
    sv: 'Kvittera ännu {count} punkter på minneslistan: lyssna på, möt och värdesätt deltagarna.',
    en: 'Acknowledge {count} more points of the guidance: listen to, meet and value the participants.',
  },
  when: (a) => {
    const count = GUIDANCE.filter((g) => !a.guidance.acknowledged.includes(g.id)).length;
    return count > 0 && participationOrganised(a) ? [{ fields: ['guidance.acknowledged'], params: { count } }] : [];
  },
});

export const COMMUNICATION_RULES = [reportBackRule, guidanceRule] as const;
