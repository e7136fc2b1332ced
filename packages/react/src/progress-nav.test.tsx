import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import {
  CHECKLIST,
  EXAMPLES,
  FOLLOW_UP_TEXTS,
  PART_IDS,
  STEPPER_TEXTS,
  WIDGET_TEXTS,
  createAssessment,
  formatMessage,
} from '@osallisuusarvio/core';
import { renderForm } from './test-utils.js';

// An empty form: the timing, the outcomes and the consultations have nothing to answer yet, the follow-up is
// after the meeting, and the summary is not a part.
const EMPTY = ['timing', 'outcomes', 'consultations'];
const OPEN = PART_IDS.filter((p) => !EMPTY.includes(p)).length;
const nav = (name: string) => screen.getByRole('navigation', { name });

describe('the list of steps and the progress list', () => {
  it('is headed "Vaiheet" in the stepper and says in words how many steps are done, not a percentage', async () => {
    const { user, container } = renderForm({ layout: 'stepper' });
    const steps = nav(STEPPER_TEXTS.steps.fi);
    expect(within(steps).getByRole('heading', { level: 2 })).toHaveTextContent(/^Vaiheet$/);
    expect(steps).toHaveAccessibleDescription(`Valmiina 0/${OPEN} vaihetta`);
    expect(steps.textContent).not.toMatch(/%/);

    // Question 7 has one item: answering it makes its step done.
    await user.click(within(steps).getByRole('link', { name: `7. ${CHECKLIST[6].question.fi}` }));
    const shown = container.querySelector<HTMLElement>('[data-oa-step]:not([hidden])')!;
    await user.click(within(shown).getByLabelText('Kyllä, testataan'));
    await waitFor(() => expect(steps).toHaveAccessibleDescription(`Valmiina 1/${OPEN} vaihetta`));
  });

  it('does not call the follow-up done when it is opened with nothing written in it', async () => {
    // The meeting was yesterday, so the part after the decision is open.
    const { user } = renderForm({
      layout: 'stepper',
      today: '2026-12-01',
      defaultValue: createAssessment({ case: { meetingDate: '2026-11-30' } }),
    });
    const steps = nav(STEPPER_TEXTS.steps.fi);
    const link = within(steps).getByRole('link', { name: FOLLOW_UP_TEXTS.part.fi });
    await user.click(link);
    await waitFor(() => expect(link).toHaveAttribute('aria-current', 'step'));
    expect(link.closest('li')).toHaveTextContent(STEPPER_TEXTS.stateVisited.fi);
    expect(link.closest('li')).not.toHaveTextContent(STEPPER_TEXTS.stateDone.fi);
  });

  it('says when the follow-up opens, not "kesken", before the meeting and without a meeting date', () => {
    const { unmount } = renderForm({
      layout: 'stepper',
      today: '2026-12-01',
      defaultValue: createAssessment({ case: { meetingDate: '2027-03-15' } }),
    });
    const item = () =>
      within(nav(STEPPER_TEXTS.steps.fi)).getByRole('link', { name: FOLLOW_UP_TEXTS.part.fi }).closest('li')!;
    expect(item()).toHaveTextContent(formatMessage(FOLLOW_UP_TEXTS.opensAfter.fi, { date: '15.3.2027' }, 'fi'));
    expect(item()).not.toHaveTextContent(STEPPER_TEXTS.stateVisited.fi);
    expect(item()).not.toHaveTextContent(STEPPER_TEXTS.stateNotVisited.fi);
    unmount();
    renderForm({ layout: 'stepper', today: '2026-12-01' });
    expect(item()).toHaveTextContent(FOLLOW_UP_TEXTS.noMeetingDate.fi);
  });

  it('says it in Swedish and English too', () => {
    const { unmount } = renderForm({ layout: 'stepper', locale: 'sv' });
    const sv = nav(STEPPER_TEXTS.steps.sv);
    expect(within(sv).getByRole('heading', { level: 2 })).toHaveTextContent(/^Steg$/);
    expect(sv).toHaveAccessibleDescription(`Klart: 0 av ${OPEN} steg`);
    unmount();
    renderForm({ layout: 'stepper', locale: 'en' });
    expect(nav(STEPPER_TEXTS.steps.en)).toHaveAccessibleDescription(`0 of ${OPEN} steps done`);
  });

  it('counts a complete assessment opened from a file as done before any step is visited', () => {
    renderForm({ layout: 'stepper', defaultValue: EXAMPLES['service-network'].assessment });
    const steps = nav(STEPPER_TEXTS.steps.fi);
    // Every part but the consultations (no body applies to it) has answers.
    expect(steps).toHaveAccessibleDescription(`Valmiina ${PART_IDS.length - 1}/${PART_IDS.length - 1} vaihetta`);
    // …and each of those steps says so, opened or not; the consultations (nothing to answer) are not opened.
    expect(within(steps).getAllByText(STEPPER_TEXTS.stateDone.fi)).toHaveLength(PART_IDS.length - 1);
    expect(within(steps).getAllByText(STEPPER_TEXTS.stateNotVisited.fi).length).toBeGreaterThan(0);
  });

  it('on one page, is headed "Eteneminen" and counts the parts done of those with something to answer', async () => {
    const { user } = renderForm({ layout: 'single-page' });
    const progress = nav(WIDGET_TEXTS.progress.fi);
    expect(within(progress).getByRole('heading', { level: 2 })).toHaveTextContent(/^Eteneminen$/);
    expect(progress).toHaveAccessibleDescription(`Valmiina 0/${OPEN} osaa`);
    await user.click(screen.getByLabelText('Kyllä, testataan'));
    await waitFor(() => expect(progress).toHaveAccessibleDescription(`Valmiina 1/${OPEN} osaa`));
  });
});
