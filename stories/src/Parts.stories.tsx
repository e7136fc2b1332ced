import { useEffect, useRef } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ParticipationAssessmentForm } from '@osallisuusarvio/react';
import type { ParticipationAssessmentFormProps } from '@osallisuusarvio/react';
import type { PartId } from '@osallisuusarvio/core';
import { TODAY, exampleRegion, exampleValue } from './fixtures.js';

/**
 * `@osallisuusarvio/react` does not export the parts of the form as components of their own: each of
 * these stories renders the whole form (filled from the service-network example) and scrolls to one part.
 */
type PartsArgs = ParticipationAssessmentFormProps & { part: PartId | 'summary' };

function FormAtPart({ part, ...props }: PartsArgs) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const target =
      part === 'summary' ? root.querySelector('.oa-summary') : root.querySelector(`fieldset[id$="-part-${part}"]`);
    target?.scrollIntoView({ block: 'start' });
  }, [part]);
  return (
    <div ref={ref} data-part={part}>
      <ParticipationAssessmentForm {...props} />
    </div>
  );
}

const meta = {
  title: 'Widget/Parts',
  component: FormAtPart,
  args: {
    part: 'case',
    // Every part in place, so that the story can scroll to one (the stepper would hide the others).
    layout: 'single-page',
    locale: 'fi',
    today: TODAY,
    debounceMs: 0,
    region: exampleRegion('service-network'),
    defaultValue: exampleValue('service-network'),
  },
  argTypes: { locale: { control: 'inline-radio', options: ['fi', 'sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'The form scrolled to each of its parts. The widget exports only the whole form, so a part is shown in place.',
      },
    },
  },
} satisfies Meta<typeof FormAtPart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Case: Story = { name: 'Part: case details', args: { part: 'case' } };
export const Affected: Story = { name: 'Part: 1. affected', args: { part: 'affected' } };
export const Invited: Story = { name: 'Part: 2. invited', args: { part: 'invited' } };
export const Influence: Story = { name: 'Part: 3. influence', args: { part: 'influence' } };
export const Timing: Story = { name: 'Part: 4. timing', args: { part: 'timing' } };
export const Outcomes: Story = { name: 'Part: 5. outcomes', args: { part: 'outcomes' } };
export const Communication: Story = { name: 'Part: 6. communication', args: { part: 'communication' } };
export const Testing: Story = { name: 'Part: 7. testing', args: { part: 'testing' } };
export const Methods: Story = { name: 'Part: methods', args: { part: 'methods' } };
export const Consultations: Story = { name: 'Part: consultations', args: { part: 'consultations' } };
export const Guidance: Story = { name: 'Part: guidance', args: { part: 'guidance' } };
export const Conclusion: Story = { name: 'Part: conclusion', args: { part: 'conclusion' } };
export const Summary: Story = { name: 'Part: summary and PDF', args: { part: 'summary' } };
