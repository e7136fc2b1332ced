import type { MouseEvent, ReactNode } from 'react';
import {
  PART_IDS,
  PROGRESS_TEXTS,
  STEPPER_TEXTS,
  WIDGET_TEXTS,
  formatMessage,
} from '@osallisuusarvio/core/first-paint';
import type { Finding, Locale, PartCompleteness, PartId } from '@osallisuusarvio/core';
import { useWidget } from './context.js';
import { useEvaluation } from './evaluation-context.js';
import { partLabel } from './part-label.js';
import { partId } from './part.js';
import { useFollowUpClosed } from './follow-up-closed.js';
import type { StepDef, Stepper } from './stepper.js';
import { stepAnswered, stepState } from './steps.js';
import type { StepState } from './steps.js';
import { wt } from './text.js';

/** One entry of the list: a link to a step or a part, and its state in words beside it. */
interface ProgressItem {
  readonly key: string;
  readonly href: string;
  readonly label: string;
  /** The state in words ("kesken", "3/5 vastattu"); none where there is nothing to say. */
  readonly status?: string;
  readonly state?: StepState;
  readonly current: boolean;
  readonly onSelect: (event: MouseEvent<HTMLAnchorElement>) => void;
}

type Parts = Readonly<Record<PartId, PartCompleteness>>;

const STATE_TEXT = (state: StepState, errors: number, locale: Locale) =>
  state === 'errors'
    ? formatMessage(STEPPER_TEXTS.stateErrors[locale], { count: errors }, locale)
    : STEPPER_TEXTS[({ notVisited: 'stateNotVisited', visited: 'stateVisited', done: 'stateDone' } as const)[state]][
        locale
      ];

const errorCount = (findings: readonly Finding[] | undefined) =>
  (findings ?? []).filter((f) => f.severity === 'error').length;

/** The stepper's list: each step and the summary, its state, the current one marked; a link opens the step. */
function stepItems(
  stepper: Stepper,
  steps: readonly StepDef[],
  byStep: readonly Finding[][],
  parts: Parts,
  locale: Locale,
  idPrefix: string,
  followUpClosed: string | null,
): ProgressItem[] {
  return [...steps, undefined].map((step, i) => {
    const checked = stepper.checkAll || stepper.checked.has(i);
    const errors = errorCount(byStep[i]);
    // A step outside core's parts (the follow-up) is never done by its answers: it would say "valmis" empty.
    const answered = step !== undefined && step.parts.length > 0 && stepAnswered(step, parts);
    const counted = step?.parts.some((p) => parts[p].total > 0) === true;
    const state = step ? stepState({ entered: stepper.entered.has(i), checked, errors, answered, counted }) : undefined;
    const id = step?.id ?? 'summary';
    // The follow-up before it opens says when it opens, not "kesken" of a part nobody can fill in yet.
    const closed = id === 'followUp' ? followUpClosed : null;
    return {
      key: id,
      href: `#${idPrefix}-step-${id}`,
      label: step ? step.title(locale) : STEPPER_TEXTS.summaryTitle[locale],
      ...(closed ? { status: closed } : state && { state, status: STATE_TEXT(state, errors, locale) }),
      current: i === stepper.current,
      onSelect: (e) => {
        e.preventDefault();
        stepper.go(i);
      },
    };
  });
}

/**
 * How many steps are done: counted from the answers and the errors, not from the visits, so that a draft
 * opened from a file is as done as when it was saved. Steps with nothing to answer yet (the consultations when
 * no body applies), the follow-up (after the meeting) and the summary are not counted either way.
 */
function stepsDone(steps: readonly StepDef[], byStep: readonly Finding[][], parts: Parts) {
  const counted = steps.flatMap((s, i) => (s.parts.some((p) => parts[p].total > 0) ? [i] : []));
  const done = counted.filter((i) => stepAnswered(steps[i]!, parts) && errorCount(byStep[i]) === 0);
  return { done: done.length, total: counted.length };
}

/** The single page's list: every part and how much of it is answered; a link goes to its first unanswered item. */
function partItems(
  parts: Parts,
  locale: Locale,
  idPrefix: string,
  focusField: (path: string) => boolean,
): ProgressItem[] {
  return PART_IDS.map((part) => {
    const p = parts[part];
    return {
      key: part,
      href: `#${partId(idPrefix, part)}`,
      label: partLabel(part)[locale],
      ...(p.total > 0 && {
        status: wt('progressOf', locale, { answered: p.answered, total: p.total }),
        ...(p.answered === p.total && { state: 'done' as const }),
      }),
      current: false,
      onSelect: (e) => {
        // To the first unanswered item of the part (core lists them in order), else to the part. Handled here
        // also because inside a shadow root the fragment does not resolve.
        const missing = p.missing[0];
        if (missing && focusField(missing)) {
          e.preventDefault();
          return;
        }
        const el = (e.currentTarget.getRootNode() as Document | ShadowRoot).getElementById?.(partId(idPrefix, part));
        if (el) {
          e.preventDefault();
          el.focus();
          if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'start' });
        }
      },
    };
  });
}

/** Parts with nothing to answer yet (the timing before a meeting date, say) are not counted either way. */
function partsDone(parts: Parts) {
  const counted = PART_IDS.filter((part) => parts[part].total > 0);
  return { done: counted.filter((part) => parts[part].answered === parts[part].total).length, total: counted.length };
}

/**
 * The progress list of both layouts: in the stepper (given `stepper`) the steps as its navigation, with
 * "check every step" under them; on one page every part with how much of it is answered. Headed by what it
 * lists, with how much is done in words beside the heading, as its accessible description.
 */
export function ProgressNav(
  props: { stepper: Stepper; steps: readonly StepDef[]; byStep: readonly Finding[][] } | { stepper?: undefined },
) {
  const { locale, idPrefix, focusField } = useWidget();
  const { parts } = useEvaluation().completeness;
  const followUpClosed = useFollowUpClosed();
  const headingId = `${idPrefix}-progress`;
  const doneId = `${headingId}-done`;
  const { stepper } = props;
  const items = stepper
    ? stepItems(stepper, props.steps, props.byStep, parts, locale, idPrefix, followUpClosed)
    : partItems(parts, locale, idPrefix, focusField);
  const count = stepper ? stepsDone(props.steps, props.byStep, parts) : partsDone(parts);
  let footer: ReactNode = null;
  if (stepper)
    footer = !stepper.checkAll ? (
      <button type="button" className="oa-button oa-button--quiet" onClick={stepper.setCheckAll}>
        {STEPPER_TEXTS.checkAll[locale]}
      </button>
    ) : (
      <p className="oa-hint">{STEPPER_TEXTS.checkedAll[locale]}</p>
    );
  return (
    <nav className={stepper ? 'oa-nav oa-steps' : 'oa-nav'} aria-labelledby={headingId} aria-describedby={doneId}>
      <h2 className="oa-heading" id={headingId}>
        {(stepper ? STEPPER_TEXTS.steps : WIDGET_TEXTS.progress)[locale]}
      </h2>
      <p className="oa-nav-overall" id={doneId}>
        {formatMessage((stepper ? PROGRESS_TEXTS.stepsDone : PROGRESS_TEXTS.partsDone)[locale], count, locale)}
      </p>
      <ol className="oa-nav-list">
        {items.map((item) => (
          <li
            key={item.key}
            className={`oa-nav-item${item.state ? ` oa-nav-item--${item.state}` : ''}${item.current ? ' oa-nav-item--current' : ''}`}
          >
            <a
              className="oa-link"
              href={item.href}
              aria-current={item.current ? 'step' : undefined}
              onClick={item.onSelect}
            >
              {item.label}
            </a>
            {item.status && <span className="oa-nav-state">{item.status}</span>}
          </li>
        ))}
      </ol>
      {footer}
    </nav>
  );
}
