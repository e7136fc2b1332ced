// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_NAMES, contrast, themeSheets } from '../scripts/themes.mjs';

// The names src/themes.ts exports (themes-option.test.tsx checks them there).
const THEMES = ['suomifi', 'hds'] as const;

const file = (name: string) => readFileSync(new URL(`./themes/${name}.css`, import.meta.url), 'utf8');
const styles = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
const declared = (css: string) =>
  new Map([...css.matchAll(/^\s*(--oa-[a-z-]+): ([^;]+);/gm)].map((m) => [m[1]!, m[2]!]));
/** The widget's own defaults: `var(--oa-x, default)` in styles.css. */
const defaults = new Map(
  [...styles.matchAll(/var\((--oa-[a-z][a-z-]*), ([^;]*?)\)(?:;|$)/gm)].map((m) => [m[1]!, m[2]!]),
);

describe('the theme presets', () => {
  it('are the files the build script makes from the token packages (run `pnpm --filter @osallisuusarvio/react themes`)', () => {
    const sheets = themeSheets();
    expect(Object.keys(sheets)).toEqual([...THEMES]);
    expect([...THEME_NAMES]).toEqual([...THEMES]);
    for (const name of THEMES) expect(file(name), name).toBe(sheets[name]);
  });

  it('set only custom properties the widget reads, for the page (:root) or the custom element (:host)', () => {
    for (const name of THEMES) {
      const css = file(name).replace(/\/\*[\s\S]*?\*\//g, '');
      expect(css.trim().startsWith(':root,\n:host {'), name).toBe(true);
      const props = [...declared(css).keys()];
      expect(props.length, name).toBeGreaterThan(8);
      for (const p of props) expect(defaults.has(p), `${name}: ${p}`).toBe(true);
      expect(css, name).not.toMatch(/@font-face|url\(/); // fonts are not shipped
    }
  });

  it.each(THEMES)('%s meets WCAG AA contrast with the defaults it leaves in place', (name) => {
    const set = declared(file(name));
    const color = (role: string) => set.get(`--oa-color-${role}`) ?? (defaults.get(`--oa-color-${role}`) as string);
    const grounds = [color('bg'), color('surface')];
    for (const role of ['text', 'muted', 'accent', 'error', 'warning', 'recommendation', 'success'])
      for (const g of grounds) expect(contrast(color(role), g), `${role} on ${g}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(color('accent-text'), color('accent'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(color('border'), color('bg'))).toBeGreaterThanOrEqual(3);
    expect(contrast(color('focus'), color('bg'))).toBeGreaterThanOrEqual(3);
  });

  it('keep the font stacks of the systems, ending in a generic family', () => {
    expect(declared(file('suomifi')).get('--oa-font-family')).toMatch(/^"Source Sans 3".*sans-serif$/);
    expect(declared(file('hds')).get('--oa-font-family')).toMatch(/^HelsinkiGrotesk.*sans-serif$/);
  });
});
