import type { Page } from 'playwright-core';

export interface Focused {
  readonly tag: string;
  readonly type: string;
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
  readonly text: string;
  readonly download: boolean;
  readonly readOnly: boolean;
  /** A focus indicator is drawn: an outline or a box shadow (WCAG 2.4.7). */
  readonly indicator: boolean;
  /** Where it is, for messages: the host element's tag and the element's id or class. */
  readonly where: string;
}

/** What has focus, looking through open shadow roots (the custom element's form is in one). */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const e = el as HTMLInputElement | null;
    return {
      tag: e?.tagName.toLowerCase() ?? '',
      type: e?.getAttribute('type') ?? '',
      name: e?.getAttribute('name') ?? '',
      value: typeof e?.value === 'string' ? e.value : '',
      checked: e?.checked === true,
      text: (e?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      download: e?.hasAttribute('download') === true,
      readOnly: e?.readOnly === true || e?.hasAttribute('disabled') === true,
      indicator: (() => {
        if (!e) return false;
        const style = getComputedStyle(e);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      })(),
      where: e
        ? `${(e.getRootNode() as ShadowRoot).host?.tagName.toLowerCase() ?? 'document'} ${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`
        : '',
    };
  });
}
