import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { GROUPS, STEPPER_TEXTS, fieldLabel, formatMessage } from '@osallisuusarvio/core';
import type { CatalogueEntry, Locale } from '@osallisuusarvio/core';
import { launch } from './support/browser.js';
import { focused } from './support/keyboard.js';
import type { Focused } from './support/keyboard.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { REPO, SCREENSHOTS } from './support/paths.js';
import { elementPage } from './support/element-page.js';

/**
 * A checkbox list is one Tab stop whose options the arrow keys walk (packages/react/src/roving.ts), in the
 * embed build's custom element in real Chromium: the 23 affected groups of step 2, common ones first. Also
 * screenshots of that step with focus on an option and on "show all" (out/screenshots/roving/, for a person).
 */
const page = (locale: Locale) =>
  elementPage(
    locale,
    "{ today: '2026-11-23', debounceMs: 0 }",
    '<button type="button" id="before">before</button><main><div id="w"></div></main>',
  );

const OUT = join(SCREENSHOTS, 'roving');
const ALL: readonly CatalogueEntry[] = GROUPS;
const COMMON = ALL.filter((g) => g.common === true);
const REST = ALL.filter((g) => g.common !== true);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const routes = Object.fromEntries(
    (['fi', 'sv'] as const).map((l) => [`/t/roving-${l}.html`, { body: page(l), type: 'text/html; charset=utf-8' }]),
  );
  server = await serveStatic(REPO, { routes });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page at step 2 ("who is affected"), with focus on the step's heading, as Next leaves it. */
async function atAffected(width: number, locale: Locale): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await p.goto(`${server.url}/t/roving-${locale}.html`, { waitUntil: 'load' });
  await p.locator('osallisuus-arvio form.oa-form').waitFor({ state: 'visible', timeout: 30_000 });
  await p.getByRole('button', { name: STEPPER_TEXTS.next[locale], exact: true }).first().click();
  await p.getByRole('group', { name: fieldLabel('affected.groups')[locale] }).waitFor({ timeout: 10_000 });
  return p;
}

async function press(p: Page, key: string): Promise<Focused> {
  await p.keyboard.press(key);
  return focused(p);
}

/** The list with a margin, so that the focus ring drawn outside the last item is in the picture. */
async function shoot(p: Page, group: Locator, file: string): Promise<void> {
  const box = await group.boundingBox();
  if (!box) throw new Error('the list is not on screen');
  const m = 8;
  // The box is in viewport coordinates, a full-page clip in the page's.
  const { x, y } = await p.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  box.x += x;
  box.y += y;
  await p.screenshot({
    path: join(OUT, file),
    fullPage: true,
    clip: {
      x: Math.max(0, box.x - m),
      y: Math.max(0, box.y - m),
      width: box.width + 2 * m,
      height: box.height + 2 * m,
    },
  });
}

const label = (f: Focused) => (f.type === 'checkbox' ? `${f.name}=${f.value}` : `${f.tag}:${f.text}`);

describe('a checkbox list by the arrow keys, in real Chromium (embed build)', () => {
  it('walks the list: Tab in, ArrowDown to "show all", Enter reveals the rest, Home/End, Space ticks, Tab out and back', async () => {
    const p = await atAffected(1280, 'fi');
    try {
      const showAll = formatMessage(STEPPER_TEXTS.showAllOptions.fi, { count: GROUPS.length }, 'fi');
      // From the step's heading, the first Tab reaches the list (the step's first field), on its first option.
      let f = await press(p, 'Tab');
      expect(label(f)).toBe(`affected.groups=${COMMON[0]!.id}`);
      expect(f.indicator, 'a visible focus indicator on the option').toBe(true);
      // ArrowDown through the common options, then the list's "show all" button, where the sequence ends.
      const walked = [label(f)];
      for (let k = 0; k < COMMON.length + 1; k++) walked.push(label(await press(p, 'ArrowDown')));
      expect(walked).toEqual([
        ...COMMON.map((g) => `affected.groups=${g.id}`),
        `button:${showAll}`,
        `button:${showAll}`,
      ]);
      f = await focused(p);
      expect(f.indicator, 'a visible focus indicator on "show all"').toBe(true);
      // Home and End jump to the ends; Space on an option ticks it (the arrows did not).
      f = await press(p, 'Home');
      expect(label(f)).toBe(`affected.groups=${COMMON[0]!.id}`);
      expect(f.checked).toBe(false);
      f = await press(p, 'Space');
      expect(f.checked, 'Space ticks the focused option').toBe(true);
      f = await press(p, 'End');
      expect(label(f)).toBe(`button:${showAll}`);
      // Enter on "show all": focus on the first option it revealed, which ArrowUp leaves for the last common one.
      await p.keyboard.press('Enter');
      await expect.poll(async () => label(await focused(p))).toBe(`affected.groups=${REST[0]!.id}`);
      f = await press(p, 'ArrowUp');
      expect(label(f)).toBe(`affected.groups=${COMMON.at(-1)!.id}`);
      f = await press(p, 'End');
      expect(label(f), 'with all shown, the button is still last').toBe(`button:${STEPPER_TEXTS.showCommonOptions.fi}`);
      await shoot(
        p,
        p.getByRole('group', { name: fieldLabel('affected.groups').fi }),
        'affected-all-shown-fi-1280.png',
      );
      f = await press(p, 'ArrowUp');
      expect(label(f)).toBe(`affected.groups=${REST.at(-1)!.id}`);
      f = await press(p, 'Space');
      expect(f.checked).toBe(true);
      // Tab leaves the list for its "other" field (a stop of its own now that every option shows), where the
      // arrows move the caret; the next Tab goes on to the step's text question.
      f = await press(p, 'Tab');
      expect(f.name).toBe('affected.otherGroups');
      await p.keyboard.type('Kesäasukkaat');
      f = await press(p, 'ArrowLeft');
      f = await press(p, 'ArrowDown');
      expect(f.name, 'ArrowDown in "other" stays there').toBe('affected.otherGroups');
      expect(f.value).toBe('Kesäasukkaat');
      f = await press(p, 'Tab');
      expect(f.name).toBe('affected.text');
      // Shift+Tab twice: back into the list on the option last focused in it.
      await p.keyboard.press('Shift+Tab');
      f = await press(p, 'Shift+Tab');
      expect(label(f)).toBe(`affected.groups=${REST.at(-1)!.id}`);
      const value = await p.evaluate(
        () =>
          (document.querySelector('osallisuus-arvio') as unknown as { value: { affected: unknown } }).value.affected,
      );
      expect(value).toMatchObject({ groups: [COMMON[0]!.id, REST.at(-1)!.id], otherGroups: 'Kesäasukkaat' });
    } finally {
      await p.close();
    }
  });

  for (const locale of ['fi', 'sv'] as const) {
    for (const width of [1280, 320] as const) {
      it(`shows the arrow-key hint in the list and a focus ring on an option and on "show all", ${locale}, ${width} px`, async () => {
        const p = await atAffected(width, locale);
        try {
          const group = p.getByRole('group', { name: fieldLabel('affected.groups')[locale] });
          await expect.poll(() => group.getAttribute('aria-describedby')).toMatch(/-keys\b/);
          const hint = group.getByText(STEPPER_TEXTS.optionKeys[locale]);
          expect(await hint.isVisible(), 'the hint is shown').toBe(true);
          await p.keyboard.press('Tab');
          await p.keyboard.press('ArrowDown');
          const f = await focused(p);
          expect(f.indicator).toBe(true);
          await shoot(p, group, `affected-option-${locale}-${width}.png`);
          await p.keyboard.press('End');
          expect((await focused(p)).tag).toBe('button');
          await shoot(p, group, `affected-show-all-${locale}-${width}.png`);
          if (width === 320)
            expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        } finally {
          await p.close();
        }
      });
    }
  }
});
