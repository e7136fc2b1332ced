import { describe, expect, it } from 'vitest';
import { BILINGUAL_EXAMPLE_REGION, GENERIC_REGION, KYMENLAAKSO } from '../regions.js';
import type { RegionProfile } from '../regions.js';
import { example, findingsOf, hitsOf, HOST_REGION, make, organised } from '../test-fixtures.js';
import {
  closesAfterMeetingRule,
  datesReversedRule,
  lateOnlyRule,
  notEnoughTimeRule,
  tooCloseToMeetingRule,
  tooShortRule,
} from './timing.js';

const SHIPPED = [GENERIC_REGION, KYMENLAAKSO, BILINGUAL_EXAMPLE_REGION];

describe('participation-closes-after-meeting', () => {
  it('fires when participation closes after the meeting, with Finnish-style dates', () => {
    const a = make({ case: { meetingDate: '2027-03-15' }, timing: { opensOn: '2027-02-01', closesOn: '2027-03-20' } });
    const hits = hitsOf(closesAfterMeetingRule, a);
    expect(hits).toEqual([
      {
        fields: ['timing.closesOn', 'case.meetingDate'],
        answers: [
          { field: 'timing.closesOn', value: '2027-03-20' },
          { field: 'case.meetingDate', value: '2027-03-15' },
        ],
        params: { closes: '20.3.2027', meeting: '15.3.2027' },
      },
    ]);
    const [f] = findingsOf(a, 'participation-closes-after-meeting');
    expect(f!.severity).toBe('error');
    expect(f!.message.en).toContain('closes on 20.3.2027, but the matter is decided on 15.3.2027');
  });

  it('fires for a before-decision method ending after the meeting, at its row', () => {
    const a = make({
      case: { meetingDate: '2027-03-15' },
      methods: [
        { method: 'coDesign', what: 'x', end: '2027-05-01' },
        { method: 'opinionSurvey', what: 'y', end: '2027-03-16' },
      ],
    });
    const hits = hitsOf(closesAfterMeetingRule, a);
    expect(hits.map((h) => h.fields)).toEqual([['methods.1.end', 'case.meetingDate']]);
    expect(hits[0]!.params.closes).toBe('16.3.2027');
  });

  it('does not fire for methods meant for after the decision (co-design, own initiative)', () => {
    const a = make({
      case: { meetingDate: '2027-03-15' },
      methods: [
        { method: 'coDesign', what: 'x', end: '2027-05-01' },
        { method: 'ownInitiative', what: 'z', end: '2027-06-01' },
      ],
    });
    expect(hitsOf(closesAfterMeetingRule, a)).toEqual([]);
  });

  it('does not fire when participation closes on or before the meeting day, or there is no meeting date', () => {
    expect(
      hitsOf(closesAfterMeetingRule, make({ case: { meetingDate: '2027-03-15' }, timing: { closesOn: '2027-03-15' } })),
    ).toEqual([]);
    expect(hitsOf(closesAfterMeetingRule, make({ timing: { closesOn: '2027-03-15' } }))).toEqual([]);
    expect(hitsOf(closesAfterMeetingRule, example('service-network'))).toEqual([]);
  });
});

describe('participation-too-short', () => {
  const period = (opensOn: string, closesOn: string) => make({ timing: { opensOn, closesOn } });

  it.each(SHIPPED)('fires in $id for 13 days (first and last day counted) against the 14-day minimum', (region) => {
    const a = period('2027-01-01', '2027-01-13');
    const hits = hitsOf(tooShortRule, a, region);
    expect(hits).toEqual([
      {
        fields: ['timing.opensOn', 'timing.closesOn'],
        answers: [
          { field: 'timing.opensOn', value: '2027-01-01' },
          { field: 'timing.closesOn', value: '2027-01-13' },
        ],
        params: { days: { count: 13, unit: 'day' }, minimum: { count: 14, unit: 'day' } },
      },
    ]);
    expect(findingsOf(a, 'participation-too-short', region)[0]!.message.en).toBe(
      'Participation is open for 13\u00a0days; the organiser’s own minimum is 14\u00a0days. Is there enough time to influence?',
    );
  });

  it.each(SHIPPED)('does not fire in $id for exactly 14 days', (region) => {
    expect(hitsOf(tooShortRule, period('2027-01-01', '2027-01-14'), region)).toEqual([]);
  });

  it('follows a host region’s own minimum', () => {
    expect(hitsOf(tooShortRule, period('2027-01-01', '2027-01-14'), HOST_REGION)[0]!.params).toEqual({
      days: { count: 14, unit: 'day' },
      minimum: { count: 30, unit: 'day' },
    });
    expect(hitsOf(tooShortRule, period('2027-01-01', '2027-01-30'), HOST_REGION)).toEqual([]);
    const lenient: RegionProfile = { ...GENERIC_REGION, id: 'lenient', minimumParticipationDays: 5 };
    expect(hitsOf(tooShortRule, period('2027-01-01', '2027-01-05'), lenient)).toEqual([]);
    expect(hitsOf(tooShortRule, period('2027-01-01', '2027-01-04'), lenient)[0]!.params).toEqual({
      days: { count: 4, unit: 'day' },
      minimum: { count: 5, unit: 'day' },
    });
  });

  it('counts across a month and leap day correctly', () => {
    expect(hitsOf(tooShortRule, period('2028-02-20', '2028-03-03'))[0]!.params.days).toEqual({
      count: 13,
      unit: 'day',
    });
  });

  it('does not fire when a date is missing or the dates are reversed', () => {
    expect(hitsOf(tooShortRule, make({ timing: { opensOn: '2027-01-01' } }))).toEqual([]);
    expect(hitsOf(tooShortRule, period('2027-01-10', '2027-01-01'))).toEqual([]);
  });
});

describe('too-little-time-before-meeting', () => {
  const closing = (closesOn: string) => make({ case: { meetingDate: '2027-03-15' }, timing: { closesOn } });

  it.each(SHIPPED)('fires in $id with 5 days to process results against 7', (region) => {
    const hits = hitsOf(tooCloseToMeetingRule, closing('2027-03-10'), region);
    expect(hits).toEqual([
      {
        fields: ['timing.closesOn', 'case.meetingDate'],
        answers: [
          { field: 'timing.closesOn', value: '2027-03-10' },
          { field: 'case.meetingDate', value: '2027-03-15' },
        ],
        params: { days: { count: 5, unit: 'day' }, minimum: { count: 7, unit: 'day' } },
      },
    ]);
    expect(findingsOf(closing('2027-03-10'), 'too-little-time-before-meeting', region)[0]!.severity).toBe('warning');
  });

  it('fires with 0 days when participation closes on the meeting day', () => {
    expect(hitsOf(tooCloseToMeetingRule, closing('2027-03-15'))[0]!.params.days).toEqual({ count: 0, unit: 'day' });
  });

  it.each(SHIPPED)('does not fire in $id with exactly 7 days', (region) => {
    expect(hitsOf(tooCloseToMeetingRule, closing('2027-03-08'), region)).toEqual([]);
  });

  it('follows a host region’s own minimum', () => {
    expect(hitsOf(tooCloseToMeetingRule, closing('2027-03-01'), HOST_REGION)[0]!.params).toEqual({
      days: { count: 14, unit: 'day' },
      minimum: { count: 21, unit: 'day' },
    });
    expect(hitsOf(tooCloseToMeetingRule, closing('2027-02-22'), HOST_REGION)).toEqual([]);
  });

  it('does not fire when participation closes after the meeting (another rule) or a date is missing', () => {
    expect(hitsOf(tooCloseToMeetingRule, closing('2027-03-16'))).toEqual([]);
    expect(hitsOf(tooCloseToMeetingRule, make({ timing: { closesOn: '2027-03-10' } }))).toEqual([]);
  });
});

describe('dates-reversed', () => {
  it('fires when participation closes before it opens', () => {
    const a = make({ timing: { opensOn: '2027-02-01', closesOn: '2027-01-15' } });
    expect(hitsOf(datesReversedRule, a)).toEqual([
      {
        fields: ['timing.opensOn', 'timing.closesOn'],
        answers: [
          { field: 'timing.opensOn', value: '2027-02-01' },
          { field: 'timing.closesOn', value: '2027-01-15' },
        ],
        params: { start: '1.2.2027', end: '15.1.2027' },
      },
    ]);
    const [f] = findingsOf(a, 'dates-reversed');
    expect(f!.severity).toBe('error');
    expect(f!.message.fi).toBe('Päättymispäivä 15.1.2027 on ennen alkamispäivää 1.2.2027.');
  });

  it('fires for a method row with reversed dates', () => {
    const a = make({
      methods: [
        { method: 'coDesign', what: 'x', start: '2027-01-01', end: '2027-01-31' },
        { method: 'opinionSurvey', what: 'y', start: '2027-03-01', end: '2027-02-28' },
      ],
    });
    expect(hitsOf(datesReversedRule, a).map((h) => h.fields)).toEqual([['methods.1.start', 'methods.1.end']]);
  });

  it('does not fire for equal, ordered or missing dates', () => {
    expect(hitsOf(datesReversedRule, make({ timing: { opensOn: '2027-02-01', closesOn: '2027-02-01' } }))).toEqual([]);
    expect(
      hitsOf(
        datesReversedRule,
        make({ timing: { closesOn: '2027-02-01' }, methods: [{ method: 'coDesign', start: '2027-01-01' }] }),
      ),
    ).toEqual([]);
    expect(hitsOf(datesReversedRule, example('budget'))).toEqual([]);
  });
});

describe('not-enough-time-unexplained', () => {
  it('fires when the answer is no and no reason is given', () => {
    const a = make({ timing: { enoughTime: 'no', enoughTimeReason: ' ' } });
    expect(hitsOf(notEnoughTimeRule, a)).toEqual([
      { fields: ['timing.enoughTimeReason'], answers: [{ field: 'timing.enoughTime', value: 'no' }], params: {} },
    ]);
    expect(findingsOf(a, 'not-enough-time-unexplained')[0]!.severity).toBe('warning');
  });

  it('does not fire when the reason is given or the answer is not no', () => {
    expect(
      hitsOf(notEnoughTimeRule, make({ timing: { enoughTime: 'no', enoughTimeReason: 'Lakisääteinen määräaika.' } })),
    ).toEqual([]);
    expect(hitsOf(notEnoughTimeRule, make({ timing: { enoughTime: 'unsure' } }))).toEqual([]);
    expect(hitsOf(notEnoughTimeRule, make({ timing: { enoughTime: 'yes' } }))).toEqual([]);
  });
});

describe('participation-only-after-decision', () => {
  it('fires when participation is only in implementation or follow-up', () => {
    const a = organised({ timing: { phases: ['implementation', 'followUp'] } });
    expect(hitsOf(lateOnlyRule, a)).toEqual([
      {
        fields: ['timing.phases'],
        answers: [
          { field: 'timing.phases', value: 'implementation' },
          { field: 'timing.phases', value: 'followUp' },
        ],
        params: {},
      },
    ]);
    expect(findingsOf(a, 'participation-only-after-decision')[0]!.severity).toBe('warning');
  });

  it.each(['needs', 'alternatives', 'draftProposal'] as const)('does not fire when %s is included', (early) => {
    expect(hitsOf(lateOnlyRule, organised({ timing: { phases: ['implementation', early] } }))).toEqual([]);
  });

  it('does not fire without phases or without participation', () => {
    expect(hitsOf(lateOnlyRule, organised())).toEqual([]);
    expect(hitsOf(lateOnlyRule, make({ timing: { phases: ['followUp'] } }))).toEqual([]);
  });
});
