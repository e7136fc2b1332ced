import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import {
  CHECKLIST,
  FOLLOW_UP_TEXTS,
  SEVERITIES,
  PROGRESS_TEXTS,
  SEVERITY_LABELS,
  STEPPER_TEXTS,
  formatMessage,
} from '@osallisuusarvio/core';
import type { Finding, Locale, PartId } from '@osallisuusarvio/core';
import { useWidget } from './context.js';
import { useEvaluation } from './evaluation-context.js';
import { FindingItem, partLabel } from './findings.js';
import { findField, focusField } from './focus.js';
import {
  CaseSection,
  ConclusionSection,
  ConsultationsSection,
  GuidanceSection,
  MethodsSection,
  QuestionPart,
} from './sections.js';
import { FOLLOW_UP_PART_ID, FollowUpSection } from './follow-up-section.js';
import { findingsByStep, stepAnswered, stepOfPath, stepState } from './steps.js';
import type { StepInfo, StepState } from './steps.js';

/** One step of the stepper: which parts and fields it shows, its title, and its content. */
export interface StepDef extends StepInfo {
  readonly title: (locale: Locale) => string;
  readonly render: () => ReactNode;
}

const part = (id: PartId, render: () => ReactNode): StepDef => ({
  id,
  parts: [id],
  fields: [id],
  title: (locale) => partLabel(id)[locale],
  render,
});

/**
 * The steps, in the checklist's order; the summary (the PDF) comes after them. Adding a part to the form is
 * one line here.
 */
export const STEPS: readonly StepDef[] = [
  part('case', () => <CaseSection />),
  ...CHECKLIST.map((q) => part(q.id, () => <QuestionPart q={q} />)),
  part('methods', () => <MethodsSection />),
  part('consultations', () => <ConsultationsSection />),
  part('guidance', () => <GuidanceSection />),
  part('conclusion', () => <ConclusionSection />),
  // After the decision: outside core's progress (it opens after the meeting), so no parts of its own.
  {
    id: FOLLOW_UP_PART_ID,
    parts: [],
    fields: ['followUp'],
    title: (locale) => FOLLOW_UP_TEXTS.part[locale],
    render: () => <FollowUpSection />,
  },
];

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

const STATE_TEXT = (state: StepState, errors: number, locale: Locale) =>
  state === 'errors'
    ? formatMessage(STEPPER_TEXTS.stateErrors[locale], { count: errors }, locale)
    : STEPPER_TEXTS[({ notVisited: 'stateNotVisited', visited: 'stateVisited', done: 'stateDone' } as const)[state]][
        locale
      ];

/** The progress list as the stepper's navigation: each step, its state, the current one marked. */
function StepNav({ stepper, steps, byStep }: { stepper: Stepper; steps: readonly StepDef[]; byStep: Finding[][] }) {
  const { locale, idPrefix } = useWidget();
  const { parts } = useEvaluation().completeness;
  const headingId = `${idPrefix}-progress`;
  // Counted from the answers and the errors, not from the visits, so that a draft opened from a file is as
  // done as when it was saved. Steps with nothing to answer yet (the consultations when no body applies), the
  // follow-up (after the meeting) and the summary are not counted either way.
  const itemsOf = (s: StepDef) => s.parts.reduce((n, p) => n + parts[p].total, 0);
  const counted = steps.filter((s) => itemsOf(s) > 0);
  const done = counted.filter(
    (s) => stepAnswered(s, parts) && !(byStep[steps.indexOf(s)] ?? []).some((f) => f.severity === 'error'),
  ).length;
  return (
    <nav className="oa-nav oa-steps" aria-labelledby={headingId} aria-describedby={`${headingId}-done`}>
      <h2 className="oa-heading" id={headingId}>
        {STEPPER_TEXTS.steps[locale]}
      </h2>
      <p className="oa-nav-overall" id={`${headingId}-done`}>
        {formatMessage(PROGRESS_TEXTS.stepsDone[locale], { done, total: counted.length }, locale)}
      </p>
      <ol className="oa-nav-list">
        {[...steps, undefined].map((step, i) => {
          const isCurrent = i === stepper.current;
          const checked = stepper.checkAll || stepper.checked.has(i);
          const errors = (byStep[i] ?? []).filter((f) => f.severity === 'error').length;
          const state = step
            ? stepState({ entered: stepper.entered.has(i), checked, errors, answered: stepAnswered(step, parts) })
            : undefined;
          return (
            <li
              key={step?.id ?? 'summary'}
              className={`oa-nav-item oa-step-item${state ? ` oa-step-item--${state}` : ''}${isCurrent ? ' oa-step-item--current' : ''}`}
            >
              <a
                className="oa-link"
                href={`#${idPrefix}-step-${step?.id ?? 'summary'}`}
                aria-current={isCurrent ? 'step' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  stepper.go(i);
                }}
              >
                {step ? step.title(locale) : STEPPER_TEXTS.summaryTitle[locale]}
              </a>
              {state && <span className="oa-step-state">{STATE_TEXT(state, errors, locale)}</span>}
            </li>
          );
        })}
      </ol>
      {!stepper.checkAll ? (
        <button type="button" className="oa-button oa-button--quiet" onClick={stepper.setCheckAll}>
          {STEPPER_TEXTS.checkAll[locale]}
        </button>
      ) : (
        <p className="oa-hint">{STEPPER_TEXTS.checkedAll[locale]}</p>
      )}
    </nav>
  );
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
  const { findings } = useEvaluation();
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
        <StepNav stepper={stepper} steps={steps} byStep={byStep} />
      </aside>
      <div className="oa-visually-hidden" role="status">
        {stepper.announcement}
      </div>
    </div>
  );
}
