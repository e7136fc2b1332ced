import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CHECKLIST, STEPPER_TEXTS, WIDGET_TEXTS } from '@osallisuusarvio/core';
import type { Assessment, Evaluation } from '@osallisuusarvio/core';
import { ParticipationAssessmentForm } from './ParticipationAssessmentForm.js';
import { loadedEvaluate } from './evaluator.js';

// Not test-utils.js, which loads the evaluation and the later steps before its tests: this file is about the
// moment before they have come, as a page sees it on first paint. (One test: the chunks stay loaded after.)
describe('the first paint, before the evaluation and the later steps have loaded', () => {
  it('takes input at once, says the answers are being checked, and then shows findings and the next step', async () => {
    const onChange = vi.fn<(a: Assessment, e: Evaluation) => void>();
    const user = userEvent.setup();
    const { container } = render(<ParticipationAssessmentForm debounceMs={0} today="2026-11-23" onChange={onChange} />);
    expect(loadedEvaluate()).toBeUndefined();

    // The case part's fields work before anything has loaded.
    const title = container.querySelector<HTMLInputElement>('[name="case.title"]')!;
    expect(title).not.toBeDisabled();
    fireEvent.change(title, { target: { value: 'Terveysasemien yhdistäminen' } });
    expect(title).toHaveValue('Terveysasemien yhdistäminen');
    expect(loadedEvaluate()).toBeUndefined();

    // No "0 findings" and no progress before the evaluation has run: it says it is checking.
    expect(screen.getAllByText(WIDGET_TEXTS.checking.fi).length).toBeGreaterThan(0);
    expect(screen.queryByRole('navigation', { name: new RegExp(STEPPER_TEXTS.steps.fi) })).toBeNull();
    // The later steps keep their place with a fallback that says they load.
    expect(container.querySelector('[data-oa-step="affected"] [role="status"]')).toHaveTextContent(
      WIDGET_TEXTS.loadingPart.fi,
    );

    // Then the evaluation comes: progress, and the host hears of the edit with a real evaluation.
    expect(await screen.findByRole('navigation', { name: new RegExp(STEPPER_TEXTS.steps.fi) })).toBeVisible();
    expect(loadedEvaluate()).toBeDefined();
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const [value, evaluation] = onChange.mock.lastCall!;
    expect(value.case.title).toBe('Terveysasemien yhdistäminen');
    expect(evaluation.findings.length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.queryByText(WIDGET_TEXTS.checking.fi)).toBeNull());

    // A later step renders after Next, its fields in place of the fallback.
    await user.click(screen.getByRole('button', { name: STEPPER_TEXTS.next.fi }));
    expect(await screen.findByRole('group', { name: `1. ${CHECKLIST[0].question.fi}` })).toBeVisible();
    expect(screen.queryByText(WIDGET_TEXTS.loadingPart.fi)).toBeNull();
  });
});
