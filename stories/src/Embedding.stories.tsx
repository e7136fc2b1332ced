import { useEffect, useRef } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { defineElement, mount } from '@osallisuusarvio/react';
import type { OsallisuusArvioElement } from '@osallisuusarvio/react';
import { TODAY, exampleValue } from './fixtures.js';

/**
 * Hosts without React: the `<osallisuus-arvio>` custom element (CSS inside its shadow root) and
 * `mount(element, options)`. In a page that is not React, load `@osallisuusarvio/react/embed`
 * (dist/embed/osallisuus-arvio.js), which bundles React and registers the element; here the same
 * element is registered with `defineElement()` from the main entry.
 */
interface EmbedArgs {
  locale: 'fi' | 'sv' | 'en';
  readOnly: boolean;
}

function CustomElementHost({ locale, readOnly }: EmbedArgs) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    defineElement();
    const host = ref.current;
    if (!host) return;
    const el = document.createElement('osallisuus-arvio') as OsallisuusArvioElement;
    el.setAttribute('locale', locale);
    el.setAttribute('region', 'kymenlaakso');
    el.setAttribute('diary-number', 'KYMHVA/2145/05.00.00/2026');
    el.setAttribute('deciding-body', 'regionalExecutive');
    el.setAttribute('meeting-date', '2027-03-15');
    if (readOnly) el.setAttribute('read-only', '');
    el.options = { today: TODAY, debounceMs: 0 };
    host.append(el);
    return () => el.remove();
  }, [locale, readOnly]);
  return <div ref={ref} />;
}

function MountHost({ locale, readOnly }: EmbedArgs) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = ref.current;
    if (!target) return;
    const widget = mount(target, {
      locale,
      readOnly,
      today: TODAY,
      debounceMs: 0,
      defaultValue: exampleValue('budget'),
      caseDetails: { diaryNumber: 'KYMHVA/77/00.01/2027', title: 'Neuvolan aukioloaikojen muutos' },
    });
    return () => widget.unmount();
  }, [locale, readOnly]);
  return <div ref={ref} />;
}

const meta = {
  title: 'Embedding/Plain HTML',
  component: CustomElementHost,
  args: { locale: 'fi', readOnly: false },
  argTypes: { locale: { control: 'inline-radio', options: ['fi', 'sv', 'en'] } },
} satisfies Meta<typeof CustomElementHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `<osallisuus-arvio locale="fi" region="kymenlaakso" diary-number="…">`, set up by attributes. */
export const CustomElement: Story = { name: 'Custom element <osallisuus-arvio>' };

/** `<osallisuus-arvio read-only>`. */
export const CustomElementReadOnly: Story = { name: 'Custom element, read-only', args: { readOnly: true } };

/** `mount(element, options)`, with case details from the host. */
export const Mount: Story = { name: 'mount(element, options)', render: (args) => <MountHost {...args} /> };
