import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { KYMENLAAKSO, feedbackHtml } from '@osallisuusarvio/core';
import type { Locale } from '@osallisuusarvio/core';
import { followedUp } from '../../packages/core/src/feedback/feedback-fixtures.js';
import { AXE_TAGS, launch } from './support/browser.js';
import { SCREENSHOTS } from './support/paths.js';

/**
 * The notice to participants in fi, sv, en and fi+sv: axe finds nothing at 1280 and 320 px, nothing is
 * requested from the network, no script, no sideways scrolling at 320 px; screenshots and the HTML go to
 * out/screenshots/feedback-<locales>-<width>.png for a person to read.
 */
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => browser?.close());

const CASES: [string, [Locale, ...Locale[]]][] = [
  ['fi', ['fi']],
  ['sv', ['sv']],
  ['en', ['en']],
  ['fi-sv', ['fi', 'sv']],
];

describe('the notice to participants as HTML in Chromium', () => {
  it.each(CASES)('%s: passes axe, loads nothing, reflows at 320 px', async (name, locales) => {
    const html = feedbackHtml(followedUp(), { locales, region: KYMENLAAKSO });
    writeFileSync(join(SCREENSHOTS, `feedback-${name}.html`), html);
    for (const width of [1280, 320]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.setContent(html, { waitUntil: 'load' });
      expect(requests).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('h1').count()).toBe(locales.length);
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SCREENSHOTS, `feedback-${name}-${width}.png`), fullPage: true });
      await context.close();
    }
  });
});
