import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import {
  GENERIC_REGION,
  GROUPS,
  STEPPER_TEXTS,
  YES_NO_UNSURE,
  createAssessment,
  fieldLabel,
  formatMessage,
} from '@osallisuusarvio/core';
import type { Assessment, CatalogueEntry, Locale } from '@osallisuusarvio/core';
import { WidgetContext } from './context.js';
import { CheckboxGroup, RadioGroup } from './fields.js';
import { focusField } from './focus.js';
import { loadLaterParts } from './lazy-steps.js';

// The groups are a later step's field, whose words come with the later steps' chunk: loaded first, as the form
// has it before such a field renders.
await loadLaterParts();

const ALL: readonly CatalogueEntry[] = GROUPS;
const COMMON = ALL.filter((g) => g.common === true);
const REST = ALL.filter((g) => g.common !== true);

/** The affected groups alone, in a form as the widget holds it, so that only the list is under test. */
function Harness({
  value,
  locale = 'fi',
  readOnly = false,
  children,
}: {
  value: Partial<Assessment['affected']>;
  locale?: Locale;
  readOnly?: boolean;
  children: ReactNode;
}) {
  const form = useForm<Assessment>({
    defaultValues: createAssessment({ affected: { groups: [], otherGroups: '', text: '', ...value } }),
  });
  return (
    <FormProvider {...form}>
      <WidgetContext.Provider
        value={{
          locale,
          region: GENERIC_REGION,
          readOnly,
          locked: new Set(),
          idPrefix: 't',
          focusField: () => false,
        }}
      >
        {children}
      </WidgetContext.Provider>
    </FormProvider>
  );
}

function renderGroups(
  value: Partial<Assessment['affected']> = {},
  options: { locale?: Locale; readOnly?: boolean } = {},
) {
  const user = userEvent.setup();
  render(
    <Harness value={value} {...options}>
      <button type="button">before</button>
      <CheckboxGroup name="affected.groups" options={GROUPS} other="affected.otherGroups" />
      <button type="button">after</button>
    </Harness>,
  );
  return user;
}

const box = (label: { fi: string }) => screen.queryByRole('checkbox', { name: label.fi });
const showAll = () =>
  screen.getByRole('button', {
    name: formatMessage(STEPPER_TEXTS.showAllOptions.fi, { count: GROUPS.length }, 'fi'),
  });
const status = () => document.querySelector('.oa-show-all-status[aria-live="polite"]');
const other = () => screen.queryByRole('textbox', { name: fieldLabel('affected.otherGroups').fi });

describe('a long option list shows the common choices first', () => {
  it('shows only the common groups and no "other" field until the official asks for all', () => {
    renderGroups();
    expect(COMMON.length).toBeGreaterThan(0);
    for (const g of COMMON) expect(box(g.label), g.id).toBeInTheDocument();
    for (const g of REST) expect(box(g.label), g.id).not.toBeInTheDocument();
    expect(other()).not.toBeInTheDocument();
    expect(showAll()).toHaveAttribute('aria-expanded', 'false');
  });

  it('"show all" puts focus on the first option it reveals and says that all are shown', async () => {
    const user = renderGroups();
    await user.click(showAll());
    const first = box(REST[0]!.label)!;
    await waitFor(() => expect(first).toHaveFocus());
    for (const g of REST) expect(box(g.label), g.id).toBeInTheDocument();
    expect(other()).toBeInTheDocument();
    expect(status()).toHaveTextContent(formatMessage(STEPPER_TEXTS.allOptionsShown.fi, { count: GROUPS.length }, 'fi'));
    // And back: the button stays where it was, the status says so.
    const fewer = screen.getByRole('button', { name: STEPPER_TEXTS.showCommonOptions.fi });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(fewer);
    expect(box(REST[0]!.label)).not.toBeInTheDocument();
    expect(status()).toHaveTextContent(STEPPER_TEXTS.commonOptionsShown.fi);
  });

  it('always shows an uncommon group already chosen (a draft or an opened file), and "other" while it holds text', () => {
    const uncommon = REST.find((g) => g.id === 'sami')!;
    renderGroups({ groups: ['sami'], otherGroups: 'Kesäasukkaat' });
    expect(box(uncommon.label)).toBeChecked();
    expect(other()).toHaveValue('Kesäasukkaat');
    expect(box(REST.find((g) => g.id !== 'sami')!.label)).not.toBeInTheDocument();
  });
});

const button = (name: string) => screen.getByRole('button', { name });
const group = () => screen.getByRole('group', { name: fieldLabel('affected.groups').fi });

describe('a checkbox list is one Tab stop, its options reached with the arrow keys', () => {
  it('Tab enters on the first option and the next Tab leaves the list, past its other options and "show all"', async () => {
    const user = renderGroups();
    button('before').focus();
    await user.tab();
    expect(box(COMMON[0]!.label)).toHaveFocus();
    await user.tab();
    expect(button('after')).toHaveFocus();
    await user.tab({ shift: true });
    expect(box(COMMON[0]!.label)).toHaveFocus();
  });

  it('says so under the legend, in the official’s language, as the list’s description', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const { unmount } = render(
        <Harness value={{}} locale={locale}>
          <CheckboxGroup name="affected.groups" options={GROUPS} />
        </Harness>,
      );
      const list = screen.getByRole('group', { name: fieldLabel('affected.groups')[locale] });
      expect(list, locale).toHaveAccessibleDescription(expect.stringContaining(STEPPER_TEXTS.optionKeys[locale]));
      expect(screen.getByText(STEPPER_TEXTS.optionKeys[locale])).toBeVisible();
      unmount();
    }
  });

  it('walks the common options with ArrowDown to "show all" at the end; Space ticks, the arrows do not', async () => {
    const user = renderGroups();
    box(COMMON[0]!.label)!.focus();
    for (const g of COMMON.slice(1)) {
      await user.keyboard('{ArrowDown}');
      expect(box(g.label), g.id).toHaveFocus();
    }
    await user.keyboard('{ArrowDown}');
    expect(showAll()).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(showAll(), '"show all" ends the sequence').toHaveFocus();
    await user.keyboard('{ArrowUp}');
    const last = box(COMMON.at(-1)!.label)!;
    expect(last).toHaveFocus();
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
    await user.keyboard(' ');
    expect(last).toBeChecked();
    await user.keyboard('{Home}');
    expect(box(COMMON[0]!.label)).toHaveFocus();
    await user.keyboard('{End}');
    expect(showAll()).toHaveFocus();
  });

  it('"show all" from the arrow sequence puts focus on the first option it reveals, the list’s stop from then on; "other" is a stop of its own', async () => {
    const user = renderGroups();
    box(COMMON[0]!.label)!.focus();
    await user.keyboard('{End}{Enter}');
    const first = box(REST[0]!.label)!;
    await waitFor(() => expect(first).toHaveFocus());
    await user.keyboard('{ArrowUp}');
    expect(box(COMMON.at(-1)!.label)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box(REST[1]!.label)).toHaveFocus();
    await user.keyboard('{End}');
    const fewer = screen.getByRole('button', { name: STEPPER_TEXTS.showCommonOptions.fi });
    expect(fewer, 'the button stays last with every option shown').toHaveFocus();
    // From the list, Tab goes to "other" (now shown), where the arrows move the caret, then out.
    await user.tab();
    expect(other()).toHaveFocus();
    await user.keyboard('Kesäasukkaat{ArrowLeft}{Home}{ArrowDown}{End}');
    expect(other()).toHaveFocus();
    expect(other()).toHaveValue('Kesäasukkaat');
    await user.tab();
    expect(button('after')).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(fewer, 'back into the list on the item last focused').toHaveFocus();
  });

  it('keeps an uncommon option in sight, and focused, when Space unticks it in the folded list', async () => {
    const sami = REST.find((g) => g.id === 'sami')!;
    const user = renderGroups({ groups: ['sami'] });
    box(sami.label)!.focus();
    await user.keyboard(' ');
    expect(box(sami.label)).not.toBeChecked();
    expect(box(sami.label)).toHaveFocus();
    await user.keyboard(' ');
    expect(box(sami.label)).toBeChecked();
  });

  it('a finding’s "Siirry kohtaan" focuses the list on its first option, which becomes the list’s stop', async () => {
    const user = renderGroups();
    box(COMMON[0]!.label)!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box(COMMON[2]!.label)).toHaveFocus();
    button('after').focus();
    // What a finding's link calls (through the stepper), with the list's path.
    expect(focusField(document, 'affected.groups')).toBe(true);
    expect(box(COMMON[0]!.label)).toHaveFocus();
    expect(group()).toContainElement(document.activeElement as HTMLElement);
    button('before').focus();
    await user.tab();
    expect(box(COMMON[0]!.label)).toHaveFocus();
  });

  it('read-only: the boxes cannot be focused, "show all" is the list’s one stop and no arrow hint is shown', async () => {
    const user = renderGroups({}, { readOnly: true });
    button('before').focus();
    await user.tab();
    expect(showAll()).toHaveFocus();
    await user.tab();
    expect(button('after')).toHaveFocus();
    expect(screen.queryByText(STEPPER_TEXTS.optionKeys.fi)).not.toBeInTheDocument();
  });

  it('leaves radio groups to the browser (natively one stop): no roving tabindex, no hint', () => {
    render(
      <Harness value={{}}>
        <RadioGroup name="case.substantialImpact" options={YES_NO_UNSURE} />
      </Harness>,
    );
    for (const r of screen.getAllByRole('radio')) expect(r).not.toHaveAttribute('tabindex');
    expect(screen.queryByText(STEPPER_TEXTS.optionKeys.fi)).not.toBeInTheDocument();
  });
});
