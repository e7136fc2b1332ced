import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { KYMENLAAKSO, assessmentTimeline, createAssessment, fieldLabel } from '@osallisuusarvio/core';
import type { AssessmentInput } from '@osallisuusarvio/core';
import { TimelineFigure } from './timeline.js';
import { renderForm } from './test-utils.js';

const minimums = { minimumParticipationDays: 14, minimumDaysBeforeMeeting: 21 };
const input = (opensOn: string | null, closesOn: string | null, meetingDate: string | null) => ({
  timing: { opensOn, closesOn },
  case: { meetingDate },
});
const figure = (opensOn: string | null, closesOn: string | null, meetingDate: string | null) =>
  render(
    <TimelineFigure timeline={assessmentTimeline(input(opensOn, closesOn, meetingDate), { locale: 'fi', minimums })} />,
  ).container;
/** The bars as drawn: class, x and width in percent of the figure. */
const bars = (root: Element) =>
  [...root.querySelectorAll('rect')].map((r) => [
    r.getAttribute('class'),
    r.getAttribute('x'),
    r.getAttribute('width'),
  ]);

describe('the timing part’s timeline', () => {
  it('draws enough time: the window, the processing days and the meeting, with the sentence beside it', () => {
    const root = figure('2027-01-11', '2027-02-07', '2027-03-15');
    expect(bars(root)).toEqual([
      ['oa-timeline-participation', '0.00%', '42.86%'],
      ['oa-timeline-processing', '42.86%', '57.14%'],
    ]);
    expect(root.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(root.querySelector('.oa-timeline-meeting-label')).toHaveTextContent('Kokous 15.3.2027');
    expect(root.querySelector('.oa-timeline-text')).toHaveTextContent(
      'Aikajana: osallistuminen 11.1.2027–7.2.2027 (28 päivää), tulosten käsittelyyn 36 päivää ennen kokousta, kokous 15.3.2027. Aika riittää järjestäjän vähimmäisaikoihin nähden.',
    );
    expect(root.querySelector('[data-timeline-status]')).toHaveAttribute('data-timeline-status', 'enough');
  });

  it('marks a window and a processing time that are too short, and says so', () => {
    const root = figure('2027-03-01', '2027-03-07', '2027-03-15');
    expect(bars(root).map(([c]) => c)).toEqual([
      'oa-timeline-participation oa-timeline-short',
      'oa-timeline-processing oa-timeline-short',
    ]);
    const text = root.querySelector('.oa-timeline-text')?.textContent ?? '';
    expect(text).toContain('Osallistumisaika on lyhyempi kuin järjestäjän vähimmäisaika 14 päivää.');
    expect(text).toContain('Tulosten käsittelyyn jää vähemmän kuin järjestäjän käytännön 21 päivää.');
  });

  it('shows nothing but a hint while dates are missing, never an error', () => {
    const root = figure('2027-03-01', null, null);
    expect(root.querySelector('svg')).toBeNull();
    expect(root.querySelector('[role="alert"], [aria-invalid]')).toBeNull();
    expect(root).toHaveTextContent(/^Aikajana näkyy tässä, kun kaksi kolmesta päivästä/);
  });

  it('shows nothing but a hint when participation closes before it opens', () => {
    const root = figure('2027-03-07', '2027-03-01', '2027-03-15');
    expect(root.querySelector('svg')).toBeNull();
    expect(root).toHaveTextContent('Aikajana näkyy, kun osallistumisen päättymispäivä ei ole ennen alkamispäivää.');
  });

  it('follows the dates as the official types them, and the region’s minimums', async () => {
    const value: AssessmentInput = createAssessment({
      case: { meetingDate: '2027-03-15' },
      timing: { opensOn: '2027-01-11' },
    });
    const { user, container } = renderForm({ defaultValue: value, region: KYMENLAAKSO });
    expect(container.querySelector('.oa-timeline-hint')).toBeNull(); // two dates: drawn
    expect(container.querySelector('.oa-timeline-text')).toHaveTextContent('Aikajana: kokous 15.3.2027.');
    const closes = screen.getByRole('textbox', { name: fieldLabel('timing.closesOn').fi });
    await user.type(closes, '7.2.');
    // Half typed: still the last drawing, no error.
    expect(container.querySelector('.oa-timeline-text')).toHaveTextContent('Aikajana: kokous 15.3.2027.');
    await user.type(closes, '2027');
    await waitFor(() =>
      expect(container.querySelector('.oa-timeline-text')).toHaveTextContent(
        assessmentTimeline(input('2027-01-11', '2027-02-07', '2027-03-15'), { locale: 'fi', minimums: KYMENLAAKSO })
          .sentence,
      ),
    );
  });
});
