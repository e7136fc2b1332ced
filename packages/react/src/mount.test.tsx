import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor, within } from '@testing-library/dom';
import { CHECKLIST, EXAMPLES, KYMENLAAKSO, createAssessment, fieldLabel, withOrganiser } from '@osallisuusarvio/core';
import type { Assessment, Evaluation } from '@osallisuusarvio/core';
import { mount } from './mount.js';
import { defineElement, ELEMENT_NAME } from './element.js';
import type { OsallisuusArvioElement } from './element.js';
import { TODAY } from './test-utils.js';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('mount()', () => {
  it('renders into a plain element, updates, gives its value and unmounts', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const widget = mount(host, {
      defaultValue: EXAMPLES['service-network'].assessment,
      region: KYMENLAAKSO,
      today: TODAY,
      layout: 'single-page',
    });
    expect(within(host).getByRole('group', { name: `1. ${CHECKLIST[0].question.fi}` })).toBeInTheDocument();
    // The host's organiser profile is recorded in an assessment that names none.
    expect(widget.getValue()).toEqual(
      withOrganiser(createAssessment(EXAMPLES['service-network'].assessment), KYMENLAAKSO),
    );
    expect(widget.getEvaluation()?.status).toBe('complete');

    widget.update({ locale: 'sv' });
    expect(host.querySelector('.oa-root')).toHaveAttribute('lang', 'sv');
    expect(within(host).getByRole('group', { name: `1. ${CHECKLIST[0].question.sv}` })).toBeInTheDocument();
    expect(widget.getValue().case.title).toBe(EXAMPLES['service-network'].assessment.case!.title);

    widget.update({ caseDetails: { title: 'Uusi otsikko' } });
    expect(widget.getValue().case.title).toBe('Uusi otsikko');

    widget.unmount();
    expect(host).toBeEmptyDOMElement();
  });
});

describe('<osallisuus-arvio>', () => {
  it('renders in an open shadow root with adopted styles, takes attributes and emits change', async () => {
    const adopted: CSSStyleSheet[][] = [];
    // jsdom has constructable stylesheets but no adoptedStyleSheets; record what the element adopts.
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get: () => adopted.at(-1) ?? [],
      set: (v: CSSStyleSheet[]) => void adopted.push(v),
    });
    defineElement();
    defineElement(); // twice is harmless
    const el = document.createElement(ELEMENT_NAME) as OsallisuusArvioElement;
    el.setAttribute('locale', 'en');
    el.setAttribute('region', 'kymenlaakso');
    el.setAttribute('diary-number', 'KYMHVA/9/2026');
    el.setAttribute('deciding-body', 'regionalExecutive');
    el.options = { debounceMs: 0, today: TODAY };
    const changes: { assessment: Assessment; evaluation: Evaluation }[] = [];
    el.addEventListener('change', (e) => changes.push((e as CustomEvent).detail));
    document.body.append(el);

    const shadow = el.shadowRoot!;
    expect(shadow).not.toBeNull();
    expect(document.querySelector('.oa-root')).toBeNull(); // nothing leaks into the page
    expect(shadow.querySelector('.oa-root')).toHaveAttribute('lang', 'en');
    expect(adopted.at(-1)?.[0]?.cssRules.length).toBeGreaterThan(10);
    expect(el.value?.case?.diaryNumber).toBe('KYMHVA/9/2026');
    expect(el.value?.case?.decidingBody?.kind).toBe('regionalExecutive');

    const title = within(shadow as unknown as HTMLElement).getByLabelText(
      fieldLabel('case.title').en,
    ) as HTMLTextAreaElement;
    // As a browser types: through the native setter, so React's value tracker sees a change. (The title is
    // a one-line text area, so that a long title wraps.)
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
      title,
      'Merging two health centres',
    );
    title.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(changes.at(-1)?.assessment.case.title).toBe('Merging two health centres'));
    expect(changes.at(-1)?.evaluation.completeness).toBeDefined();

    el.setAttribute('locale', 'fi');
    expect(shadow.querySelector('.oa-root')).toHaveAttribute('lang', 'fi');

    el.value = createAssessment({ case: { title: 'Toinen asia' } });
    expect(el.value.case?.title).toBe('Toinen asia');
    expect(el.value.case?.diaryNumber).toBe('KYMHVA/9/2026'); // the host's attribute still wins

    el.remove();
    expect(shadow.querySelector('.oa-root')).toBeNull();
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
  });

  it('emits pdf with the Blob', async () => {
    defineElement();
    const el = document.createElement(ELEMENT_NAME) as OsallisuusArvioElement;
    const pdf = vi.fn();
    el.options = {
      renderPdf: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]),
      defaultValue: EXAMPLES['service-network'].assessment,
      layout: 'single-page',
    };
    el.addEventListener('pdf', (e) => pdf((e as CustomEvent).detail));
    document.body.append(el);
    const button = within(el.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'Luo PDF-liite' });
    button.click();
    await waitFor(() => expect(pdf).toHaveBeenCalledTimes(1));
    expect(pdf.mock.lastCall![0].blob).toBeInstanceOf(Blob);
  });
});
