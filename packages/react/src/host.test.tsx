import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EXAMPLES, KYMENLAAKSO, WIDGET_TEXTS, createAssessment, fieldLabel } from '@osallisuusarvio/core';
import type { Assessment } from '@osallisuusarvio/core';
import { mount } from './mount.js';
import { defineElement, ELEMENT_NAME } from './element.js';
import { WidgetOptionsError, WidgetRuleError } from './host-errors.js';
import type { WidgetOptions } from './types.js';
import { renderForm, TODAY } from './test-utils.js';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('a host that passes options the widget cannot use', () => {
  it('mount(el, { locale: "xx" }) shows the form in Finnish with a notice, and the host gets a WidgetOptionsError', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const onError = vi.fn();
    const widget = mount(el, { locale: 'xx' as never, onError, today: TODAY, layout: 'single-page' });
    // Not blank: the form is there, in Finnish.
    expect(within(el).getByRole('button', { name: WIDGET_TEXTS.createPdf.fi })).toBeInTheDocument();
    const notice = within(el).getByRole('alert');
    expect(notice).toHaveTextContent(WIDGET_TEXTS.hostOptionsInvalid.fi);
    expect(notice).toHaveTextContent('"xx"');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const [error] = onError.mock.lastCall as [WidgetOptionsError];
    expect(error).toBeInstanceOf(WidgetOptionsError);
    expect(error.problems.map((p) => p.option)).toEqual(['locale']);
    expect(error.message).toContain('"xx" is not supported');
    expect(widget.getValue().case.language).toBe('fi');
    widget.unmount();
  });

  it('leaves out options of the wrong type, names each one, and keeps the rest', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const onError = vi.fn();
    const wrong = {
      locale: 'sv',
      readOnly: 'yes',
      debounceMs: -1,
      onChange: 'save()',
      caseDetails: { diaryNumber: 12, title: 'Rätt titel', meetingDate: '15.3.2027' },
      onError,
      today: TODAY,
    } as unknown as WidgetOptions;
    const widget = mount(el, wrong);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const [error] = onError.mock.lastCall as [WidgetOptionsError];
    expect(error.problems.map((p) => p.option).sort()).toEqual(
      ['caseDetails.diaryNumber', 'caseDetails.meetingDate', 'debounceMs', 'onChange', 'readOnly'].sort(),
    );
    // Shown in the widget's (valid) language.
    const notice = within(el).getByRole('alert');
    expect(notice).toHaveTextContent(WIDGET_TEXTS.hostOptionsInvalid.sv);
    expect(notice).toHaveTextContent('caseDetails.meetingDate');
    // What was right is used.
    expect(widget.getValue().case.title).toBe('Rätt titel');
    expect(within(el).getByLabelText(fieldLabel('case.agendaItem').sv)).not.toHaveAttribute('readonly');
    widget.unmount();
  });

  it('goes to the console when the host gave no onError', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = document.createElement('div');
    document.body.append(el);
    mount(el, { locale: 'de' as never });
    await waitFor(() => expect(consoleError).toHaveBeenCalledWith(expect.any(WidgetOptionsError)));
  });

  it('throws a WidgetOptionsError from mount() when there is no element to render into', () => {
    expect(() => mount(null as never)).toThrow(WidgetOptionsError);
    expect(() => mount(document.querySelector('#missing') as never)).toThrow(/must be a DOM element, got null/);
  });

  it('the custom element dispatches an error event for a locale attribute it does not know', async () => {
    defineElement();
    const el = document.createElement(ELEMENT_NAME);
    el.setAttribute('locale', 'xx');
    const errors: unknown[] = [];
    el.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<{ error: unknown }>).detail.error));
    document.body.append(el);
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toBeInstanceOf(WidgetOptionsError);
    expect(within(el.shadowRoot as unknown as HTMLElement).getByRole('alert')).toHaveTextContent('"xx"');
  });

  it('a host rule that throws becomes a finding, the form stays, and the host is told', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    const rule = {
      id: 'host-broken',
      when: () => {
        throw new TypeError('boom');
      },
    };
    renderForm({ rules: [rule as never], onError });
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.any(WidgetRuleError)));
    expect((onError.mock.calls[0]![0] as WidgetRuleError).cause).toBeInstanceOf(TypeError);
    expect(screen.getByLabelText(fieldLabel('case.agendaItem').fi)).toBeInTheDocument();
  });
});

describe('a host rule that throws on some answers', () => {
  it('keeps the form and the typed text, and tells the host', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    const rule = {
      id: 'host-picky',
      severity: 'warning',
      when: (a: Assessment) => {
        if (a.case.agendaItem === '§ 13') throw new TypeError('unlucky');
        return [];
      },
    };
    const { user } = renderForm({ rules: [rule as never], onError });
    await user.type(screen.getByLabelText(fieldLabel('case.agendaItem').fi), '§ 13');
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.any(WidgetRuleError)));
    expect(screen.getByLabelText(fieldLabel('case.agendaItem').fi)).toHaveValue('§ 13');
  });
});

describe('the appendix language', () => {
  it('follows the widget: a Swedish official starts a Swedish appendix, and the PDF is made in Swedish', async () => {
    const renderPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7 test'));
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test'), revokeObjectURL: vi.fn() });
    const example = EXAMPLES['service-network'].assessment;
    const { case: c, ...rest } = example;
    const { language: _drop, ...caseWithoutLanguage } = c!;
    const { user } = renderForm({
      locale: 'sv',
      region: KYMENLAAKSO,
      renderPdf,
      defaultValue: { ...rest, case: caseWithoutLanguage },
    });
    expect(screen.getByLabelText(fieldLabel('case.language').sv)).toHaveValue('sv');
    await user.click(screen.getByRole('button', { name: WIDGET_TEXTS.createPdf.sv }));
    await waitFor(() => expect(renderPdf).toHaveBeenCalledTimes(1));
    expect(renderPdf).toHaveBeenCalledWith(
      expect.objectContaining({ case: expect.objectContaining({ language: 'sv' }) }),
      expect.objectContaining({ locale: 'sv' }),
    );
  });

  it('keeps the language the host value says, and the one the official chooses, when the widget language changes', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const widget = mount(el, { locale: 'fi', today: TODAY, debounceMs: 0 });
    expect(widget.getValue().case.language).toBe('fi');
    widget.update({ locale: 'sv' });
    await waitFor(() => expect(widget.getValue().case.language).toBe('sv'));
    // The official picks English for the appendix: a later change of the widget's language keeps it.
    await userEvent.selectOptions(within(el).getByLabelText(fieldLabel('case.language').sv), 'en');
    widget.update({ locale: 'fi' });
    await new Promise((r) => setTimeout(r, 50));
    expect(widget.getValue().case.language).toBe('en');
    widget.unmount();

    const given = mount(el, {
      locale: 'sv',
      defaultValue: createAssessment({ case: { language: 'fi' } }) as Assessment,
      today: TODAY,
    });
    expect(given.getValue().case.language).toBe('fi');
    given.unmount();
  });
});
