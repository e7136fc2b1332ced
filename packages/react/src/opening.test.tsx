import { describe, expect, it, vi } from 'vitest';
import { createRef } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { canonicalJson, createAssessment, EXAMPLES, WIDGET_TEXTS } from '@osallisuusarvio/core';
import { ParticipationAssessmentForm } from './ParticipationAssessmentForm.js';
import type { FormHandle } from './types.js';
import { loadedValidation } from './validation-loader.js';

// The validation chunk (zod: the schema and the parser) arrives when the test says: this file is about the
// moment before it has come, when a stored draft or a host's value cannot be read yet.
const chunk = vi.hoisted(() => {
  let arrive: () => void = () => undefined;
  const here = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { here, arrive: () => arrive() };
});
vi.mock('./validation.js', async (original) => {
  await chunk.here;
  return original();
});

const example = createAssessment(EXAMPLES['service-network'].assessment);

describe('opening a stored draft or a host’s value before the parser has come', () => {
  it('says the assessment is opening instead of showing inputs, then shows the draft and the value whole', async () => {
    localStorage.setItem('osallisuusarvio:draft:KYMHVA/2145', canonicalJson(example));
    const draftForm = createRef<FormHandle>();
    const valueForm = createRef<FormHandle>();
    const valueOfHost = { ...example, case: { ...example.case, title: 'Isännän antama otsikko' } };
    const { container } = render(
      <>
        <div data-testid="draft">
          <ParticipationAssessmentForm ref={draftForm} autosave={{ key: 'KYMHVA/2145' }} today="2026-11-23" />
        </div>
        <div data-testid="value">
          <ParticipationAssessmentForm ref={valueForm} value={valueOfHost} today="2026-11-23" />
        </div>
      </>,
    );
    expect(loadedValidation()).toBeUndefined();

    // Nothing to type into that the draft would then replace: an announced "opening" stands in their place.
    for (const id of ['draft', 'value']) {
      const form = within(screen.getByTestId(id));
      expect(form.getByRole('status')).toHaveTextContent(WIDGET_TEXTS.opening.fi);
    }
    expect(container.querySelectorAll('input, textarea, select, button')).toHaveLength(0);
    // A host asking for the value meanwhile gets what it gave, or the stored draft, as the form will show it.
    expect(valueForm.current?.getValue().case.title).toBe('Isännän antama otsikko');
    expect(draftForm.current?.getValue().case.title).toBe(example.case.title);
    expect(draftForm.current?.getEvaluation()).toBeUndefined();
    // The stored draft is untouched while it waits.
    expect(localStorage.getItem('osallisuusarvio:draft:KYMHVA/2145')).toBe(canonicalJson(example));

    chunk.arrive();

    const draftTitle = await within(screen.getByTestId('draft')).findByDisplayValue(example.case.title);
    expect(draftTitle).toHaveAttribute('name', 'case.title');
    expect(within(screen.getByTestId('draft')).getByText(WIDGET_TEXTS.draftRestored.fi)).toBeVisible();
    expect(await within(screen.getByTestId('value')).findByDisplayValue('Isännän antama otsikko')).toBeVisible();
    expect(screen.queryByText(WIDGET_TEXTS.opening.fi)).toBeNull();

    // Every field of the draft and of the value is in the form, not only what shows in the first step.
    await waitFor(() => expect(draftForm.current?.getValue()).toEqual(example));
    expect(valueForm.current?.getValue()).toEqual(valueOfHost);
    expect(JSON.parse(localStorage.getItem('osallisuusarvio:draft:KYMHVA/2145')!)).toEqual(
      JSON.parse(canonicalJson(example)),
    );
  });
});
