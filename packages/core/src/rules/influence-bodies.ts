import { LEGAL } from '../legal.js';
import { cite } from '../legal-roles.js';
import type { LegalBasis } from '../legal-roles.js';
import { BODIES } from '../catalogues/bodies.js';
import type { BodyId } from '../catalogues/bodies.js';
import type { GroupId } from '../catalogues/groups.js';
import type { LocalizedText } from '../i18n.js';
import type { Consultation } from '../schema.js';
import {
  bodyOfGroup,
  bodyRunningName,
  consultationsOf,
  daysBetween,
  formatDate,
  groupInSentence,
  groupLabel,
  isBlank,
  isConsulted,
  regionHasBody,
} from './helpers.js';
import { defineRule } from './types.js';
import type { FieldPath } from './types.js';

/**
 * The day a row's opportunity to influence counts from: the statement's due or received date, the day of the
 * request when no due date is given, or the day the body took part or was heard.
 */
export function opportunityDate(c: Consultation): { date: string; field: FieldPath } | null {
  const at = (key: 'dueOn' | 'receivedOn' | 'requestedOn' | 'participatedOn') => c[key];
  const pick = (keys: readonly ('dueOn' | 'receivedOn' | 'requestedOn' | 'participatedOn')[]) => {
    for (const k of keys) {
      const d = at(k);
      if (d !== null) return { date: d, key: k };
    }
    return null;
  };
  const found =
    c.status === 'requested'
      ? pick(['dueOn', 'requestedOn'])
      : c.status === 'statementReceived'
        ? pick(['receivedOn', 'dueOn', 'requestedOn'])
        : c.status === 'tookPartInPreparation' || c.status === 'heardAtMeeting'
          ? pick(['participatedOn'])
          : null;
  return found ? { date: found.date, field: found.key as FieldPath } : null;
}

/**
 * In time to shape the proposal: the opportunity's date no later than the meeting less the organiser's days
 * before the meeting. The rule below and the report's `inTime` count share this one test.
 */
export function opportunityInTime(date: string, meeting: string, minimumDaysBeforeMeeting: number): boolean {
  return daysBetween(date, meeting) >= minimumDaysBeforeMeeting;
}

/** A real opportunity is one that comes before the decision; a statement due after the meeting is not. */
function opportunityBeforeMeeting(c: Consultation, meeting: string | null): boolean {
  if (!isConsulted(c)) return false;
  const when = opportunityDate(c);
  return meeting === null || when === null || when.date <= meeting;
}

const NOT_NEEDED_CAVEAT: LocalizedText = {
  fi: 'Arvio, ettei kuulemista tarvita, on valmistelijan oma: toimielin voi itse katsoa asian merkittäväksi.',
  sv: 'Bedömningen att hörandet inte behövs är beredarens egen: organet kan självt anse ärendet betydelsefullt.',
  en: 'Judging that consultation is not needed is the preparer’s own view: the body may itself judge the matter significant.',
};

/**
 * 611/2021 32 § (Kuntalaki 26–28 §): the body "must be given the opportunity to influence" matters significant
 * for its group, in any form: a statement, taking part in preparation, being heard at its own meeting. A
 * recorded reason why it is not needed also silences the rule; the message says that the body may disagree.
 */
function bodyRule(id: string, group: GroupId, body: BodyId, legal: readonly LegalBasis[], title: LocalizedText) {
  const g = groupLabel(group);
  const b = BODIES.find((x) => x.id === body)!.running;
  return defineRule({
    id,
    severity: 'error',
    kind: 'legalDuty',
    title,
    description: {
      fi: `Laukeaa, kun päätös vaikuttaa ryhmään ”${g.fi}”, järjestäjällä on ${b.fi}, eikä sille ole annettu mahdollisuutta vaikuttaa ennen kokousta (lausuntopyyntö tai lausunto, osallistuminen valmisteluun tai kuuleminen sen kokouksessa), eikä kuulemista ole perustellusti merkitty tarpeettomaksi.`,
      sv: `Utlöses när beslutet påverkar gruppen ”${g.sv}”, organisatören har ${b.sv} och organet inte har getts möjlighet att påverka före sammanträdet (begäran om utlåtande eller utlåtande, deltagande i beredningen eller hörande vid dess sammanträde) och hörandet inte med motivering har markerats som att det inte behövs.`,
      en: `Fires when the decision affects “${g.en}”, the organiser has ${b.en}, and the body has not been given an opportunity to influence before the meeting (a request for a statement or a statement, taking part in preparation, or being heard at its meeting), nor has consulting it been marked as not needed with a reason.`,
    },
    legalBasis: legal,
    recommends: { consultations: [body] },
    message: {
      fi: 'Päätös vaikuttaa ryhmään {group}, mutta {body} ei ole saanut mahdollisuutta vaikuttaa asiaan ennen kokousta. Pyydä lausunto, ota toimielin mukaan valmisteluun tai sovi, että se kuullaan kokouksessaan. Jos arvioit, ettei asia ole sille merkittävä, kirjaa perustelu: toimielin voi silti itse katsoa asian merkittäväksi.',
      sv: 'Beslutet påverkar gruppen {group}, men {body} har inte getts möjlighet att påverka ärendet före sammanträdet. Begär ett utlåtande, ta med organet i beredningen eller kom överens om att det hörs vid sitt sammanträde. Om du bedömer att ärendet inte är betydelsefullt för organet, anteckna motiveringen: organet kan ändå självt anse ärendet betydelsefullt.',
      en: 'The decision affects {group}, but {body} has not been given an opportunity to influence the matter before the meeting. Request a statement, involve the body in preparation, or arrange for it to be heard at its meeting. If you judge the matter not significant for it, record your reason: the body may still judge the matter significant itself.',
    },
    when: (a, { organiser }) => {
      if (!a.affected.groups.includes(group) || !regionHasBody(body, organiser)) return [];
      const rows = consultationsOf(a, body);
      const meeting = a.case.meetingDate;
      const handled = rows.some(
        (c) => opportunityBeforeMeeting(c, meeting) || (c.status === 'notNeeded' && !isBlank(c.reason)),
      );
      if (handled) return [];
      return [
        {
          fields: ['affected.groups', 'consultations'],
          answers: [{ field: 'affected.groups', value: group }],
          params: { group: groupInSentence(group), body: bodyRunningName(body, organiser) },
        },
      ];
    },
  });
}

export const youthCouncilRule = bodyRule(
  'youth-council-not-consulted',
  'childrenAndYoung',
  'youthCouncil',
  [cite('youthCouncil')],
  {
    fi: 'Nuorisovaltuustolla ei ole ollut mahdollisuutta vaikuttaa',
    sv: 'Ungdomsfullmäktige har inte getts möjlighet att påverka',
    en: 'Youth council not given an opportunity to influence',
  },
);

export const elderlyCouncilRule = bodyRule(
  'elderly-council-not-consulted',
  'olderPeople',
  'elderlyCouncil',
  [cite('elderlyCouncil')],
  {
    fi: 'Vanhusneuvostolla ei ole ollut mahdollisuutta vaikuttaa',
    sv: 'Äldrerådet har inte getts möjlighet att påverka',
    en: 'Council for older people not given an opportunity to influence',
  },
);

export const disabilityCouncilRule = bodyRule(
  'disability-council-not-consulted',
  'personsWithDisabilities',
  'disabilityCouncil',
  [cite('disabilityCouncil'), LEGAL.crpdConsultation],
  {
    fi: 'Vammaisneuvostolla ei ole ollut mahdollisuutta vaikuttaa',
    sv: 'Rådet för personer med funktionsnedsättning har inte getts möjlighet att påverka',
    en: 'Disability council not given an opportunity to influence',
  },
);

/**
 * 611/2021 33 §: the language committees have *tasks* (to assess and state how decisions affect linguistic
 * rights), not a right to be consulted on each decision as 32 § gives the influence bodies. So: advice.
 */
function committeeRule(
  id: string,
  group: GroupId,
  body: 'nationalLanguageCommittee' | 'samiLanguageCommittee',
  title: LocalizedText,
) {
  const g = groupLabel(group);
  const b = BODIES.find((x) => x.id === body)!.running;
  return defineRule({
    id,
    severity: 'recommendation',
    kind: 'advice',
    title,
    description: {
      fi: `Laukeaa, kun päätös vaikuttaa ryhmään ”${g.fi}”, järjestäjällä on ${b.fi}, eikä sitä ole kuultu tai merkitty tarpeettomaksi. Lautakunnalla on lain mukaan tehtäviä, ei oikeutta tulla kuulluksi jokaisessa asiassa.`,
      sv: `Utlöses när beslutet påverkar gruppen ”${g.sv}”, organisatören har ${b.sv} och nämnden inte har hörts eller markerats som att det inte behövs. Lagen ger nämnden uppgifter, inte rätt att höras i varje ärende.`,
      en: `Fires when the decision affects “${g.en}”, the organiser has ${b.en}, and the committee has not been consulted or marked as not needed. The law gives the committee tasks, not a right to be consulted on each decision.`,
    },
    legalBasis: [cite(body)],
    recommends: { consultations: [body] },
    message: {
      fi: 'Päätös vaikuttaa ryhmään {group}. Harkitse, pyydätkö näkemystä toimielimeltä {body}: sen tehtävä on arvioida, miten päätökset vaikuttavat kielellisiin oikeuksiin.',
      sv: 'Beslutet påverkar gruppen {group}. Överväg att be {body} om dess syn: nämndens uppgift är att bedöma hur besluten påverkar de språkliga rättigheterna.',
      en: 'The decision affects {group}. Consider asking {body} for its view: its task is to assess how decisions affect linguistic rights.',
    },
    when: (a, { organiser }) => {
      if (!a.affected.groups.includes(group) || !regionHasBody(body, organiser)) return [];
      if (consultationsOf(a, body).some((c) => isConsulted(c) || c.status === 'notNeeded')) return [];
      return [
        {
          fields: ['affected.groups', 'consultations'],
          answers: [{ field: 'affected.groups', value: group }],
          params: { group: groupInSentence(group), body: bodyRunningName(body, organiser) },
        },
      ];
    },
  });
}

export const nationalLanguageCommitteeRule = committeeRule(
  'national-language-committee-not-consulted',
  'otherNationalLanguage',
  'nationalLanguageCommittee',
  {
    fi: 'Kansalliskielilautakunnan näkemystä ei ole pyydetty',
    sv: 'Nationalspråksnämnden har inte tillfrågats',
    en: 'National language committee not asked',
  },
);

export const samiLanguageCommitteeRule = committeeRule(
  'sami-language-committee-not-consulted',
  'sami',
  'samiLanguageCommittee',
  {
    fi: 'Saamen kielen lautakunnan näkemystä ei ole pyydetty',
    sv: 'Samiska språknämnden har inte tillfrågats',
    en: 'Sámi language committee not asked',
  },
);

export const consultationReasonRule = defineRule({
  id: 'consultation-reason-missing',
  description: {
    fi: 'Laukeaa jokaisesta toimielimestä, jonka kuuleminen on merkitty tarpeettomaksi ilman perustelua.',
    sv: 'Utlöses för varje organ vars hörande har markerats som att det inte behövs, utan motivering.',
    en: 'Fires for each body whose consultation is marked as not needed without a reason.',
  },
  severity: 'warning',
  kind: 'goodPractice',
  title: {
    fi: 'Perustelu puuttuu, miksi kuulemista ei tarvita',
    sv: 'Motivering saknas till varför hörande inte behövs',
    en: 'No reason why consultation is not needed',
  },
  legalBasis: [cite('youthCouncil'), cite('elderlyCouncil'), cite('disabilityCouncil')],
  message: {
    fi: 'Toimielimen kuuleminen on merkitty tarpeettomaksi ilman perustelua ({body}). Kerro, miksi asialla ei ole merkitystä sen edustamalle ryhmälle. Toimielin voi silti itse katsoa asian merkittäväksi.',
    sv: 'Hörandet av {body} har markerats som att det inte behövs, utan motivering. Berätta varför ärendet saknar betydelse för den grupp organet företräder. Organet kan ändå självt anse ärendet betydelsefullt.',
    en: 'Consulting {body} is marked as not needed without a reason. Say why the matter is not significant for the group it represents. The body may still judge the matter significant itself.',
  },
  when: (a, { organiser }) =>
    a.consultations.flatMap((c, i) =>
      c.status === 'notNeeded' && isBlank(c.reason)
        ? [
            {
              fields: [`consultations.${i}.reason` as const],
              answers: [{ field: `consultations.${i}.status` as const, value: c.status }],
              params: { body: bodyRunningName(c.body, organiser) },
            },
          ]
        : [],
    ),
});

/** A judgement that a body of an affected group need not be heard stays a judgement: say so, once per body. */
export const notNeededJudgementRule = defineRule({
  id: 'consultation-not-needed-judgement',
  description: {
    fi: 'Laukeaa tiedoksi, kun toimielimen ryhmään päätös vaikuttaa, mutta sen kuuleminen on perustellusti merkitty tarpeettomaksi.',
    sv: 'Utlöses för kännedom när beslutet påverkar organets grupp men hörandet med motivering har markerats som att det inte behövs.',
    en: 'Fires for information when the decision affects the body’s group but consulting it is marked as not needed, with a reason.',
  },
  severity: 'info',
  kind: 'advice',
  title: {
    fi: 'Kuuleminen arvioitu tarpeettomaksi',
    sv: 'Hörandet bedömt som onödigt',
    en: 'Consultation judged not needed',
  },
  legalBasis: [cite('youthCouncil'), cite('elderlyCouncil'), cite('disabilityCouncil')],
  message: {
    fi: `Olet arvioinut, ettei toimielintä tarvitse kuulla ({body}). ${NOT_NEEDED_CAVEAT.fi} Kerro sille asiasta ajoissa.`,
    sv: `Du har bedömt att {body} inte behöver höras. ${NOT_NEEDED_CAVEAT.sv} Informera organet om ärendet i tid.`,
    en: `You judged that {body} need not be consulted. ${NOT_NEEDED_CAVEAT.en} Tell it about the matter in time.`,
  },
  when: (a, { organiser }) =>
    a.consultations.flatMap((c, i) => {
      if (c.status !== 'notNeeded' || isBlank(c.reason) || !regionHasBody(c.body, organiser)) return [];
      const affected = a.affected.groups.some((g) => bodyOfGroup(g) === c.body);
      if (!affected || c.body === 'nationalLanguageCommittee' || c.body === 'samiLanguageCommittee') return [];
      return [
        {
          fields: [`consultations.${i}.reason` as const],
          answers: [{ field: `consultations.${i}.status` as const, value: c.status }],
          params: { body: bodyRunningName(c.body, organiser) },
        },
      ];
    }),
});

/**
 * The body's say must come early enough to shape the proposal: its date no later than the meeting less the
 * organiser's days before the meeting. The days are the organiser's policy; no statute sets them.
 */
export const consultationTooLateRule = defineRule({
  id: 'consultation-too-late',
  description: {
    fi: 'Laukeaa, kun lausunnon määräpäivä tai saapumispäivä, pyynnön päivä (jos määräpäivää ei ole) tai päivä, jona toimielin osallistui tai sitä kuultiin, on myöhemmin kuin kokouspäivä vähennettynä järjestäjän vähimmäisajalla ennen kokousta.',
    sv: 'Utlöses när utlåtandets sista dag eller ankomstdag, dagen för begäran (om ingen sista dag anges) eller dagen då organet deltog eller hördes infaller senare än sammanträdesdagen minus organisatörens minimitid före sammanträdet.',
    en: 'Fires when the statement’s due or received date, the date of the request (when no due date is given), or the date the body took part or was heard is later than the meeting date less the organiser’s days before the meeting.',
  },
  severity: 'warning',
  kind: 'goodPractice',
  title: {
    fi: 'Toimielimen kuuleminen on liian myöhään',
    sv: 'Organet hörs för sent',
    en: 'Body consulted too late',
  },
  legalBasis: [cite('youthCouncil'), cite('elderlyCouncil'), cite('disabilityCouncil')],
  message: {
    fi: 'Toimielimen kuuleminen ({body}) ajoittuu päivään {date}, mutta kokous on {meeting}; järjestäjän käytäntö on vähintään {minimum} ennen kokousta, jotta näkemys ehditään ottaa huomioon esityksessä.',
    sv: 'Hörandet av {body} infaller {date}, men sammanträdet är {meeting}; organisatörens praxis är minst {minimum} före sammanträdet, så att synpunkterna hinner beaktas i förslaget.',
    en: 'The consultation of {body} falls on {date}, but the meeting is on {meeting}; the organiser’s practice is at least {minimum} before the meeting, so that the view can be taken into account in the proposal.',
  },
  when: (a, { organiser }) => {
    const meeting = a.case.meetingDate;
    if (meeting === null) return [];
    const minimum = organiser.minimumDaysBeforeMeeting;
    return a.consultations.flatMap((c, i) => {
      const when = opportunityDate(c);
      if (when === null || opportunityInTime(when.date, meeting, minimum)) return [];
      const field = `consultations.${i}.${when.field as 'dueOn'}` as const;
      return [
        {
          fields: [field, 'case.meetingDate'] as const,
          answers: [
            { field, value: when.date },
            { field: 'case.meetingDate' as const, value: meeting },
          ],
          params: {
            body: bodyRunningName(c.body, organiser),
            date: formatDate(when.date),
            meeting: formatDate(meeting),
            minimum: { count: minimum, unit: 'day' as const },
          },
        },
      ];
    });
  },
});

export const consultationDetailsRule = defineRule({
  id: 'consultation-details-missing',
  description: {
    fi: 'Laukeaa, kun pyydetyltä tai saadulta lausunnolta puuttuu pyynnön päivämäärä, saadulta lausunnolta sen päivämäärä tai tiivistelmä, tai valmisteluun osallistumiselta tai kokouksessa kuulemiselta sen päivämäärä.',
    sv: 'Utlöses när ett begärt eller mottaget utlåtande saknar datum för begäran, ett mottaget utlåtande saknar datum eller sammanfattning, eller deltagandet i beredningen eller hörandet vid sammanträdet saknar datum.',
    en: 'Fires when a requested or received statement lacks the date of the request, a received statement lacks its date or summary, or taking part in preparation or being heard at a meeting lacks its date.',
  },
  severity: 'warning',
  kind: 'goodPractice',
  title: {
    fi: 'Kuulemisen tiedot puutteelliset',
    sv: 'Uppgifterna om hörandet är ofullständiga',
    en: 'Consultation details incomplete',
  },
  legalBasis: [],
  message: {
    fi: 'Toimielimen kuulemisesta ({body}) puuttuu {missing}.',
    sv: 'För hörandet av {body} saknas {missing}.',
    en: 'The consultation of {body} lacks {missing}.',
  },
  when: (a, { organiser }) =>
    a.consultations.flatMap((c, i) => {
      const missing: LocalizedText[] = [];
      const fields: FieldPath[] = [];
      if ((c.status === 'requested' || c.status === 'statementReceived') && c.requestedOn === null) {
        missing.push({ fi: 'pyynnön päivämäärä', sv: 'datum för begäran', en: 'the date of the request' });
        fields.push(`consultations.${i}.requestedOn`);
      }
      if (c.status === 'statementReceived' && c.receivedOn === null) {
        missing.push({ fi: 'lausunnon päivämäärä', sv: 'datum för utlåtandet', en: 'the date of the statement' });
        fields.push(`consultations.${i}.receivedOn`);
      }
      if (c.status === 'statementReceived' && isBlank(c.summary)) {
        missing.push({
          fi: 'lausunnon tiivistelmä',
          sv: 'en sammanfattning av utlåtandet',
          en: 'a summary of the statement',
        });
        fields.push(`consultations.${i}.summary`);
      }
      if ((c.status === 'tookPartInPreparation' || c.status === 'heardAtMeeting') && c.participatedOn === null) {
        missing.push({ fi: 'päivämäärä', sv: 'datum', en: 'the date' });
        fields.push(`consultations.${i}.participatedOn`);
      }
      if (missing.length === 0) return [];
      return [
        {
          fields,
          answers: [{ field: `consultations.${i}.status` as const, value: c.status ?? '' }],
          params: { body: bodyRunningName(c.body, organiser), missing },
        },
      ];
    }),
});

export const INFLUENCE_BODY_RULES = [
  youthCouncilRule,
  elderlyCouncilRule,
  disabilityCouncilRule,
  nationalLanguageCommitteeRule,
  samiLanguageCommitteeRule,
  consultationReasonRule,
  notNeededJudgementRule,
  consultationTooLateRule,
  consultationDetailsRule,
] as const;
