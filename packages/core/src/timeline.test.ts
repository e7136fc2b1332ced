import { describe, expect, it } from 'vitest';
import { assessmentTimeline } from './timeline.js';
import type { TimelineInput } from './timeline.js';

const dates = (opensOn: unknown, closesOn: unknown, meetingDate: unknown): TimelineInput => ({
  timing: { opensOn, closesOn },
  case: { meetingDate },
});
const minimums = { minimumParticipationDays: 14, minimumDaysBeforeMeeting: 21 };

describe('the timing part’s timeline', () => {
  it('shows enough time: the window, the days to process the results and the meeting, in one sentence', () => {
    const t = assessmentTimeline(dates('2027-01-11', '2027-02-07', '2027-03-15'), { locale: 'fi', minimums });
    expect(t.status).toBe('enough');
    expect(t.hint).toBeNull();
    expect(t.segments.map((s) => [s.kind, s.days, s.enough, s.label])).toEqual([
      ['participation', 28, true, 'Osallistuminen 28 pv'],
      ['processing', 36, true, 'Käsittely 36 pv'],
    ]);
    expect(t.segments[0]).toMatchObject({ start: 0, end: 27 / 63 });
    expect(t.segments[1]).toMatchObject({ start: 27 / 63, end: 1 });
    expect(t.markers.map((m) => m.label)).toEqual(['11.1.2027', '7.2.2027', 'Kokous 15.3.2027']);
    expect(t.sentence).toBe(
      'Aikajana: osallistuminen 11.1.2027–7.2.2027 (28 päivää), tulosten käsittelyyn 36 päivää ennen kokousta, kokous 15.3.2027. Aika riittää järjestäjän vähimmäisaikoihin nähden.',
    );
  });

  it('says when the window is too short and when too few days are left before the meeting', () => {
    const t = assessmentTimeline(dates('2027-03-01', '2027-03-07', '2027-03-15'), { locale: 'en', minimums });
    expect(t.status).toBe('short');
    expect(t.segments.map((s) => [s.kind, s.days, s.enough])).toEqual([
      ['participation', 7, false],
      ['processing', 8, false],
    ]);
    expect(t.sentence).toBe(
      'Timeline: participation 1.3.2027–7.3.2027 (7 days), 8 days to process the results before the meeting, meeting 15.3.2027. Participation is shorter than the organiser’s minimum of 14 days. Fewer than the 21 days that the organiser’s practice requires are left to process the results.',
    );
  });

  it('says when participation closes only after the meeting, with no processing segment', () => {
    const t = assessmentTimeline(dates('2027-03-01', '2027-03-31', '2027-03-15'), { locale: 'sv', minimums });
    expect(t.status).toBe('short');
    expect(t.segments.map((s) => s.kind)).toEqual(['participation']);
    expect(t.sentence).toContain('Deltagandet avslutas först efter sammanträdet.');
  });

  it('draws but does not judge without the organiser’s minimums or without the meeting', () => {
    expect(assessmentTimeline(dates('2027-01-11', '2027-02-07', '2027-03-15'), { locale: 'fi' }).status).toBe(
      'partial',
    );
    const noMeeting = assessmentTimeline(dates('2027-01-11', '2027-02-07', null), { locale: 'fi', minimums });
    expect(noMeeting.status).toBe('partial');
    expect(noMeeting.sentence).toBe('Aikajana: osallistuminen 11.1.2027–7.2.2027 (28 päivää).');
  });

  it('shows nothing but a hint while dates are missing or half typed', () => {
    for (const input of [
      dates(null, null, null),
      dates('2027-01-11', null, null),
      dates('2027-01-11', '7.2.', undefined),
      dates('2027-02-30', '2027-03-01', ''),
    ]) {
      const t = assessmentTimeline(input, { locale: 'fi', minimums });
      expect(t).toMatchObject({ status: 'missing', segments: [], markers: [], sentence: '' });
      expect(t.hint).toMatch(/^Aikajana näkyy tässä/);
    }
  });

  it('shows nothing but a hint when the dates are reversed', () => {
    const t = assessmentTimeline(dates('2027-02-07', '2027-01-11', '2027-03-15'), { locale: 'en', minimums });
    expect(t).toMatchObject({ status: 'reversed', segments: [], sentence: '' });
    expect(t.hint).toBe('The timeline shows once participation does not close before it opens.');
  });

  it('puts a single day in the middle of the axis', () => {
    const t = assessmentTimeline(dates('2027-03-15', '2027-03-15', '2027-03-15'), { locale: 'fi' });
    expect(t.markers.every((m) => m.at === 0.5)).toBe(true);
    expect(t.segments.map((s) => [s.kind, s.days])).toEqual([['participation', 1]]);
  });
});
