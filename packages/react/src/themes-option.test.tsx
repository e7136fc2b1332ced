import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { ELEMENT_NAME, defineElement } from './element.js';
import { WidgetOptionsError } from './host-errors.js';
import { mount } from './mount.js';
import { THEMES, adoptTheme } from './themes.js';
import { loadEvaluate } from './evaluator.js';
import { loadLaterParts } from './lazy-steps.js';
import { loadValidation } from './validation-loader.js';

// With every chunk the form asks for as it mounts loaded first (the evaluation with the findings' UI, the
// validation, the later steps), no widget of these tests renders again once its test is over: a render after
// the file's last test, when its page is gone, fails the run ("window is not defined").
await Promise.all([loadEvaluate(), loadValidation(), loadLaterParts()]);

it('the presets are the ones the build script makes', () => {
  expect([...THEMES]).toEqual(['suomifi', 'hds']);
});

describe('theme option', () => {
  const adopted = new Map<Document | ShadowRoot, CSSStyleSheet[]>();
  const fakeAdoption = (proto: object) =>
    Object.defineProperty(proto, 'adoptedStyleSheets', {
      configurable: true,
      get(this: Document | ShadowRoot) {
        return adopted.get(this) ?? [];
      },
      set(this: Document | ShadowRoot, v: CSSStyleSheet[]) {
        adopted.set(this, v);
      },
    });
  const text = (sheets: readonly CSSStyleSheet[]) =>
    sheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');

  afterEach(() => {
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    adopted.clear();
    document.body.replaceChildren();
  });

  it('swaps one preset for another in a root and keeps its other sheets', () => {
    fakeAdoption(Document.prototype);
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    adoptTheme(document, 'suomifi');
    expect(document.adoptedStyleSheets[0]).toBe(own);
    expect(text(document.adoptedStyleSheets)).toContain('--oa-font-family: "Source Sans 3"');
    adoptTheme(document, 'hds');
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(text(document.adoptedStyleSheets)).toContain('HelsinkiGrotesk');
    expect(text(document.adoptedStyleSheets)).not.toContain('Source Sans 3');
    adoptTheme(document, undefined);
    expect(document.adoptedStyleSheets).toEqual([own]);
  });

  it('<osallisuus-arvio theme="hds"> adopts the HDS preset in its shadow root, and follows the attribute', () => {
    fakeAdoption(ShadowRoot.prototype);
    defineElement();
    const el = document.createElement(ELEMENT_NAME);
    el.setAttribute('theme', 'hds');
    document.body.append(el);
    const shadow = el.shadowRoot!;
    expect(text(shadow.adoptedStyleSheets)).toContain('--oa-color-accent: #0000bf');
    el.setAttribute('theme', 'suomifi');
    expect(text(shadow.adoptedStyleSheets)).toContain('--oa-color-accent: #2a6ebb');
    expect(text(shadow.adoptedStyleSheets)).not.toContain('#0000bf');
    el.removeAttribute('theme');
    expect(text(shadow.adoptedStyleSheets)).not.toContain('--oa-color-accent:');
    expect(shadow.querySelector('.oa-root')).not.toBeNull(); // the widget itself is still there
  });

  it('an unknown theme name gives the host an error event and the widget keeps its own look', async () => {
    fakeAdoption(ShadowRoot.prototype);
    defineElement();
    const el = document.createElement(ELEMENT_NAME);
    const errors: unknown[] = [];
    el.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<{ error: unknown }>).detail.error));
    el.setAttribute('theme', 'kela');
    document.body.append(el);
    await waitFor(() => expect(errors.some((e) => e instanceof WidgetOptionsError)).toBe(true));
    const error = errors.find((e) => e instanceof WidgetOptionsError) as WidgetOptionsError;
    expect(error.problems[0]?.option).toBe('theme');
    expect(error.message).toContain('there is no theme "kela" (suomifi, hds)');
    expect(text(el.shadowRoot!.adoptedStyleSheets)).not.toContain('--oa-color-accent:');
  });

  const notice = (root: ParentNode) => root.querySelector<HTMLElement>('[data-oa-notice="host-options"]');

  it('an unknown theme in mount() shows the official a notice in their language, keeps the default look and tells the host', () => {
    fakeAdoption(Document.prototype);
    const onError = vi.fn();
    const host = document.createElement('div');
    document.body.append(host);
    const widget = mount(host, { onError, locale: 'sv' }, { theme: 'kela' as 'hds' });
    const shown = notice(host);
    expect(shown).not.toBeNull();
    expect(shown).toHaveAttribute('role', 'alert');
    expect(shown).toHaveTextContent(
      'temat "kela" finns inte (suomifi, hds); formuläret visas med sitt vanliga utseende',
    );
    expect(text(document.adoptedStyleSheets)).not.toContain('--oa-color-accent:');
    expect(onError).toHaveBeenCalledTimes(1);
    const error = onError.mock.lastCall?.[0] as WidgetOptionsError;
    expect(error).toBeInstanceOf(WidgetOptionsError);
    expect(error.problems.map((p) => p.option)).toEqual(['theme']);
    expect(error.problems[0]?.message.fi).toBe(
      'ulkoasua "kela" ei ole (suomifi, hds); lomake näkyy tavallisella ulkoasullaan',
    );
    // The form itself works: another locale re-renders the same notice in that language, reported once.
    widget.update({ locale: 'en' });
    expect(notice(host)).toHaveTextContent('there is no theme "kela" (suomifi, hds); the form keeps its usual look');
    expect(onError).toHaveBeenCalledTimes(1);
    widget.unmount();
  });

  it('an unknown theme and an unknown locale make one notice and one error with both', () => {
    const onError = vi.fn();
    const host = document.createElement('div');
    document.body.append(host);
    const widget = mount(host, { onError, locale: 'xx' as 'fi' }, { theme: 'kela' as 'hds' });
    expect(notice(host)?.querySelectorAll('li')).toHaveLength(2);
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.lastCall![0] as WidgetOptionsError).problems.map((p) => p.option)).toEqual([
      'locale',
      'theme',
    ]);
    widget.unmount();
  });

  it('<osallisuus-arvio theme="…"> with an unknown name shows the notice in its shadow root, until the attribute is right', async () => {
    fakeAdoption(ShadowRoot.prototype);
    defineElement();
    const el = document.createElement(ELEMENT_NAME);
    const errors: WidgetOptionsError[] = [];
    el.addEventListener('error', (e) =>
      errors.push((e as unknown as CustomEvent<{ error: WidgetOptionsError }>).detail.error),
    );
    el.setAttribute('theme', 'kela');
    document.body.append(el);
    const shadow = el.shadowRoot!;
    await waitFor(() => expect(notice(shadow)).toHaveTextContent('ulkoasua "kela" ei ole (suomifi, hds)'));
    expect(errors).toHaveLength(1);

    el.setAttribute('theme', 'hds');
    await waitFor(() => expect(notice(shadow)).toBeNull());
    expect(text(shadow.adoptedStyleSheets)).toContain('--oa-color-accent: #0000bf');

    el.setAttribute('theme', 'vrk');
    await waitFor(() => expect(notice(shadow)).toHaveTextContent('ulkoasua "vrk" ei ole'));
    expect(text(shadow.adoptedStyleSheets)).not.toContain('--oa-color-accent:');
    expect(errors.map((e) => e.problems[0]?.option)).toEqual(['theme', 'theme']);
  });

  it('mount(element, options, { theme }) adopts the preset in the document; an unknown name goes to onError', () => {
    fakeAdoption(Document.prototype);
    const host = document.createElement('div');
    document.body.append(host);
    const widget = mount(host, {}, { theme: 'suomifi' });
    expect(text(document.adoptedStyleSheets)).toContain('--oa-radius: 2px');
    widget.unmount();

    const onError = vi.fn();
    const other = document.createElement('div');
    document.body.append(other);
    mount(other, { onError }, { theme: 'unknown' as 'hds' }).unmount();
    expect(onError).toHaveBeenCalledWith(expect.any(WidgetOptionsError));
  });
});
