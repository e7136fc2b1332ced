import { Suspense, use } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { CHECKLIST_QUESTIONS, FOLLOW_UP_STEP_TEXTS, WIDGET_TEXTS } from '@osallisuusarvio/core/first-paint';
import type { PartId } from '@osallisuusarvio/core';
import { useWidget } from './context.js';
import { CaseSection } from './case-section.js';
import { partLabel } from './part-label.js';
import type { StepDef } from './stepper.js';
import { loadedLaterParts, loadLaterParts } from './later-loader.js';

// The steps after the first (and the catalogues only they use) are one chunk (later-loader.ts). Every step
// renders from the start (hidden), so the chunk is asked for with the first render and is here before the
// official presses "Next"; once it is, the steps render at once, with no fallback.
type Later = typeof import('./later-parts.js');
export { loadLaterParts };

/** A component of the later chunk; suspends until the chunk is here. */
function fromLater<P extends object>(pick: (m: Later) => ComponentType<P>, name: string) {
  function LaterPart(props: P) {
    const C = pick(loadedLaterParts() ?? use(loadLaterParts()));
    return <C {...props} />;
  }
  LaterPart.displayName = name;
  return LaterPart;
}

/** Where a part is still loading: keeps its place and says so to screen readers. */
export function Loading() {
  const { locale } = useWidget();
  return (
    <p className="oa-hint oa-loading" role="status">
      {WIDGET_TEXTS.loadingPart[locale]}
    </p>
  );
}

/** Where findings or progress wait for the evaluation: never "no findings" before it has run. */
export function Checking() {
  const { locale } = useWidget();
  return (
    <p className="oa-hint oa-checking" role="status">
      {WIDGET_TEXTS.checking[locale]}
    </p>
  );
}

const loaded = (node: ReactNode) => <Suspense fallback={<Loading />}>{node}</Suspense>;

const Questions = /* @__PURE__ */ fromLater((m) => m.Questions, 'Questions');
const QuestionPart = /* @__PURE__ */ fromLater((m) => m.QuestionPart, 'QuestionPart');
const MethodsSection = /* @__PURE__ */ fromLater((m) => m.MethodsSection, 'MethodsSection');
const ConsultationsSection = /* @__PURE__ */ fromLater((m) => m.ConsultationsSection, 'ConsultationsSection');
const GuidanceSection = /* @__PURE__ */ fromLater((m) => m.GuidanceSection, 'GuidanceSection');
const ConclusionSection = /* @__PURE__ */ fromLater((m) => m.ConclusionSection, 'ConclusionSection');
const FollowUpSection = /* @__PURE__ */ fromLater((m) => m.FollowUpSection, 'FollowUpSection');
/** The summary step (the PDF, saving and opening files); put it under a Suspense with `<Loading />`. */
export const SummaryStep = /* @__PURE__ */ fromLater((m) => m.SummaryStep, 'SummaryStep');
/** What opening a file over answers asks and says (shown on the summary step, so loaded with it). */
export const ImportGuard = /* @__PURE__ */ fromLater((m) => m.ImportGuard, 'ImportGuard');

/** The single page after the case part: every later part, loading as one. */
export function LaterParts() {
  return loaded(
    <>
      <Questions />
      <MethodsSection />
      <ConsultationsSection />
      <GuidanceSection />
      <ConclusionSection />
      <FollowUpSection />
    </>,
  );
}

const part = (id: PartId, render: () => ReactNode): StepDef => ({
  id,
  parts: [id],
  fields: [id],
  title: (locale) => partLabel(id)[locale],
  render,
});

/** Outside core's progress (it opens after the meeting); the same id as follow-up-section.tsx's part. */
const FOLLOW_UP_PART_ID = 'followUp';

/**
 * The steps, in the checklist's order; the summary (the PDF) comes after them. Adding a part to the form is
 * one line here. The first step is in the first paint; the others come with the later chunk.
 */
export const STEPS: readonly StepDef[] = [
  part('case', () => <CaseSection />),
  ...CHECKLIST_QUESTIONS.map((q) => part(q.id, () => loaded(<QuestionPart id={q.id} />))),
  part('methods', () => loaded(<MethodsSection />)),
  part('consultations', () => loaded(<ConsultationsSection />)),
  part('guidance', () => loaded(<GuidanceSection />)),
  part('conclusion', () => loaded(<ConclusionSection />)),
  {
    id: FOLLOW_UP_PART_ID,
    parts: [],
    fields: ['followUp'],
    title: (locale) => FOLLOW_UP_STEP_TEXTS.part[locale],
    render: () => loaded(<FollowUpSection />),
  },
];
