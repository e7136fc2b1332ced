import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { EXAMPLES, STEPPER_TEXTS } from '@osallisuusarvio/core';
import { AXE_TAGS, launch } from './support/browser.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { REPO, SCREENSHOTS } from './support/paths.js';
import { elementPage } from './support/element-page.js';

/**
 * Every step of the stepper (the default layout), filled from the service-network example, in fi, sv and en
 * at 1280 and 320 px: axe finds nothing, nothing scrolls sideways at 320 px, and a screenshot of each step goes
 * to out/screenshots/stepper/ for a person to look at.
 */
const EXAMPLE = JSON.stringify(EXAMPLES['service-network'].assessment);
const page = (locale: string) =>
  elementPage(
    locale,
    `{ defaultValue: ${EXAMPLE}, today: '2026-11-23', debounceMs: 0 }`,
    '<main><h1>Osallisuusarvio</h1><div id="w"></div></main>',
  );

const OUT = join(SCREENSHOTS, 'stepper');
const WIDTHS = [1280, 320] as const;
const LOCALES = ['fi', 'sv', 'en'] as const;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const routes = Object.fromEntries(
    LOCALES.map((l) => [`/t/stepper-${l}.html`, { body: page(l), type: 'text/html; charset=utf-8' }]),
  );
  server = await serveStatic(REPO, { routes });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

describe('the stepper, every step (real Chromium, embed build)', () => {
  for (const width of WIDTHS) {
    for (const locale of LOCALES) {
      it(`${locale}, ${width} px: axe finds nothing on any step; a screenshot of each`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        const tab = await context.newPage();
        try {
          await tab.goto(`${server.url}/t/stepper-${locale}.html`, { waitUntil: 'load' });
          await tab.locator('form.oa-form').waitFor({ state: 'visible', timeout: 30_000 });
          const links = tab.locator('.oa-steps .oa-nav-list a');
          // The list of steps shows once the evaluation (a chunk of its own) has checked the answers.
          await links.first().waitFor({ state: 'visible', timeout: 30_000 });
          const count = await links.count();
          expect(count).toBeGreaterThan(10);
          const problems: string[] = [];
          for (let i = 0; i < count; i++) {
            if (i > 0) {
              await links.nth(i).click();
              await tab.locator(`[data-oa-step-index="${i}"]:not([hidden])`).waitFor({ state: 'visible' });
            }
            await expect.poll(() => links.nth(i).getAttribute('aria-current')).toBe('step');
            const heading = (await tab.locator('.oa-step-heading').textContent()) ?? '';
            expect(heading).toMatch(new RegExp(`^${STEPPER_TEXTS.stepHeading[locale].split(' {n}')[0]} ${i + 1}`));
            const id = (await tab.locator(`[data-oa-step-index="${i}"]`).getAttribute('data-oa-step')) ?? String(i);
            const file = join(OUT, `${locale}-${width}-${String(i + 1).padStart(2, '0')}-${id}.png`);
            await tab.screenshot({ path: file, fullPage: true });
            expect(statSync(file).size).toBeGreaterThan(5_000);
            if (width === 320) {
              const sideways = await tab.evaluate(() => document.documentElement.scrollWidth);
              if (sideways > 320) problems.push(`step ${i + 1} (${id}) scrolls sideways: ${sideways} px`);
            }
            for (const v of await axeViolations(tab)) problems.push(`step ${i + 1} (${id}): ${v}`);
          }
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
