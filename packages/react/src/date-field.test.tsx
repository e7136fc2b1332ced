import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { DATE_INPUT_HINT, createAssessment, fieldLabel } from '@osallisuusarvio/core';
import type { Assessment } from '@osallisuusarvio/core';
import { renderForm } from './test-utils.js';

const dateField = (locale: 'fi' | 'sv' | 'en', path = 'timing.opensOn') =>
  screen.getByRole('textbox', { name: fieldLabel(path)[locale] });

describe('date fields, typed as the official writes dates', () => {
  it('shows an ISO date as d.m.yyyy in Finnish and Swedish and d/m/yyyy in English, with the form as a hint', () => {
    const value = createAssessment({ timing: { opensOn: '2027-03-05' } });
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const { unmount } = renderForm({ locale, defaultValue: value });
      const input = dateField(locale);
      expect(input).toHaveAttribute('type', 'text');
      expect(input).toHaveValue(locale === 'en' ? '5/3/2027' : '5.3.2027');
      expect(input).toHaveAccessibleDescription(expect.stringContaining(DATE_INPUT_HINT[locale]));
      unmount();
    }
  });

  it('stores what is typed as ISO and tidies it when the official leaves the field', async () => {
    const onChange = vi.fn();
    const { user } = renderForm({ onChange });
    await user.type(dateField('fi'), '05.03.2027');
    await user.tab();
    expect(dateField('fi')).toHaveValue('5.3.2027');
    await waitFor(() => expect((onChange.mock.lastCall as [Assessment])[0].timing.opensOn).toBe('2027-03-05'));
  });

  it('explains a date that is not in the calendar when the field is left, and clears it once fixed', async () => {
    const { user } = renderForm({ locale: 'sv' });
    await user.type(dateField('sv'), '31.2.2027');
    expect(dateField('sv')).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(dateField('sv')).toHaveAttribute('aria-invalid', 'true');
    expect(dateField('sv')).toHaveAccessibleDescription(expect.stringContaining('31.2.2027 finns inte i kalendern'));
    await user.clear(dateField('sv'));
    await user.type(dateField('sv'), '28.2.2027');
    expect(dateField('sv')).not.toHaveAttribute('aria-invalid');
  });

  it('names a half-typed date in its own terms in the error summary, not as ISO', async () => {
    const { user } = renderForm({ onSubmit: vi.fn() });
    await user.type(dateField('fi'), '15.3.');
    await user.click(screen.getByRole('button', { name: 'Tallenna arvio asianhallintaan' }));
    const summary = await screen.findByRole('heading', { name: /Korjaa nämä kohdat/ });
    const text = summary.closest('section')!.textContent!;
    expect(text).toContain('p.k.vvvv');
    expect(text).not.toContain('VVVV-KK-PP');
  });
});
