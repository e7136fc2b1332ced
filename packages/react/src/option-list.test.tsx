import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import {
  GENERIC_REGION,
  GROUPS,
  STEPPER_TEXTS,
  createAssessment,
  fieldLabel,
  formatMessage,
} from '@osallisuusarvio/core';
import type { Assessment, CatalogueEntry } from '@osallisuusarvio/core';
import { WidgetContext } from './context.js';
import { CheckboxGroup } from './fields.js';
import { loadLaterParts } from './lazy-steps.js';

// The groups are a later step's field, whose words come with the later steps' chunk: loaded first, as the form
// has it before such a field renders.
await loadLaterParts();

const ALL: readonly CatalogueEntry[] = GROUPS;
const COMMON = ALL.filter((g) => g.common === true);
const REST = ALL.filter((g) => g.common !== true);

/** The affected groups alone, in a form as the widget holds it, so that only the list is under test. */
function Harness({ value, children }: { value: Partial<Assessment['affected']>; children: ReactNode }) {
  const form = useForm<Assessment>({
    defaultValues: createAssessment({ affected: { groups: [], otherGroups: '', text: '', ...value } }),
  });
  return (
    <FormProvider {...form}>
      <WidgetContext.Provider
        value={{
          locale: 'fi',
          region: GENERIC_REGION,
          readOnly: false,
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

function renderGroups(value: Partial<Assessment['affected']> = {}) {
  const user = userEvent.setup();
  render(
    <Harness value={value}>
      <CheckboxGroup name="affected.groups" options={GROUPS} other="affected.otherGroups" />
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
