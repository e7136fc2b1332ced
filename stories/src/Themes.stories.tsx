import { useEffect, useRef } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { defineElement } from '@osallisuusarvio/react';
import type { OsallisuusArvioElement, ThemeName } from '@osallisuusarvio/react';
import { TODAY, exampleValue } from './fixtures.js';

/**
 * The theme presets, generated from the official design tokens of the Suomi.fi design system and the
 * Helsinki Design System: `<osallisuus-arvio theme="suomifi">` adopts the prebuilt sheet in its shadow
 * root (so each story's theme stays in its own element). Fonts are not shipped: without Source Sans 3 or
 * Helsinki Grotesk installed, the stacks fall back to Helvetica Neue/Arial and Arial.
 */
interface ThemeArgs {
  theme: ThemeName;
  locale: 'fi' | 'sv' | 'en';
}

function ThemedElement({ theme, locale }: ThemeArgs) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    defineElement();
    const host = ref.current;
    if (!host) return;
    const el = document.createElement('osallisuus-arvio') as OsallisuusArvioElement;
    el.setAttribute('theme', theme);
    el.setAttribute('locale', locale);
    el.setAttribute('region', 'kymenlaakso');
    el.options = { today: TODAY, debounceMs: 0 };
    el.value = exampleValue('service-network');
    host.append(el);
    return () => el.remove();
  }, [theme, locale]);
  return <div ref={ref} data-theme={theme} />;
}

const meta = {
  title: 'Embedding/Themes',
  component: ThemedElement,
  args: { theme: 'suomifi', locale: 'fi' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['suomifi', 'hds'] },
    locale: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
  },
} satisfies Meta<typeof ThemedElement>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `<osallisuus-arvio theme="suomifi">`: Suomi.fi's colours, focus ring, 18 px text, 2 px radius, 20 px spacing. */
export const Suomifi: Story = { name: 'Suomi.fi design system (theme="suomifi")', args: { theme: 'suomifi' } };

/** `<osallisuus-arvio theme="hds">`: the Helsinki Design System's colours, focus colour and spacing. */
export const Hds: Story = { name: 'Helsinki Design System (theme="hds")', args: { theme: 'hds' } };

/** The HDS preset in Swedish. */
export const HdsSwedish: Story = { name: 'Helsinki Design System, in Swedish', args: { theme: 'hds', locale: 'sv' } };
