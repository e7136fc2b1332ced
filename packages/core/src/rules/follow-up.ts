import { cite } from '../legal-roles.js';
import { METHODS } from '../catalogues/methods.js';
import { labelOf } from '../catalogues/index.js';
import { bodyName, formatDate } from './helpers.js';
import { defineRule } from './types.js';

import type { RuleKind } from './types.js';

/**
 * After the meeting, a report back was promised ("yes" to "are participants told what came of their views?")
 * but the follow-up records no publication of it. 611/2021 34 § 1 mom. makes informing about decisions and
 * their effects a duty, so the promise is not only good manners.
 */
export const reportBackNotRecordedRule = defineRule({
  id: 'follow-up-report-back-not-recorded',
  kind: 'legalDuty',
  description: {
    fi: 'Laukeaa kokouspäivän jälkeen, kun arvioinnissa luvattiin kertoa osallistujille, mitä osallistumisesta seurasi, mutta jälkiseurantaan ei ole merkitty, milloin tieto julkaistiin.',
    sv: 'Utlöses efter sammanträdesdagen när bedömningen lovade att berätta för deltagarna vad deltagandet ledde till, men uppföljningen inte anger när informationen publicerades.',
    en: 'Fires after the meeting date when the assessment promised to tell participants what came of it, but the follow-up records no date on which this was published.',
  },
  severity: 'warning',
  title: {
    fi: 'Luvattua palautetta osallistujille ei ole kirjattu',
    sv: 'Den utlovade återkopplingen till deltagarna har inte registrerats',
    en: 'Promised report back not recorded',
  },
  legalBasis: [cite('communication')],
  message: {
    fi: 'Asia käsiteltiin {meeting}, ja osallistujille luvattiin kertoa, mitä osallistumisesta seurasi. Kirjaa, milloin, miten ja missä siitä kerrottiin.',
    sv: 'Ärendet behandlades {meeting}, och deltagarna lovades besked om vad deltagandet ledde till. Ange när, hur och var det meddelades.',
    en: 'The matter was decided on {meeting}, and participants were promised word of what came of it. Record when, how and where they were told.',
  },
  when: (a, { today }) => {
    const meeting = a.case.meetingDate;
    if (meeting === null || meeting >= today) return [];
    if (a.communication.reportsBack !== 'yes' || a.followUp.reportBack.publishedOn !== null) return [];
    return [
      {
        fields: ['followUp.reportBack.publishedOn'],
        answers: [
          { field: 'communication.reportsBack', value: 'yes' },
          { field: 'case.meetingDate', value: meeting },
        ],
        params: { meeting: formatDate(meeting) },
      },
    ];
  },
});

/** A method whose end date has passed but which is neither marked done nor followed up. */
export const methodStillPlannedRule = defineRule({
  id: 'follow-up-method-still-planned',
  kind: 'consistency',
  description: {
    fi: 'Laukeaa, kun osallistumistavan päättymispäivä on mennyt, mutta tapa on yhä merkitty suunnitelluksi eikä jälkiseurantaan ole merkitty, toteutuiko se.',
    sv: 'Utlöses när ett deltagandesätts slutdatum har passerat men sättet fortfarande är markerat som planerat och uppföljningen inte anger om det genomfördes.',
    en: 'Fires when a method’s end date has passed but it is still marked as planned and the follow-up does not say whether it took place.',
  },
  severity: 'warning',
  title: {
    fi: 'Osallistumistapa on yhä suunniteltu, vaikka se on päättynyt',
    sv: 'Deltagandesättet är fortfarande planerat fast det har avslutats',
    en: 'Method still planned after its end',
  },
  legalBasis: [],
  message: {
    fi: 'Osallistumistavan ”{method}” piti päättyä {end}, mutta se on yhä merkitty suunnitelluksi. Merkitse, toteutuiko se.',
    sv: 'Sättet ”{method}” skulle avslutas {end}, men det är fortfarande markerat som planerat. Ange om det genomfördes.',
    en: 'The method “{method}” was to end on {end}, but it is still marked as planned. Record whether it took place.',
  },
  when: (a, { today }) =>
    a.methods.flatMap((m, i) => {
      if (m.status !== 'planned' || m.end === null || m.end >= today) return [];
      const followed = a.followUp.methods.some((f) => f.row === i && f.done !== null);
      if (followed) return [];
      return [
        {
          fields: [`methods.${i}.status`] as const,
          answers: [
            { field: `methods.${i}.status` as const, value: m.status },
            { field: `methods.${i}.end` as const, value: m.end },
          ],
          // The catalogue's label, never the official's own name: messages take no free text.
          params: { method: labelOf(METHODS, m.method), end: formatDate(m.end) },
        },
      ];
    }),
});

/** A statement that arrived after the meeting could not shape the decision it was asked for. */
export const statementAfterMeetingRule = defineRule({
  id: 'follow-up-statement-after-meeting',
  kind: 'goodPractice',
  description: {
    fi: 'Laukeaa, kun vaikuttamistoimielimen tai lautakunnan lausunto on merkitty saaduksi vasta kokouspäivän jälkeen.',
    sv: 'Utlöses när ett påverkansorgans eller en nämnds utlåtande har registrerats som mottaget först efter sammanträdesdagen.',
    en: 'Fires when an influence body’s or committee’s statement is recorded as received after the meeting date.',
  },
  severity: 'warning',
  title: {
    fi: 'Lausunto saatiin vasta kokouksen jälkeen',
    sv: 'Utlåtandet kom först efter sammanträdet',
    en: 'Statement received after the meeting',
  },
  // The bodies' own sections, as the organiser's law numbers them (611/2021 32 §, Kuntalaki 26–28 §).
  legalBasis: [cite('youthCouncil'), cite('elderlyCouncil'), cite('disabilityCouncil')],
  message: {
    fi: '{body} antoi lausuntonsa {received}, mutta asia käsiteltiin jo {meeting}. Kerro, miten lausunto otetaan huomioon, ja pyydä lausunnot jatkossa ajoissa.',
    sv: '{body} lämnade sitt utlåtande {received}, men ärendet behandlades redan {meeting}. Berätta hur utlåtandet beaktas, och begär utlåtanden i tid framöver.',
    en: '{body} gave its statement on {received}, but the matter was decided on {meeting}. Say how it is taken into account, and ask for statements in time in future.',
  },
  when: (a, { region }) => {
    const meeting = a.case.meetingDate;
    if (meeting === null) return [];
    return a.consultations.flatMap((c, i) => {
      if (c.status !== 'statementReceived' || c.receivedOn === null || c.receivedOn <= meeting) return [];
      return [
        {
          fields: [`consultations.${i}.receivedOn`, 'case.meetingDate'] as const,
          answers: [
            { field: `consultations.${i}.receivedOn` as const, value: c.receivedOn },
            { field: 'case.meetingDate' as const, value: meeting },
          ],
          params: { body: bodyName(c.body, region), received: formatDate(c.receivedOn), meeting: formatDate(meeting) },
        },
      ];
    });
  },
});

export const FOLLOW_UP_RULES = [reportBackNotRecordedRule, methodStillPlannedRule, statementAfterMeetingRule] as const;

/**
 * The kind of each follow-up rule, for the lead to fold into the rules' own `kind` at merge.
 * - report back: 611/2021 34 § 1 mom. makes informing about decisions and their effects a duty.
 * - method still planned: no law asks for the record to be kept up to date; the record contradicts the
 *   calendar, so it is a consistency check.
 * - statement after the meeting: 32 § gives the bodies a chance to influence but sets no time limit and no
 *   form (a late statement may follow a hearing at the meeting), so a late statement is not by itself a
 *   breach: asking in time is good practice.
 */
export type FollowUpRuleId =
  | 'follow-up-report-back-not-recorded'
  | 'follow-up-method-still-planned'
  | 'follow-up-statement-after-meeting';

export const FOLLOW_UP_RULE_KINDS: Readonly<Record<FollowUpRuleId, RuleKind>> = {
  'follow-up-report-back-not-recorded': 'legalDuty',
  'follow-up-method-still-planned': 'consistency',
  'follow-up-statement-after-meeting': 'goodPractice',
};
