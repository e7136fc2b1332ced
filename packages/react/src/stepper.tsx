import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { SEVERITIES, SEVERITY_LABELS, STEPPER_TEXTS, formatMessage } from '@osallisuusarvio/core/first-paint';
import type { Finding, Locale } from '@osallisuusarvio/core';
import { useWidget } from './context.js';
import { useEvaluationIfReady } from './evaluation-context.js';
import { FindingItem } from './lazy-findings.js';
import { findField, focusField } from './focus.js';
import { Checking } from './lazy-steps.js';
import { ProgressNav } from './progress-nav.js';
import { findingsByStep, stepOfPath } from './steps.js';
import type { StepInfo } from './steps.js';

/** One step of the stepper: which parts and fields it shows, its title, and its content. */
export interface StepDef extends StepInfo {
  readonly title: (locale: Locale) => string;
  readonly render: () => ReactNode;
}

// The steps themselves (which load lazily) are in lazy-steps.tsx.
export { STEPS } from './lazy-steps.js';

export interface Stepper {
  /** The step shown; `steps.length` is the summary. */
  readonly current: number;
  /** Steps the official has opened. */
  readonly entered: ReadonlySet<number>;
  /** Steps whose findings are shown: left once, or all after "check every step". */
  readonly checked: ReadonlySet<number>;
  readonly checkAll: boolean;
  readonly announcement: string;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  go(index: number): void;
  /** Shows the step of a field and focuses it; false when no rendered field has that path. */
  focusPath(path: string): boolean;
  setCheckAll(): void;
}

const stepElement = (el: Element | null) => el?.closest<HTMLElement>('[data-oa-step]') ?? null;

/** A field the form does not render (yet): its part, so the official is at least where it belongs. */
function focusPart(root: HTMLElement | null): boolean {
  const part = root?.querySelector<HTMLElement>('[data-oa-step]:not([hidden]) .oa-part');
  if (!part) return false;
  part.focus();
  if (typeof part.scrollIntoView === 'function') part.scrollIntoView({ block: 'start' });
  return true;
}

/**
 * The stepper's state. Every step stays mounted (hidden), so nothing typed is unregistered, autosave sees
 * all steps, and a field of another step can be found to switch to it.
 */
export function useStepper(
  steps: readonly StepDef[],
  root: RefObject<HTMLElement | null>,
  locale: Locale,
  enabled: boolean,
): Stepper {
  const [current, setCurrent] = useState(0);
  const [entered, setEntered] = useState<ReadonlySet<number>>(() => new Set([0]));
  const [checked, setChecked] = useState<ReadonlySet<number>>(() => new Set());
  const [checkAll, setCheckAllState] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  // What to focus once the step is shown: a field path, the heading, or nothing (the first render).
  const pending = useRef<{ path?: string } | null>(null);
  const [moves, setMoves] = useState(0);
  const currentRef = useRef(current);
  currentRef.current = current;
  const total = steps.length + 1;

  const titleOf = useCallback(
    (i: number) => (i < steps.length ? steps[i]!.title(locale) : STEPPER_TEXTS.summaryTitle[locale]),
    [steps, locale],
  );

  const show = useCallback(
    (index: number, path?: string) => {
      const from = currentRef.current;
      const to = Math.max(0, Math.min(index, steps.length));
      pending.current = path === undefined ? {} : { path };
      if (to !== from) {
        setChecked((c) => (c.has(from) ? c : new Set(c).add(from)));
        setEntered((e) => (e.has(to) ? e : new Set(e).add(to)));
        setCurrent(to);
        setAnnouncement(
          formatMessage(STEPPER_TEXTS.stepHeading[locale], { n: to + 1, total, title: titleOf(to) }, locale),
        );
      }
      setMoves((m) => m + 1);
    },
    [steps, locale, total, titleOf],
  );

  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    if (p.path !== undefined && (focusField(root.current, p.path) || focusPart(root.current))) return;
    headingRef.current?.focus();
  }, [moves, root]);

  const focusPath = useCallback(
    (path: string) => {
      if (!enabled) return focusField(root.current, path);
      // The step that holds the rendered field, else the step its path belongs to.
      const el = stepElement(findField(root.current, path));
      const byDom = el ? Number(el.dataset.oaStepIndex) : Number.NaN;
      const index = Number.isInteger(byDom) ? byDom : stepOfPath(steps, path);
      if (index < 0) return focusField(root.current, path);
      if (index === currentRef.current) return focusField(root.current, path) || focusPart(root.current);
      show(index, path);
      return true;
    },
    [enabled, root, steps, show],
  );

  return {
    current,
    entered,
    checked,
    checkAll,
    announcement,
    headingRef,
    go: (i) => show(i),
    focusPath,
    setCheckAll: () => setCheckAllState(true),
  };
}

/** The findings of one step, beside its fields: shown once the official has been there. */
function StepFindings({ findings }: { findings: readonly Finding[] }) {
  const { locale, idPrefix } = useWidget();
  if (findings.length === 0) return null;
  const headingId = `${idPrefix}-step-findings`;
  return (
    <section className="oa-findings oa-step-findings" aria-labelledby={headingId}>
      <h3 className="oa-heading" id={headingId}>
        {STEPPER_TEXTS.stepFindings[locale]}
      </h3>
      {SEVERITIES.map((severity) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <ul className="oa-finding-list" key={severity} aria-label={SEVERITY_LABELS[severity][locale]}>
            {list.map((f, i) => (
              <FindingItem key={`${f.ruleId}-${f.fields.join()}-${i}`} finding={f} />
            ))}
          </ul>
        );
      })}
    </section>
  );
}

const NO_FINDINGS: readonly Finding[] = [];

/**
 * One part at a time: "Previous" above the step's heading (reached with Shift+Tab, so that Tab goes from the
 * heading straight to the first field), the step, "Next" after its fields, and beside them the step's findings
 * and the list of steps. The last step is `summary`.
 */
export function StepperLayout({
  stepper,
  steps,
  summary,
}: {
  stepper: Stepper;
  steps: readonly StepDef[];
  summary: ReactNode;
}) {
  const { locale, idPrefix } = useWidget();
  // Before the evaluation has come no step shows findings; the list of steps says "checking".
  const findings = useEvaluationIfReady()?.findings ?? NO_FINDINGS;
  const byStep = findingsByStep(steps, findings);
  const { current } = stepper;
  const total = steps.length + 1;
  const onSummary = current === steps.length;
  const title = onSummary ? STEPPER_TEXTS.summaryTitle[locale] : steps[current]!.title(locale);
  const shown = !onSummary && (stepper.checkAll || stepper.checked.has(current)) ? byStep[current]! : [];
  return (
    <div className="oa-layout oa-layout--stepper">
      <div className="oa-main">
        {current > 0 && (
          <p className="oa-step-back">
            <button type="button" className="oa-button oa-button--quiet" onClick={() => stepper.go(current - 1)}>
              {STEPPER_TEXTS.previous[locale]}
            </button>
          </p>
        )}
        <h2
          className="oa-heading oa-step-heading"
          id={`${idPrefix}-step-heading`}
          tabIndex={-1}
          ref={stepper.headingRef}
        >
          {formatMessage(STEPPER_TEXTS.stepHeading[locale], { n: current + 1, total, title }, locale)}
        </h2>
        {steps.map((step, i) => (
          <div
            key={step.id}
            id={`${idPrefix}-step-${step.id}`}
            className="oa-step"
            data-oa-step={step.id}
            data-oa-step-index={i}
            hidden={i !== current}
          >
            {step.render()}
          </div>
        ))}
        <div
          id={`${idPrefix}-step-summary`}
          className="oa-step"
          data-oa-step="summary"
          data-oa-step-index={steps.length}
          hidden={!onSummary}
        >
          {summary}
        </div>
        {!onSummary && (
          <p className="oa-step-next">
            <button type="button" className="oa-button oa-button--primary" onClick={() => stepper.go(current + 1)}>
              {STEPPER_TEXTS.next[locale]}
            </button>
          </p>
        )}
      </div>
      <aside className="oa-aside">
        <StepFindings findings={shown} />
        <Suspense fallback={<Checking />}>
          <ProgressNav stepper={stepper} steps={steps} byStep={byStep} />
        </Suspense>
      </aside>
      <div className="oa-visually-hidden" role="status">
        {stepper.announcement}
      </div>
    </div>
  );
}
