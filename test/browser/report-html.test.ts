import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createReport, reportToHtml } from '@osallisuusarvio/core';
import { REPORT_TODAY, reportFixtures } from '../../packages/core/src/report/report-fixtures.js';
import { AXE_TAGS, launch } from './support/browser.js';
import { SCREENSHOTS } from './support/paths.js';

/**
 * The report's HTML page (36 fixture assessments, one unreadable file) in each language: axe finds nothing,
 * the page asks for nothing from the network and runs no script, it reflows at 320 px, and full-page
 * screenshots go to out/screenshots/report-<locale>-<width>.png for a person to look at the charts.
 */
let browser: Browser;
const builder = createReport({ today: REPORT_TODAY });
for (const a of reportFixtures()) builder.add(a);
builder.addUnreadable('in/broken.json', '1:10: invalid JSON: unexpected end of input');
const report = builder.result();

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the report as HTML in Chromium', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    '%s: passes axe, loads nothing, has a text alternative per chart',
    async (locale) => {
      const html = reportToHtml(report, { locale });
      writeFileSync(join(SCREENSHOTS, `report-${locale}.html`), html);
      for (const width of [1280, 320]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: true });
        const page = await context.newPage();
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.setContent(html, { waitUntil: 'load' });
        expect(requests).toEqual([]);
        expect(await page.locator('script').count()).toBe(0);
        const charts = page.locator('figure svg[role="img"]');
        expect(await charts.count()).toBe(6);
        for (const label of await charts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '')))
          expect(label.length).toBeGreaterThan(20);
        expect(await page.locator('figure table').count()).toBe(6);
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        if (width === 320) {
          // Wide tables scroll inside their own box; the page itself does not scroll sideways (WCAG 1.4.10).
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        }
        await page.screenshot({ path: join(SCREENSHOTS, `report-${locale}-${width}.png`), fullPage: true });
        await context.close();
      }
    },
  );
});
