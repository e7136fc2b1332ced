import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { WIDGET_TEXTS } from '@osallisuusarvio/core';
import type { Assessment, Evaluation } from '@osallisuusarvio/core';
import { ParticipationAssessmentForm } from './ParticipationAssessmentForm.js';
import { loadedValidation } from './validation-loader.js';

// The validation chunk (the schema, zod) arrives when the test says: this file is about typing before it.
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

const KEY = 'osallisuusarvio:draft:KYMHVA/7';
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;

describe('typing before the schema has come', () => {
  it('shows a new form at once, keeps what is typed in the draft, and checks and reports it once the schema is here', async () => {
    const onChange = vi.fn<(a: Assessment, e: Evaluation) => void>();
    const { container } = render(
      <ParticipationAssessmentForm
        autosave={{ key: 'KYMHVA/7' }}
        debounceMs={0}
        today="2026-11-23"
        onChange={onChange}
      />,
    );
    expect(loadedValidation()).toBeUndefined();
    // Nothing to read: no "opening", the inputs are there from the first paint.
    expect(screen.queryByText(WIDGET_TEXTS.opening.fi)).toBeNull();
    const title = container.querySelector<HTMLInputElement>('[name="case.title"]')!;
    fireEvent.change(title, { target: { value: 'Terveysasemien yhdistäminen' } });
    const diary = container.querySelector<HTMLInputElement>('[name="case.diaryNumber"]')!;
    fireEvent.change(diary, { target: { value: 'KYMHVA/7/2026' } });

    // Saved as typed (not yet checked), so a reload or a closed tab keeps it; the host hears nothing unchecked.
    await waitFor(() =>
      expect((stored()?.values as Assessment | undefined)?.case.title).toBe('Terveysasemien yhdistäminen'),
    );
    expect((stored()!.values as Assessment).case.diaryNumber).toBe('KYMHVA/7/2026');
    expect(onChange).not.toHaveBeenCalled();
    expect(title).toHaveValue('Terveysasemien yhdistäminen');

    chunk.arrive();

    // Checked once it has come: saved as an assessment and reported with an evaluation, once for both edits.
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const [value, evaluation] = onChange.mock.lastCall!;
    expect(value.case.title).toBe('Terveysasemien yhdistäminen');
    expect(value.case.diaryNumber).toBe('KYMHVA/7/2026');
    expect(evaluation.findings.length).toBeGreaterThan(0);
    expect(onChange).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect((stored()?.case as Assessment['case'] | undefined)?.title).toBe('Terveysasemien yhdistäminen'),
    );
    expect(stored()?.schemaVersion).toBe(3);
    expect(title).toHaveValue('Terveysasemien yhdistäminen');
  });
});
