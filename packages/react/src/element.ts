import { DECIDING_BODY_KINDS, findRegion } from '@osallisuusarvio/core/first-paint';
import type { AssessmentInput, DecidingBodyKind, Locale } from '@osallisuusarvio/core';
import { mountWidget } from './mount.js';
import { adoptStyles } from './styles.js';
import { adoptTheme, isThemeName, themeProblem } from './themes.js';
import type { HostOptionProblem } from './host-errors.js';
import type { HostCaseDetails, WidgetLayout, WidgetOptions } from './types.js';

export const ELEMENT_NAME = 'osallisuus-arvio';

const ATTRIBUTES = [
  'locale',
  'region',
  'diary-number',
  'title',
  'meeting-date',
  'deciding-body',
  'read-only',
  'autosave-key',
  'theme',
  'layout',
] as const;

export interface OsallisuusArvioElement extends HTMLElement {
  /** The current assessment; set it to show another one. */
  value: AssessmentInput | undefined;
  /** Options that attributes cannot carry: callbacks, host rules, a region profile of the host's own. */
  options: Partial<WidgetOptions>;
}

function caseDetailsOf(el: HTMLElement): HostCaseDetails | undefined {
  const details: { -readonly [K in keyof HostCaseDetails]: HostCaseDetails[K] } = {};
  const diary = el.getAttribute('diary-number');
  const title = el.getAttribute('title');
  const date = el.getAttribute('meeting-date');
  const body = el.getAttribute('deciding-body');
  if (diary !== null) details.diaryNumber = diary;
  if (title !== null) details.title = title;
  if (date !== null) details.meetingDate = date === '' ? null : date;
  if (body !== null) {
    // Either a kind from the catalogue ("regionalExecutive") or the body's own name ("Aluehallitus").
    const kind = DECIDING_BODY_KINDS.find((k) => k.id === body)?.id as DecidingBodyKind | undefined;
    details.decidingBody = kind ? { kind } : { name: body };
  }
  return Object.keys(details).length > 0 ? details : undefined;
}

/**
 * Registers `<osallisuus-arvio>`: the form in an open shadow root. Attributes: locale, region (an id of
 * REGIONS), diary-number, title, meeting-date, deciding-body, read-only, autosave-key, theme ("suomifi" or
 * "hds": a prebuilt preset adopted by the shadow root), layout (`stepper` by default, or `single-page`).
 * Events: `change`
 * (detail `{ assessment, evaluation }`), `pdf` (detail `{ blob, assessment }`) and `error` (detail
 * `{ error }`: a `WidgetOptionsError` for attributes or options the form could not use, a
 * `WidgetRenderError` when it failed to render).
 */
export function defineElement(name: string = ELEMENT_NAME): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return undefined;
  const existing = customElements.get(name);
  if (existing) return existing;

  class Element extends HTMLElement implements OsallisuusArvioElement {
    static get observedAttributes() {
      return [...ATTRIBUTES];
    }

    #widget: ReturnType<typeof mountWidget> | undefined;
    #themeProblems: readonly HostOptionProblem[] = [];
    #container: HTMLDivElement | undefined;
    #value: AssessmentInput | undefined;
    #options: Partial<WidgetOptions> = {};

    get value(): AssessmentInput | undefined {
      return this.#widget ? this.#widget.getValue() : this.#value;
    }

    set value(v: AssessmentInput | undefined) {
      this.#value = v;
      this.#widget?.update({ value: v });
    }

    get options(): Partial<WidgetOptions> {
      return this.#options;
    }

    set options(o: Partial<WidgetOptions>) {
      this.#options = o;
      this.#widget?.update(this.#collect());
    }

    #collect(): WidgetOptions {
      const locale = this.getAttribute('locale');
      const regionId = this.getAttribute('region');
      const region = regionId ? findRegion(regionId) : undefined;
      const autosaveKey = this.getAttribute('autosave-key');
      const layout = this.getAttribute('layout');
      const caseDetails = caseDetailsOf(this);
      const o = this.#options;
      return {
        ...o,
        // An unknown locale is passed on: the form reports it (a notice and an `error` event) and uses Finnish.
        ...(locale !== null ? { locale: locale as Locale } : {}),
        ...(region ? { region } : {}),
        ...(caseDetails ? { caseDetails } : {}),
        ...(autosaveKey ? { autosave: { key: autosaveKey } } : {}),
        // An unknown layout is passed on too: the form names it in its notice and shows the stepper.
        ...(layout !== null ? { layout: layout as WidgetLayout } : {}),
        readOnly: this.hasAttribute('read-only') || o.readOnly === true,
        ...(this.#value !== undefined ? { defaultValue: this.#value, value: this.#value } : {}),
        onChange: (assessment, evaluation) => {
          this.dispatchEvent(
            new CustomEvent('change', { detail: { assessment, evaluation }, bubbles: true, composed: true }),
          );
          o.onChange?.(assessment, evaluation);
        },
        onError: (error) => {
          this.dispatchEvent(new CustomEvent('error', { detail: { error }, bubbles: true, composed: true }));
          o.onError?.(error);
        },
        onPdf: (blob, assessment) => {
          this.dispatchEvent(new CustomEvent('pdf', { detail: { blob, assessment }, bubbles: true, composed: true }));
          o.onPdf?.(blob, assessment);
        },
      };
    }

    // An unknown theme keeps the widget's own look; the form names it in its notice and in its `error` event.
    #theme(shadow: ShadowRoot) {
      const theme = this.getAttribute('theme');
      this.#themeProblems = theme !== null && theme !== '' && !isThemeName(theme) ? [themeProblem(theme)] : [];
      adoptTheme(shadow, isThemeName(theme) ? theme : undefined);
      this.#widget?.setWrapperProblems(this.#themeProblems);
    }

    connectedCallback() {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      adoptStyles(shadow);
      this.#theme(shadow);
      if (this.#widget) return;
      this.#container = document.createElement('div');
      shadow.append(this.#container);
      this.#widget = mountWidget(this.#container, this.#collect(), { adoptStyles: false }, this.#themeProblems);
    }

    disconnectedCallback() {
      if (!this.#widget) return;
      // Moving the element in the DOM disconnects it: keep the answers for the next connect.
      this.#value = this.#widget.getValue();
      this.#widget.unmount();
      this.#widget = undefined;
      this.#container?.remove();
      this.#container = undefined;
    }

    attributeChangedCallback(name: string) {
      if (name === 'theme') {
        if (this.shadowRoot) this.#theme(this.shadowRoot);
        return;
      }
      this.#widget?.update(this.#collect());
    }
  }

  customElements.define(name, Element);
  return Element;
}
