import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { axe } from 'vitest-axe';
import { EXAMPLES, RESPONSE_TEXTS, SECTIONS, WIDGET_TEXTS, createAssessment } from '@osallisuusarvio/core';
import type { Assessment, Evaluation } from '@osallisuusarvio/core';
import { renderForm } from './test-utils.js';

const findings = () => screen.getByRole('region', { name: SECTIONS.findings.fi });
const answeredList = () => within(findings()).queryByRole('list', { name: RESPONSE_TEXTS.considered.fi });
const errors = () => within(findings()).queryByRole('list', { name: 'Virhe' });
const lastCall = (onChange: ReturnType<typeof vi.fn>) => onChange.mock.lastCall as [Assessment, Evaluation];

/** Nobody is asked and no reason given (an error of good practice), and an exclusion without a reason (a legal duty). */
const withFindings = () =>
  createAssessment({
    case: { title: 'Terveysasemien yhdistäminen' },
    invited: { deliberatelyExcluded: 'yes' },
  });

describe('answering a finding "considered, not followed"', () => {
  it('asks for a reason, moves the finding out of the errors, and the status follows', async () => {
    const onChange = vi.fn();
    const { user } = renderForm({ defaultValue: withFindings(), onChange });
    const item = within(errors()!)
      .getByText(/Osallistumista ei järjestetä eikä sitä ole perusteltu/)
      .closest('li')!;

    await user.click(within(item).getByRole('button', { name: RESPONSE_TEXTS.respond.fi }));
    const reason = within(item).getByRole('textbox', { name: RESPONSE_TEXTS.reasonLabel.fi });
    expect(reason).toHaveFocus();
    expect(reason).toBeRequired();

    // Without a reason nothing is saved, and the official is told why.
    await user.click(within(item).getByRole('button', { name: RESPONSE_TEXTS.save.fi }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(new RegExp(RESPONSE_TEXTS.reasonRequired.fi));
    expect(reason).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();

    await user.type(reason, 'Sisäinen työjärjestely, ei vaikuta asukkaisiin.');
    await user.click(within(item).getByRole('button', { name: RESPONSE_TEXTS.save.fi }));

    await waitFor(() => expect(answeredList()).not.toBeNull());
    const answered = within(answeredList()!)
      .getByText(/Osallistumista ei järjestetä/)
      .closest('li')!;
    expect(answered).toHaveTextContent('Sisäinen työjärjestely, ei vaikuta asukkaisiin.');
    expect(within(errors()!).queryByText(/Osallistumista ei järjestetä/)).toBeNull();
    // The focus followed the finding to its new place.
    expect(within(answered).getByRole('button', { name: RESPONSE_TEXTS.edit.fi })).toHaveFocus();

    const [assessment, evaluation] = lastCall(onChange);
    expect(assessment.responses).toEqual([
      {
        ruleId: 'no-participation-without-reason',
        field: 'methods',
        reason: 'Sisäinen työjärjestely, ei vaikuta asukkaisiin.',
        respondedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    const answeredFinding = evaluation.findings.find((f) => f.ruleId === 'no-participation-without-reason');
    expect(answeredFinding?.response?.reason).toBe('Sisäinen työjärjestely, ei vaikuta asukkaisiin.');
    // The legal duty still stands: the status is that of the exclusion, not of the answered error.
    expect(evaluation.status).toBe('breaksLegalDuty');
    expect(evaluation.counts.error).toBe(1);
    expect(within(findings()).getByRole('status')).toHaveTextContent('Virheitä 1');
    expect(within(findings()).getByRole('status')).toHaveTextContent('Harkittu, ei noudateta: 1.');
  });

  it('can edit the reason, cancel, and remove the mark, which brings the finding back', async () => {
    const onChange = vi.fn();
    const initiative = createAssessment(EXAMPLES.initiative.assessment);
    const { user } = renderForm({
      defaultValue: {
        ...initiative,
        responses: [
          {
            ruleId: 'money-without-budget-participation',
            field: 'methods',
            reason: 'Iltavastaanotto ei muuta talousarviota.',
            respondedOn: '2026-11-20',
          },
        ],
      },
      onChange,
    });
    const answered = within(answeredList()!)
      .getByText(/Raha rajaa päätöstä/)
      .closest('li')!;
    expect(answered).toHaveTextContent('merkitty 20.11.2026');
    expect(within(findings()).queryByRole('list', { name: 'Suositus' })).toBeNull();

    await user.click(within(answered).getByRole('button', { name: RESPONSE_TEXTS.edit.fi }));
    const reason = within(answered).getByRole('textbox', { name: RESPONSE_TEXTS.reasonLabel.fi });
    expect(reason).toHaveValue('Iltavastaanotto ei muuta talousarviota.');
    await user.type(reason, ' Lisätty.');
    await user.keyboard('{Escape}');
    expect(within(answered).getByRole('button', { name: RESPONSE_TEXTS.edit.fi })).toHaveFocus();
    expect(answered).toHaveTextContent('Iltavastaanotto ei muuta talousarviota.');
    expect(answered).not.toHaveTextContent('Lisätty.');

    await user.click(within(answered).getByRole('button', { name: RESPONSE_TEXTS.remove.fi }));
    await waitFor(() => expect(answeredList()).toBeNull());
    const open = within(within(findings()).getByRole('list', { name: 'Suositus' }))
      .getByText(/Raha rajaa päätöstä/)
      .closest('li')!;
    expect(within(open).getByRole('button', { name: RESPONSE_TEXTS.respond.fi })).toHaveFocus();
    const [assessment, evaluation] = lastCall(onChange);
    expect(assessment.responses).toEqual([]);
    expect(evaluation.counts.recommendation).toBe(1);
  });

  it('no longer stops the submission when the only error was good practice and is answered', async () => {
    const onSubmit = vi.fn();
    const responses = [{ ruleId: 'no-participation-without-reason', field: 'methods', reason: 'Sisäinen ohje.' }];
    const { user } = renderForm({ defaultValue: { ...createAssessment(), responses }, onSubmit });
    await user.click(screen.getByRole('button', { name: WIDGET_TEXTS.submit.fi }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [, evaluation] = onSubmit.mock.lastCall as [Assessment, Evaluation];
    expect(evaluation.counts.error).toBe(0);
    expect(screen.queryByRole('heading', { name: WIDGET_TEXTS.errorSummaryTitle.fi })).toBeNull();
  });

  it('offers no such control on a legal duty, and says why', () => {
    renderForm({ defaultValue: withFindings() });
    const duty = within(errors()!)
      .getByText(/Ulkopuolelle jättämistä ei ole perusteltu/)
      .closest('li')!;
    expect(within(duty).queryByRole('button', { name: RESPONSE_TEXTS.respond.fi })).toBeNull();
    expect(duty).toHaveTextContent(RESPONSE_TEXTS.legalDutyCannotBeSetAside.fi);
  });

  it('lets the official remove a mark that answers nothing any more', async () => {
    const onChange = vi.fn();
    const { user } = renderForm({
      defaultValue: {
        ...withFindings(),
        responses: [{ ruleId: 'dates-reversed', field: 'timing.opensOn', reason: 'x' }],
      },
      onChange,
    });
    const item = within(findings())
      .getByText(/Merkintä ei enää koske mitään havaintoa/)
      .closest('li')!;
    await user.click(within(item).getByRole('button', { name: RESPONSE_TEXTS.remove.fi }));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(lastCall(onChange)[0].responses).toEqual([]);
    await waitFor(() => expect(within(findings()).queryByText(/Merkintä ei enää koske/)).toBeNull());
  });

  it('has no axe violations with an answered finding whose reason is being edited', async () => {
    const { user, container } = renderForm({
      defaultValue: {
        ...withFindings(),
        responses: [{ ruleId: 'no-participation-without-reason', field: 'methods', reason: 'Ei koske.' }],
      },
    });
    await user.click(within(answeredList()!).getByRole('button', { name: RESPONSE_TEXTS.edit.fi }));
    expect(within(findings()).getByRole('textbox', { name: RESPONSE_TEXTS.reasonLabel.fi })).toHaveFocus();
    expect(await axe(container)).toHaveNoViolations();
  });
});
