import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { fieldLabel, SECTIONS } from '@osallisuusarvio/core';
import { renderLog } from './test-render-probe.js';
import { renderForm } from './test-utils.js';

describe('rendering while the official types', () => {
  it('re-renders no field, section or question while typing; the evaluation updates only its subscribers', async () => {
    const { user } = renderForm({ debounceMs: 50 });
    const title = screen.getByLabelText(fieldLabel('case.title').fi);
    renderLog.length = 0;
    await user.type(title, 'Uusi');
    const whileTyping = renderLog.flat();
    // Uncontrolled inputs: a keystroke commits nothing in React.
    expect(whileTyping).toEqual([]);

    await waitFor(() => expect(renderLog.length).toBeGreaterThan(0));
    const afterDebounce = new Set(renderLog.flat());
    for (const name of [
      'TextField',
      'SelectField',
      'ChoiceGroup',
      'Question',
      'Part',
      'CaseSection',
      'ParticipationAssessmentForm',
    ]) {
      expect(afterDebounce.has(name), `${name} re-rendered`).toBe(false);
    }
    expect(afterDebounce.has('FindingsPanel')).toBe(true);
    expect(screen.getByRole('group', { name: SECTIONS.case.fi })).toBeInTheDocument();
  });
});
