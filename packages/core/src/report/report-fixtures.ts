/**
 * The report's fixture set, shared by the core and CLI tests (not exported from the package): 36 assessments,
 * one per organiser (3) × deciding body (3) × quarter of 2026 (4), with features that follow the indexes so
 * that every count can be worked out by hand (the tests write the counts out, they do not compute them).
 */
import { createAssessment } from '../schema.js';
import type { Assessment, AssessmentInput } from '../schema.js';

export const REPORT_TODAY = '2026-12-31';
export const ORGANISERS = ['kymenlaakso', 'bilingual-example', 'generic'] as const;
export const DECIDING_BODIES = [
  { kind: 'regionalExecutive', name: 'Aluehallitus' },
  { kind: 'committee', name: 'Turvallisuus- ja valmiuslautakunta' },
  { kind: 'officeHolder', name: 'Palvelujohtaja' },
] as const;
export const MEETINGS = ['2026-02-10', '2026-05-12', '2026-08-18', '2026-11-10'] as const;

const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * - org 0 (kymenlaakso): the elderly council's statement, received 10 days before the meeting, but 5 days
 *   after it in Q2; older people affected.
 * - org 1: the youth council asked for a statement 20 days before the meeting (none received yet), due 3 days
 *   before it in Q4 (late: the generic profile wants 7); in Q2 and Q4 participation open 6 days.
 * - org 2, regional executive: the disability council took part in the preparation 15 days before the meeting
 *   (Q1, Q2), 3 days before (Q3, late) or on a day not recorded (Q4); the youth council was heard at its
 *   meeting 7 days before (Q1, Q2: exactly in time) or 6 days before (Q3, Q4: late).
 * - org 2, committee: the disability council judged not needed.
 * - Q1 and Q3: an opinion survey, done, open 21 days; residents invited.
 * - the regional executive: discussion events, still "planned" though they ended 30 days before the meeting.
 * - office holder: organisations invited.
 * - index % 3 = 0: report back promised; index % 12 = 0: and published.
 * - no participation: org 2, committee and office holder, Q2 and Q4 (4); a reason for the committee's (2).
 * - residents affected in all.
 */
export function reportFixture(org: number, body: number, q: number): Assessment {
  const index = org * 12 + body * 4 + q;
  const meeting = MEETINGS[q]!;
  const input: AssessmentInput = {
    organiser: { id: ORGANISERS[org]!, profileVersion: null },
    case: { title: `Asia ${index}`, meetingDate: meeting, decidingBody: DECIDING_BODIES[body]! },
    affected: { groups: org === 0 ? ['residents', 'olderPeople'] : ['residents'] },
    invited: {
      groups: [...(q % 2 === 0 ? (['residents'] as const) : []), ...(body === 2 ? (['organisations'] as const) : [])],
    },
    methods: [
      ...(q % 2 === 0
        ? [{ method: 'opinionSurvey' as const, what: 'Kysely', end: shift(meeting, -20), status: 'done' as const }]
        : []),
      ...(body === 0 ? [{ method: 'discussionEvents' as const, what: 'Tilaisuus', end: shift(meeting, -30) }] : []),
    ],
    consultations: [
      ...(org === 0
        ? [
            {
              body: 'elderlyCouncil' as const,
              status: 'statementReceived' as const,
              requestedOn: shift(meeting, -30),
              receivedOn: shift(meeting, q === 1 ? 5 : -10),
              summary: 'Lausunto',
            },
          ]
        : []),
      ...(org === 1
        ? [
            {
              body: 'youthCouncil' as const,
              status: 'requested' as const,
              requestedOn: shift(meeting, -20),
              ...(q === 3 ? { dueOn: shift(meeting, -3) } : {}),
            },
          ]
        : []),
      ...(org === 2 && body === 0
        ? [
            {
              body: 'disabilityCouncil' as const,
              status: 'tookPartInPreparation' as const,
              participatedOn: q === 3 ? null : shift(meeting, q === 2 ? -3 : -15),
            },
            {
              body: 'youthCouncil' as const,
              status: 'heardAtMeeting' as const,
              participatedOn: shift(meeting, q < 2 ? -7 : -6),
            },
          ]
        : []),
      ...(org === 2 && body === 1
        ? [{ body: 'disabilityCouncil' as const, status: 'notNeeded' as const, reason: 'Ei koske' }]
        : []),
    ],
    timing:
      q % 2 === 0
        ? { opensOn: shift(meeting, -40), closesOn: shift(meeting, -20) }
        : org === 1
          ? { opensOn: shift(meeting, -40), closesOn: shift(meeting, -35) }
          : {},
    communication: index % 3 === 0 ? { reportsBack: 'yes', reportBackHow: 'Verkkosivuilla' } : {},
    conclusion: org === 2 && body === 1 ? { noParticipationReason: 'Sisäinen järjestely' } : {},
    followUp: index % 12 === 0 ? { reportBack: { publishedOn: shift(meeting, 14), where: 'Verkkosivut' } } : {},
  };
  return createAssessment(input);
}

export function reportFixtures(): Assessment[] {
  const out: Assessment[] = [];
  for (let org = 0; org < 3; org++)
    for (let body = 0; body < 3; body++) for (let q = 0; q < 4; q++) out.push(reportFixture(org, body, q));
  return out;
}
