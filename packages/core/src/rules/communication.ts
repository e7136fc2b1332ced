import { LEGAL } from '../legal.js';
import { cite } from '../legal-roles.js';
import { GUIDANCE } from '../catalogues/options.js';
import { isBlank, participationOrganised } from './helpers.js';
import { defineRule } from './types.js';

/**
 * The seed: the resident has a right to know "mihin päätöksiin ja toimenpiteisiin osallistuminen johtaa";
 * 611/2021 34 § 1 mom. (Kuntalaki 29 §) makes informing about decisions and their effects a duty.
 */
export const reportBackRule = defineRule({
  id: 'no-report-back',
  description: {
    fi: 'Laukeaa, kun osallistumista järjestetään, mutta ei ole kerrottu, että ja miten osallistujille kerrotaan, mitä osallistumisesta seurasi.',
    sv: 'Utlöses när deltagande ordnas men det inte anges att och hur deltagarna får veta vad deltagandet ledde till.',
    en: 'Fires when participation is organised but it is not stated that and how participants are told what came of it.',
  },
  severity: 'warning',
  kind: 'legalDuty',
  title: {
    fi: 'Osallistujille ei kerrota, mitä osallistumisesta seurasi',
    sv: 'Deltagarna får inte veta vad deltagandet ledde till',
    en: 'Participants are not told what came of it',
  },
  legalBasis: [cite('communication')],
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
    fi: 'Laukeaa tiedoksi, kun osallistumista järjestetään ja jokin tarkistuslistan loppuohjeen kohdista on merkitsemättä huomioiduksi.',
    sv: 'Utlöses för kännedom när deltagande ordnas och någon punkt i checklistans avslutande råd inte har markerats som beaktad.',
    en: 'Fires for information when participation is organised and some point of the checklist’s closing guidance is not acknowledged.',
  },
  severity: 'info',
  kind: 'goodPractice',
  title: {
    fi: 'Loppuohjetta ei ole merkitty huomioiduksi',
    sv: 'De avslutande råden har inte markerats som beaktade',
    en: 'Closing guidance not acknowledged',
  },
  legalBasis: [],
  message: {
    fi: 'Loppuohjeesta on vielä merkitsemättä huomioiduksi {count}. Kuule, kohtaa ja arvosta osallistujia.',
    sv: 'I de avslutande råden har ännu {count} inte markerats som beaktade. Lyssna på, möt och värdesätt deltagarna.',
    en: 'In the closing guidance, {count} are not yet marked as taken into account. Listen to, meet and value the participants.',
  },
  when: (a) => {
    const count = GUIDANCE.filter((g) => !a.guidance.acknowledged.includes(g.id)).length;
    return count > 0 && participationOrganised(a)
      ? [{ fields: ['guidance.acknowledged'], params: { count: { count, unit: 'point' as const } } }]
      : [];
  },
});

/** 611/2021 34 § 1 mom. (Kuntalaki 29 §): inform how one can take part in and influence the preparation. */
export const announcementRule = defineRule({
  id: 'participation-not-announced',
  description: {
    fi: 'Laukeaa, kun osallistumisen tapa on valittu, mutta ei ole kerrottu, miten osallistumismahdollisuudesta tiedotetaan.',
    sv: 'Utlöses när ett sätt att delta har valts men det inte anges hur möjligheten att delta meddelas.',
    en: 'Fires when a participation method is chosen but how the opportunity to take part is announced is not stated.',
  },
  severity: 'warning',
  kind: 'legalDuty',
  title: {
    fi: 'Osallistumismahdollisuudesta ei tiedoteta',
    sv: 'Möjligheten att delta meddelas inte',
    en: 'Opportunity to take part not announced',
  },
  legalBasis: [cite('communication')],
  message: {
    fi: 'Kerro, miten asukkaille ja palvelujen käyttäjille tiedotetaan, miten he voivat osallistua ja vaikuttaa asian valmisteluun.',
    sv: 'Berätta hur invånarna och serviceanvändarna får veta hur de kan delta i och påverka beredningen av ärendet.',
    en: 'Say how residents and service users are told how they can take part in and influence the preparation of the matter.',
  },
  when: (a) =>
    a.methods.length > 0 && isBlank(a.communication.announcement) && a.case.substantialImpact !== 'yes'
      ? [{ fields: ['communication.announcement'], params: {} }]
      : [],
});

/** Hallintolaki 41 § 2 mom.: when 41 § applies, the hearing is announced in a way suited to the matter. */
export const hearingAnnouncementRule = defineRule({
  id: 'hearing-not-announced',
  description: {
    fi: 'Laukeaa, kun päätöksellä voi olla huomattava vaikutus ihmisten oloihin ja osallistumisen tapa on valittu, mutta ei ole kerrottu, miten siitä tiedotetaan.',
    sv: 'Utlöses när beslutet kan ha betydande inverkan på människors förhållanden och ett sätt att delta har valts men det inte anges hur det meddelas.',
    en: 'Fires when the decision may substantially affect people’s conditions and a participation method is chosen, but how it is announced is not stated.',
  },
  severity: 'error',
  kind: 'legalDuty',
  title: {
    fi: 'Kuulemisesta ei tiedoteta',
    sv: 'Hörandet meddelas inte',
    en: 'Hearing not announced',
  },
  legalBasis: [LEGAL.administrativeHearingAnnouncement, cite('communication')],
  message: {
    fi: 'Päätöksellä voi olla huomattava vaikutus ihmisten oloihin, joten mahdollisuudesta lausua mielipide on tiedotettava asian merkitykseen ja laajuuteen nähden sopivalla tavalla. Kerro, miten siitä tiedotetaan.',
    sv: 'Beslutet kan ha betydande inverkan på människors förhållanden, så möjligheten att framföra sin åsikt ska meddelas på ett sätt som passar ärendets betydelse och omfattning. Berätta hur det meddelas.',
    en: 'The decision may substantially affect people’s conditions, so the chance to state an opinion must be announced in a way suited to the matter’s importance and reach. Say how it is announced.',
  },
  when: (a) =>
    a.methods.length > 0 && isBlank(a.communication.announcement) && a.case.substantialImpact === 'yes'
      ? [
          {
            fields: ['communication.announcement'],
            answers: [{ field: 'case.substantialImpact', value: 'yes' }],
            params: {},
          },
        ]
      : [],
});

export const COMMUNICATION_RULES = [reportBackRule, announcementRule, hearingAnnouncementRule, guidanceRule] as const;
