import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { EXAMPLES, WIDGET_TEXTS, createAssessment, fieldLabel } from '@osallisuusarvio/core';
import { hasAnswers } from './import-guard-state.js';
import { renderForm } from './test-utils.js';

const example = createAssessment(EXAMPLES['service-network'].assessment);
const slow = { timeout: 30_000 };

// Replacing a whole filled form re-renders every field: slow in jsdom on a loaded machine.
describe('opening a file: ask first only when answers would be replaced', { timeout: 90_000 }, () => {
  it('counts neither the appendix language nor a cleared field as an answer', () => {
    const blank = createAssessment();
    expect(hasAnswers(blank, blank)).toBe(false);
    expect(hasAnswers({ ...blank, case: { ...blank.case, language: 'sv' } }, blank)).toBe(false);
    expect(hasAnswers({ ...blank, timing: { ...blank.timing, opensOn: '' as never } }, blank)).toBe(false);
    expect(hasAnswers({ ...blank, case: { ...blank.case, title: 'x' } }, blank)).toBe(true);
    expect(hasAnswers(example, blank)).toBe(true);
  });

  it('opens a file into an empty form without asking, and offers undo', async () => {
    const { user } = renderForm({ locale: 'sv' });
    await user.upload(
      screen.getByLabelText(WIDGET_TEXTS.openFile.sv),
      new File([JSON.stringify(example)], 'arvio.json', { type: 'application/json' }),
    );
    await waitFor(
      () => expect(screen.getByLabelText(fieldLabel('case.title').sv)).toHaveValue(example.case.title),
      slow,
    );
    expect(screen.queryByRole('button', { name: WIDGET_TEXTS.importReplace.sv })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: WIDGET_TEXTS.undoImport.sv })).toHaveFocus();
  });

  it('asks before replacing typed answers; cancelling keeps them', async () => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText(fieldLabel('case.agendaItem').fi), '§ 4');
    await user.upload(
      screen.getByLabelText(WIDGET_TEXTS.openFile.fi),
      new File([JSON.stringify(example)], 'arvio.json', { type: 'application/json' }),
    );
    const cancel = await screen.findByRole('button', { name: WIDGET_TEXTS.cancel.fi }, slow);
    expect(cancel).toHaveFocus();
    await user.click(cancel);
    expect(screen.getByLabelText(fieldLabel('case.agendaItem').fi)).toHaveValue('§ 4');
    expect(screen.getByText(WIDGET_TEXTS.importCancelled.fi)).toHaveFocus();
  });
});
