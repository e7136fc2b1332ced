import type { Meta, StoryObj } from '@storybook/react-vite';
import { ParticipationAssessmentForm } from '@osallisuusarvio/react';
import { KYMENLAAKSO } from '@osallisuusarvio/core';
import type { AssessmentInput } from '@osallisuusarvio/core';
import {
  TODAY,
  blockedStorage,
  draftStorage,
  exampleRegion,
  exampleValue,
  playDone,
  waitFor,
  withFindings,
} from './fixtures.js';

const meta = {
  title: 'Widget/Form',
  component: ParticipationAssessmentForm,
  // The stories below show one part or state each on the long page; the stepper stories show the default.
  args: { today: TODAY, debounceMs: 0, layout: 'single-page' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['stepper', 'single-page'] },
    locale: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    readOnly: { control: 'boolean' },
    onChange: { action: 'change' },
    onSubmit: { action: 'submit' },
    onPdf: { action: 'pdf' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The whole participation assessment form (`<ParticipationAssessmentForm>` of `@osallisuusarvio/react`). ' +
          'Every question, option and rule comes from `@osallisuusarvio/core`.',
      },
    },
  },
} satisfies Meta<typeof ParticipationAssessmentForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new, empty assessment. */
export const Empty: Story = { args: { locale: 'fi' } };

/** The default layout: one part at a time, the list of steps beside it, the summary and the PDF last (fi). */
export const StepperFi: Story = {
  name: 'Stepper (fi)',
  args: {
    locale: 'fi',
    layout: 'stepper',
    region: exampleRegion('service-network'),
    defaultValue: exampleValue('service-network'),
  },
};

/** The stepper in Swedish. */
export const StepperSv: Story = {
  name: 'Stepper (sv)',
  args: {
    locale: 'sv',
    layout: 'stepper',
    region: exampleRegion('service-network'),
    defaultValue: exampleValue('service-network'),
  },
};

/** The stepper in English. */
export const StepperEn: Story = {
  name: 'Stepper (en)',
  args: {
    locale: 'en',
    layout: 'stepper',
    region: exampleRegion('service-network'),
    defaultValue: exampleValue('service-network'),
  },
};

/** `layout: 'single-page'`: every part on one long page, for hosts that want it. */
export const SinglePage: Story = {
  name: 'Single page',
  args: {
    locale: 'fi',
    layout: 'single-page',
    region: exampleRegion('service-network'),
    defaultValue: exampleValue('service-network'),
  },
};

/** Filled from core's `service-network` example (Kymenlaakso). */
export const ExampleServiceNetwork: Story = {
  name: 'Example: service network',
  args: { locale: 'fi', region: exampleRegion('service-network'), defaultValue: exampleValue('service-network') },
};

/** Filled from core's `budget` example (the generic region). */
export const ExampleBudget: Story = {
  name: 'Example: budget',
  args: { locale: 'fi', region: exampleRegion('budget'), defaultValue: exampleValue('budget') },
};

/** Filled from core's `internal-sv` example: an internal matter without participation, in Swedish. */
export const ExampleInternalSv: Story = {
  name: 'Example: internal (sv)',
  args: { locale: 'sv', region: exampleRegion('internal-sv'), defaultValue: exampleValue('internal-sv') },
};

/** Read-only: for showing a saved assessment, e.g. to a decision-maker. */
export const ReadOnly: Story = {
  name: 'Read-only',
  args: {
    locale: 'fi',
    readOnly: true,
    region: exampleRegion('service-network'),
    defaultValue: exampleValue('service-network'),
  },
};

/** The case details that the host's case-management system already knows are shown locked. */
export const WithCaseDetails: Story = {
  name: 'With case details from the host',
  args: {
    locale: 'fi',
    region: KYMENLAAKSO,
    caseDetails: {
      diaryNumber: 'KYMHVA/2145/05.00.00/2026',
      title: 'Karhulan ja Hovinsaaren terveysasemien yhdistäminen',
      decidingBody: { kind: 'regionalExecutive' },
      meetingDate: '2027-03-15',
    },
  },
};

/** An assessment with an error (participation closes after the meeting) and a warning (no report back). */
export const WithFindings: Story = {
  name: 'With findings (errors and warnings)',
  args: { locale: 'fi', region: KYMENLAAKSO, defaultValue: withFindings() },
};

/** Finnish (the default). */
export const LocaleFi: Story = {
  name: 'Locale: suomi (fi)',
  args: { locale: 'fi', region: exampleRegion('service-network'), defaultValue: exampleValue('service-network') },
};

/** Swedish. */
export const LocaleSv: Story = {
  name: 'Locale: svenska (sv)',
  args: { locale: 'sv', region: exampleRegion('service-network'), defaultValue: exampleValue('service-network') },
};

/** English. */
export const LocaleEn: Story = {
  name: 'Locale: English (en)',
  args: { locale: 'en', region: exampleRegion('service-network'), defaultValue: exampleValue('service-network') },
};

/** Saving an assessment with an error: the error summary at the top links to each field. */
export const AfterSubmitWithErrors: Story = {
  name: 'After submit: error summary',
  args: { locale: 'fi', region: KYMENLAAKSO, defaultValue: withFindings() },
  play: async ({ canvasElement }) => {
    const submit = await waitFor(() => canvasElement.querySelector<HTMLButtonElement>('button[type="submit"]'));
    submit.click();
    await waitFor(() => canvasElement.querySelector('.oa-error-summary'));
    playDone(canvasElement);
  },
};

/** After "Luo PDF-liite": the download link and the preview button. */
export const PdfReady: Story = {
  name: 'PDF made',
  args: { locale: 'fi', region: exampleRegion('service-network'), defaultValue: exampleValue('service-network') },
  play: async ({ canvasElement }) => {
    const create = await waitFor(() =>
      canvasElement.querySelector<HTMLButtonElement>('.oa-summary .oa-button--primary'),
    );
    create.click();
    await waitFor(() => canvasElement.querySelector('.oa-summary a[download]'), 60_000);
    playDone(canvasElement);
  },
};

/** With `autosave`: a draft saved earlier is restored, and the form says so. */
export const DraftRestored: Story = {
  name: 'Autosave: draft restored',
  args: {
    locale: 'fi',
    region: exampleRegion('budget'),
    autosave: { key: 'story-draft', storage: draftStorage(exampleValue('budget')) },
  },
};

/** Storage that refuses writes (full, disabled, private mode): a notice that stays, and the draft as a file. */
export const StorageBlocked: Story = {
  name: 'Autosave: storage refuses the draft',
  args: {
    locale: 'fi',
    region: exampleRegion('budget'),
    autosave: { key: 'story-blocked', storage: blockedStorage() },
  },
};

/** A stored draft from a newer version: kept aside, offered as a download and back to the form. */
export const DraftUnreadable: Story = {
  name: 'Autosave: unreadable draft kept aside',
  args: {
    locale: 'fi',
    region: exampleRegion('budget'),
    autosave: {
      key: 'story-unreadable',
      storage: draftStorage({ ...exampleValue('budget'), schemaVersion: 99 } as unknown as AssessmentInput),
    },
  },
};

/** A host passing an unknown locale: the form in Finnish with a notice; the host gets a WidgetOptionsError. */
export const HostOptionsInvalid: Story = {
  name: 'Host options the widget cannot use',
  args: { locale: 'xx' as never, debounceMs: -1 },
};

/** Opening a file over answers: the widget asks first (and can undo after). */
export const OpenFileOverAnswers: Story = {
  name: 'Opening a file over answers',
  args: { locale: 'fi', region: exampleRegion('service-network'), defaultValue: exampleValue('service-network') },
  play: async ({ canvasElement }) => {
    const input = await waitFor(() => canvasElement.querySelector<HTMLInputElement>('input[type="file"]'));
    const files = new DataTransfer();
    files.items.add(
      new File([JSON.stringify(exampleValue('budget'))], 'talousarvio.json', { type: 'application/json' }),
    );
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => canvasElement.querySelector('[data-oa-notice="import-confirm"]'));
    playDone(canvasElement);
  },
};
