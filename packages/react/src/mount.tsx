import { createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { Assessment, Evaluation } from '@osallisuusarvio/core';
import { ParticipationAssessmentForm } from './ParticipationAssessmentForm.js';
import type { FormHandle, WidgetOptions } from './types.js';
import { adoptStyles } from './styles.js';
import { WIDGET_TEXTS } from '@osallisuusarvio/core/first-paint';
import { HostProblemsContext, localizedText, WidgetOptionsError } from './host-errors.js';
import type { HostOptionProblem } from './host-errors.js';
import { adoptTheme, isThemeName, themeProblem } from './themes.js';
import type { ThemeName } from './themes.js';

export interface MountedWidget {
  /** Merges new options into the current ones and re-renders (e.g. another locale or case details). */
  update(options: Partial<WidgetOptions>): void;
  getValue(): Assessment;
  /** Undefined for the moment after mount while the evaluation's chunk loads. */
  getEvaluation(): Evaluation | undefined;
  unmount(): void;
}

export interface MountOptions {
  /**
   * Apply the widget's stylesheet to the element's document or shadow root (a constructable stylesheet,
   * CSP-safe; every selector is scoped to `.oa-` classes). Default true; pass false when the page links
   * `@osallisuusarvio/react/styles.css` itself.
   */
  readonly adoptStyles?: boolean;
  /**
   * A theme preset ("suomifi" or "hds") adopted as a prebuilt stylesheet by the element's document or
   * shadow root. Another name keeps the widget's own look, is named in the widget's notice of host options
   * and reported through `onError`, as a wrong option of the form is.
   */
  readonly theme?: ThemeName;
}

/**
 * Renders the form into an element of a page that does not use React. Throws a `WidgetOptionsError` only
 * when there is nowhere to render (no element); every other wrong option gives a notice in the form and
 * an `onError(error)` call (see `WidgetOptions.onError`).
 */
export function mount(element: Element, options: WidgetOptions = {}, mountOptions: MountOptions = {}): MountedWidget {
  const { update, getValue, getEvaluation, unmount } = mountWidget(element, options, mountOptions);
  return { update, getValue, getEvaluation, unmount };
}

/**
 * mount(), and a way for the custom element to show problems with its own attributes (its theme) in the
 * form's notice. Not exported from the package.
 */
export function mountWidget(
  element: Element,
  options: WidgetOptions,
  mountOptions: MountOptions,
  wrapperProblems: readonly HostOptionProblem[] = [],
): MountedWidget & { setWrapperProblems(problems: readonly HostOptionProblem[]): void } {
  // nodeType, not instanceof: an element of another frame is an element too.
  if ((element as Node | null)?.nodeType !== 1) {
    const got = element === null ? 'null' : typeof element;
    throw new WidgetOptionsError([{ option: 'element', message: localizedText(WIDGET_TEXTS.hostNoElement, { got }) }]);
  }
  if (mountOptions.adoptStyles !== false) {
    const rootNode = element.getRootNode();
    if (rootNode instanceof Document || rootNode instanceof ShadowRoot) adoptStyles(rootNode);
  }
  if (mountOptions.theme !== undefined) {
    const rootNode = element.getRootNode();
    if (!isThemeName(mountOptions.theme)) wrapperProblems = [...wrapperProblems, themeProblem(mountOptions.theme)];
    else if (rootNode instanceof Document || rootNode instanceof ShadowRoot) adoptTheme(rootNode, mountOptions.theme);
  }
  const root = createRoot(element);
  const handle = createRef<FormHandle>();
  let current: WidgetOptions = options;
  let mounted = true;
  const render = () => {
    // Synchronous, so that getValue() works right after mount() and update().
    flushSync(() =>
      root.render(
        <HostProblemsContext.Provider value={wrapperProblems}>
          <ParticipationAssessmentForm {...current} ref={handle} />
        </HostProblemsContext.Provider>,
      ),
    );
  };
  render();
  const get = () => {
    if (!handle.current) throw new Error('osallisuusarvio: the widget is not mounted.');
    return handle.current;
  };
  return {
    update(next) {
      if (!mounted) return;
      current = { ...current, ...next };
      render();
    },
    getValue: () => get().getValue(),
    getEvaluation: () => get().getEvaluation(),
    unmount() {
      if (!mounted) return;
      mounted = false;
      root.unmount();
    },
    setWrapperProblems(problems) {
      if (!mounted) return;
      wrapperProblems = problems;
      render();
    },
  };
}
