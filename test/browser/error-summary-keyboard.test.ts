import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { WIDGET_TEXTS } from '@osallisuusarvio/core';
import { launch } from './support/browser.js';
import { focused } from './support/keyboard.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { STORYBOOK_STATIC } from './support/paths.js';

/**
 * Saving an assessment with an error, by keyboard: focus goes to the error summary, its link takes focus
 * to the field the finding is about (what axe cannot check: focus management).
 */
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(STORYBOOK_STATIC);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('error summary by keyboard (story "With findings")', () => {
  it('Enter on "Tallenna arvio asianhallintaan" focuses the summary; Enter on its link focuses the field', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(
        `${server.url}/iframe.html?id=widget-form--with-findings&viewMode=story&globals=a11y.manual:!true`,
      );
      await page.locator('form.oa-form').waitFor({ state: 'visible', timeout: 30_000 });
      let onSubmit = false;
      for (let i = 0; i < 600 && !onSubmit; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        onSubmit = f.tag === 'button' && f.type === 'submit' && f.text === WIDGET_TEXTS.submit.fi;
      }
      expect(onSubmit, 'reached the submit button by Tab').toBe(true);
      await page.keyboard.press('Enter');
      await page.locator('.oa-error-summary').waitFor({ state: 'visible', timeout: 10_000 });
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('oa-error-summary');
      const items = await page.locator('.oa-error-summary li').allTextContents();
      expect(items.some((t) => t.includes('20.3.2027'))).toBe(true);

      await page.keyboard.press('Tab');
      const link = await focused(page);
      expect(link.tag).toBe('a');
      await page.keyboard.press('Enter');
      // The finding "participation closes after the meeting" is about timing.closesOn.
      await expect.poll(async () => (await focused(page)).name).toBe('timing.closesOn');
      const inView = await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(inView, 'the focused field is scrolled into view').toBe(true);
    } finally {
      await page.close();
    }
  });
});
