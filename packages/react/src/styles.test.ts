// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Every selector of every rule, at-rules' own preludes left out. */
function selectors(text: string): string[] {
  const out: string[] = [];
  const re = /([^{}]+)\{/g;
  for (const m of text.matchAll(re)) {
    const prelude = m[1]!.trim();
    if (prelude.startsWith('@')) continue;
    out.push(...prelude.split(',').map((s) => s.trim()));
  }
  return out;
}

describe('styles.css', () => {
  it('styles only .oa- classes: no selector reaches the host page', () => {
    const all = selectors(css);
    expect(all.length).toBeGreaterThan(50);
    const global = all.filter((s) => s !== ':host' && !s.startsWith('.oa-'));
    expect(global).toEqual([]);
  });

  it('is themed through --oa-color- custom properties', () => {
    const tokens = new Set([...css.matchAll(/var\((--oa-color-[\w-]+)/g)].map((m) => m[1]));
    expect([...tokens]).toEqual(
      expect.arrayContaining([
        '--oa-color-text',
        '--oa-color-bg',
        '--oa-color-accent',
        '--oa-color-focus',
        '--oa-color-error',
      ]),
    );
  });
});

describe('the theme tokens in the README', () => {
  const raw = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('lists every --oa-* custom property of the stylesheet with its real default', () => {
    const inCss = new Map(
      [...raw.matchAll(/var\((--oa-[a-z][a-z-]*), ([^;]*?)\)(?:;|$)/gm)].map((m) => [m[1]!, m[2]!]),
    );
    const block = /```css\nosallisuus-arvio,[\s\S]*?```/.exec(readme)?.[0] ?? '';
    const inReadme = new Map([...block.matchAll(/^\s*(--oa-[a-z-]+): ([^;]+);/gm)].map((m) => [m[1]!, m[2]!]));
    expect(inCss.size).toBeGreaterThan(10);
    expect(Object.fromEntries(inReadme)).toEqual(Object.fromEntries(inCss));
  });
});
