import { describe, expect, it } from 'vitest';
import { TODAY, findingsOf, hitsOf, make, organised } from '../test-fixtures.js';
import { RULES } from './index.js';
import {
  FOLLOW_UP_RULES,
  FOLLOW_UP_RULE_KINDS,
  methodStillPlannedRule,
  reportBackNotRecordedRule,
  statementAfterMeetingRule,
} from './follow-up.js';

// TODAY is 2026-11-23.
const PAST = '2026-11-10';
const FUTURE = '2026-12-10';

describe('follow-up-report-back-not-recorded', () => {
  const promised = (meetingDate: string | null) =>
    organised({ case: { meetingDate }, communication: { reportsBack: 'yes', reportBackHow: 'Verkkosivuilla' } });

  it('fires after the meeting when a report back was promised and none is recorded', () => {
    const hits = hitsOf(reportBackNotRecordedRule, promised(PAST));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['followUp.reportBack.publishedOn']);
    const [f] = findingsOf(promised(PAST), 'follow-up-report-back-not-recorded');
    expect(f!.severity).toBe('warning');
    expect(f!.legalBasis.map((l) => `${l.section} ${l.subsection}`)).toEqual(['34 § 1 mom.']);
    expect(f!.message.fi).toContain('10.11.2026');
  });

  it('stays quiet once the publication is recorded', () => {
    const a = promised(PAST);
    a.followUp.reportBack.publishedOn = '2026-11-20';
    expect(hitsOf(reportBackNotRecordedRule, a)).toEqual([]);
  });

  it('stays quiet before and on the meeting day', () => {
    expect(hitsOf(reportBackNotRecordedRule, promised(FUTURE))).toEqual([]);
    expect(hitsOf(reportBackNotRecordedRule, promised(TODAY))).toEqual([]);
    expect(hitsOf(reportBackNotRecordedRule, promised(null))).toEqual([]);
  });

  it.each(['no', 'unsure', null] as const)('stays quiet when the report back was not promised (%s)', (reportsBack) => {
    expect(
      hitsOf(reportBackNotRecordedRule, organised({ case: { meetingDate: PAST }, communication: { reportsBack } })),
    ).toEqual([]);
  });
});

describe('follow-up-method-still-planned', () => {
  it('fires for a planned method whose end date has passed, naming the method', () => {
    const a = make({ methods: [{ method: 'opinionSurvey', end: PAST }] });
    const hits = hitsOf(methodStillPlannedRule, a);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['methods.0.status']);
    const [f] = findingsOf(a, 'follow-up-method-still-planned');
    expect(f!.message.en).toContain('Finding out the views of residents and service users');
    expect(f!.message.en).toContain('10.11.2026');
  });

  it('points at the right row and names a method outside the list by its catalogue label, not free text', () => {
    const a = make({
      methods: [
        { method: 'discussionEvents', end: FUTURE },
        { method: 'otherMethod', name: 'Kävelykierros', end: PAST },
      ],
    });
    const hits = hitsOf(methodStillPlannedRule, a);
    expect(hits.map((h) => h.fields)).toEqual([['methods.1.status']]);
    const [f] = findingsOf(a, 'follow-up-method-still-planned');
    expect(f!.message.fi).not.toContain('Kävelykierros');
    expect(f!.message.fi).toMatch(/^Osallistumistavan ”[^”]+” piti päättyä 10\.11\.2026/);
  });

  it('stays quiet when the method is done, has not ended, has no end, or the follow-up says whether it took place', () => {
    expect(
      hitsOf(methodStillPlannedRule, make({ methods: [{ method: 'opinionSurvey', end: PAST, status: 'done' }] })),
    ).toEqual([]);
    expect(hitsOf(methodStillPlannedRule, make({ methods: [{ method: 'opinionSurvey', end: TODAY }] }))).toEqual([]);
    expect(hitsOf(methodStillPlannedRule, make({ methods: [{ method: 'opinionSurvey' }] }))).toEqual([]);
    const followed = make({
      methods: [{ method: 'opinionSurvey', end: PAST }],
      followUp: { methods: [{ row: 0, done: 'no', why: 'Kysely peruttiin' }] },
    });
    expect(hitsOf(methodStillPlannedRule, followed)).toEqual([]);
  });

  it('still fires when the follow-up row is for another method or leaves "done" open', () => {
    const a = make({
      methods: [{ method: 'opinionSurvey', end: PAST }],
      followUp: { methods: [{ row: 1, done: 'yes' }, { row: 0 }] },
    });
    expect(hitsOf(methodStillPlannedRule, a)).toHaveLength(1);
  });
});

describe('follow-up-statement-after-meeting', () => {
  const withStatement = (receivedOn: string | null, status: 'statementReceived' | 'requested' = 'statementReceived') =>
    make({
      case: { meetingDate: '2026-11-10' },
      consultations: [
        { body: 'youthCouncil', status: 'statementReceived', receivedOn: '2026-11-01', summary: 'Kannattaa' },
        { body: 'elderlyCouncil', status, receivedOn, summary: 'Vastustaa' },
      ],
    });

  it('fires for a statement received after the meeting, naming the body', () => {
    const hits = hitsOf(statementAfterMeetingRule, withStatement('2026-11-12'));
    expect(hits.map((h) => h.fields)).toEqual([['consultations.1.receivedOn', 'case.meetingDate']]);
    const [f] = findingsOf(withStatement('2026-11-12'), 'follow-up-statement-after-meeting');
    expect(f!.message.fi).toContain('Vanhusneuvosto antoi lausuntonsa');
    expect(f!.message.fi).toContain('12.11.2026');
  });

  it('stays quiet for a statement received before or on the meeting day, or not received', () => {
    expect(hitsOf(statementAfterMeetingRule, withStatement('2026-11-10'))).toEqual([]);
    expect(hitsOf(statementAfterMeetingRule, withStatement(null))).toEqual([]);
    expect(hitsOf(statementAfterMeetingRule, withStatement('2026-11-12', 'requested'))).toEqual([]);
    const noMeeting = withStatement('2026-11-12');
    noMeeting.case.meetingDate = null;
    expect(hitsOf(statementAfterMeetingRule, noMeeting)).toEqual([]);
  });
});

describe('FOLLOW_UP_RULE_KINDS', () => {
  it('gives every follow-up rule a kind, and the report back is a legal duty', () => {
    expect(Object.keys(FOLLOW_UP_RULE_KINDS).sort()).toEqual(FOLLOW_UP_RULES.map((r) => r.id).sort());
    expect(FOLLOW_UP_RULE_KINDS['follow-up-report-back-not-recorded']).toBe('legalDuty');
  });

  it('registers the follow-up rules among the built-in rules', () => {
    for (const rule of FOLLOW_UP_RULES) expect(RULES).toContain(rule);
  });
});
