import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import {
  BILINGUAL_EXAMPLE_REGION,
  BODIES,
  CHECKLIST,
  EXAMPLES,
  FOLLOW_UP_TEXTS,
  GENERIC_REGION,
  GROUPS,
  RULES,
  SECTIONS,
  STEPPER_TEXTS,
  WIDGET_TEXTS,
  createAssessment,
  fieldLabel,
  findRegion,
  findingTarget,
} from '@osallisuusarvio/core';
import type { Assessment, RegionProfile } from '@osallisuusarvio/core';
import { renderForm, TODAY } from './test-utils.js';
import { STEPS } from './stepper.js';
import { stepOfPath } from './steps.js';
import type { FormHandle } from './types.js';

const TOTAL = STEPS.length + 1;
const heading = () => screen.getByRole('heading', { level: 2, name: /^Vaihe \d+\/\d+:/ });
const next = () => screen.getByRole('button', { name: STEPPER_TEXTS.next.fi });
const steps = () => screen.getByRole('navigation', { name: new RegExp(STEPPER_TEXTS.steps.fi) });
const shownStep = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-oa-step]:not([hidden])')!;

describe('the stepper (the default layout)', () => {
  it('shows one part at a time, the list of steps marks the current one, Next moves focus to the heading and announces it', async () => {
    const { user, container } = renderForm({ layout: undefined });
    expect(heading()).toHaveTextContent(`Vaihe 1/${TOTAL}: ${SECTIONS.case.fi}`);
    expect(screen.getByRole('group', { name: SECTIONS.case.fi })).toBeVisible();
    expect(screen.queryByRole('group', { name: `1. ${CHECKLIST[0].question.fi}` })).toBeNull();
    const items = within(steps()).getAllByRole('link');
    expect(items).toHaveLength(TOTAL);
    expect(items[0]).toHaveAttribute('aria-current', 'step');
    expect(items[1]).not.toHaveAttribute('aria-current');
    // Every step but the current one is not opened yet; the follow-up says instead that it needs a meeting date.
    expect(within(steps()).getAllByText(STEPPER_TEXTS.stateNotVisited.fi)).toHaveLength(STEPS.length - 2);
    expect(within(steps()).getByText(FOLLOW_UP_TEXTS.noMeetingDate.fi)).toBeInTheDocument();

    await user.click(next());
    const title = `1. ${CHECKLIST[0].question.fi}`;
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(heading()).toHaveTextContent(`Vaihe 2/${TOTAL}: ${title}`);
    expect(container.querySelector('.oa-visually-hidden[role="status"]')).toHaveTextContent(
      `Vaihe 2/${TOTAL}: ${title}`,
    );
    expect(within(steps()).getAllByRole('link')[1]).toHaveAttribute('aria-current', 'step');
    expect(shownStep(container).dataset.oaStep).toBe('affected');

    await user.click(screen.getByRole('button', { name: STEPPER_TEXTS.previous.fi }));
    await waitFor(() => expect(heading()).toHaveTextContent(`Vaihe 1/${TOTAL}`));
    // The last step summarises and makes the PDF.
    await user.click(within(steps()).getByRole('link', { name: STEPPER_TEXTS.summaryTitle.fi }));
    await waitFor(() => expect(screen.getByRole('button', { name: WIDGET_TEXTS.createPdf.fi })).toBeVisible());
    expect(screen.queryByRole('button', { name: STEPPER_TEXTS.next.fi })).toBeNull();
    expect(screen.getByRole('region', { name: SECTIONS.findings.fi })).toBeVisible();
  });

  it('keeps everything typed when moving between steps, and the value (and the draft) holds every step', async () => {
    const ref = createRef<FormHandle>();
    const storage = window.localStorage;
    storage.clear();
    const { user } = renderForm({ layout: undefined, ref, autosave: { key: 'stepper-test' } });
    await user.click(screen.getByLabelText(fieldLabel('case.title').fi));
    await user.paste('Terveysasemat');
    await user.click(next());
    await user.click(screen.getByLabelText(fieldLabel('affected.text').fi));
    await user.paste('Perheet');
    await user.click(next());
    await user.click(screen.getByRole('button', { name: STEPPER_TEXTS.previous.fi }));
    await user.click(screen.getByRole('button', { name: STEPPER_TEXTS.previous.fi }));
    await waitFor(() => expect(heading()).toHaveTextContent(`Vaihe 1/${TOTAL}`));
    expect(screen.getByLabelText(fieldLabel('case.title').fi)).toHaveValue('Terveysasemat');
    expect(ref.current!.getValue().case.title).toBe('Terveysasemat');
    expect(ref.current!.getValue().affected.text).toBe('Perheet');
    await waitFor(() => {
      const draft = Object.keys(storage)
        .filter((k) => k.includes('stepper-test'))
        .map((k) => storage.getItem(k) ?? '')
        .join();
      expect(draft).toContain('Terveysasemat');
      expect(draft).toContain('Perheet');
    });
  });

  it('shows a step’s findings beside it once the official has left it, or all after "check every step"', async () => {
    const { user, container } = renderForm({
      layout: undefined,
      defaultValue: createAssessment({ affected: { groups: ['olderPeople'] } }),
    });
    const council = /vanhusneuvosto/i;
    // On the first step nothing is said about question 1 or the consultations yet.
    expect(within(container.querySelector('.oa-aside')!).queryByText(council)).toBeNull();
    await user.click(screen.getByRole('button', { name: STEPPER_TEXTS.checkAll.fi }));
    expect(screen.getByText(STEPPER_TEXTS.checkedAll.fi)).toBeInTheDocument();
    // The council error is fixed on the consultations step: its link switches there.
    const consultations = STEPS.findIndex((s) => s.id === 'consultations');
    await user.click(within(steps()).getAllByRole('link')[consultations]!);
    await waitFor(() => expect(shownStep(container).dataset.oaStep).toBe('consultations'));
    const aside = container.querySelector<HTMLElement>('.oa-aside')!;
    const item = within(aside).getAllByText(council)[0]!.closest('li')!;
    await user.click(within(item).getByRole('button'));
    await waitFor(() =>
      expect(document.activeElement?.closest('[data-oa-step]')).toHaveAttribute('data-oa-step', 'consultations'),
    );
  });
});

/** Assessments on which the built-in rules fire: the examples, a blank one, and two with much amiss. */
function corpus(): [Assessment, RegionProfile][] {
  const messy = (changes: Parameters<typeof createAssessment>[0]) =>
    createAssessment({
      case: {
        meetingDate: '2027-01-10',
        decidingBody: { kind: 'regionalCouncil' },
        matterTypes: ['serviceNetwork', 'budget'],
        title: 'Päätös 131052-308T',
      },
      affected: { groups: GROUPS.map((g) => g.id), text: 'Hetu 131052-308T' },
      invited: { groups: [], deliberatelyExcluded: 'yes', exclusions: [{ group: 'sami', reason: '' }] },
      influence: { text: '', constraints: ['money'] },
      timing: { phases: ['implementation'], opensOn: '2027-01-20', closesOn: '2027-01-15', enoughTime: 'no' },
      communication: { channels: [], announcementLanguages: ['fi'], reportsBack: 'no' },
      methods: [
        { method: 'opinionSurvey', what: '', status: 'planned' },
        { method: 'discussionEvents', what: 'x', status: 'done', start: '2027-01-01', end: '2027-01-09' },
      ],
      ...changes,
    });
  const statuses = ['notNeeded', 'requested', 'statementReceived', 'tookPartInPreparation', null] as const;
  return [
    ...Object.values(EXAMPLES).map(
      (e) => [createAssessment(e.assessment), findRegion(e.region) ?? GENERIC_REGION] as [Assessment, RegionProfile],
    ),
    [createAssessment(), GENERIC_REGION],
    [messy({ consultations: BODIES.map((b, i) => ({ body: b.id, status: statuses[i % 5] })) }), GENERIC_REGION],
    [messy({ consultations: [] }), BILINGUAL_EXAMPLE_REGION],
  ];
}

describe('every finding’s link (each rule of core’s RULES that fires on the corpus)', () => {
  it('opens the step that shows the field where the finding is fixed, and focuses a rendered field there', async () => {
    const covered = new Set<string>();
    // Targets the form does not render (a field another part of the work adds): focus goes to their part.
    const onPart = new Set<string>();
    for (const [assessment, region] of corpus()) {
      const ref = createRef<FormHandle>();
      const { container, unmount } = renderForm({ layout: undefined, ref, defaultValue: assessment, region });
      for (const rule of RULES) {
        const hits = rule.when(assessment, { organiser: region, region, today: TODAY });
        for (const hit of hits) {
          const target = findingTarget(hit)!;
          const expected = stepOfPath(STEPS, target);
          expect(expected, `${rule.id}: ${target} is on a step`).toBeGreaterThanOrEqual(0);
          act(() => {
            ref.current!.focusField(target);
          });
          await waitFor(() => expect(shownStep(container).dataset.oaStepIndex).toBe(String(expected)));
          const active = document.activeElement as HTMLElement;
          expect(active.closest('[data-oa-step]'), `${rule.id} → ${target}`).toBe(shownStep(container));
          expect(active.closest('[hidden]'), `${rule.id} → ${target} is visible`).toBeNull();
          if (active.classList.contains('oa-part')) onPart.add(`${rule.id} → ${target}`);
          covered.add(rule.id);
        }
      }
      unmount();
    }
    console.log(
      `finding links checked for ${covered.size} of ${RULES.length} rules; to the part, field not rendered: ${[...onPart].join(', ') || 'none'}`,
    );
    expect(covered.size).toBeGreaterThanOrEqual(25);
  });
});
