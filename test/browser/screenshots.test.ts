import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { AXE_TAGS, launch } from './support/browser.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { REPO, SCREENSHOTS, STORYBOOK_STATIC } from './support/paths.js';

/**
 * Screenshots of the form (filled from the service-network example) in each locale at desktop width
 * and at 320 px, saved to out/screenshots/ for a person to look at; at 320 px nothing may scroll sideways
 * (WCAG 1.4.10 Reflow). Axe runs again at each width: target size and contrast can change with the layout.
 */
const WIDTHS = [1280, 320] as const;
const LOCALES = ['fi', 'sv', 'en'] as const;

let storybook: StaticServer;
let host: StaticServer;
/** One browser per UI language, so that date fields read as a Finnish, Swedish or English user sees them. */
const browsers = new Map<string, Browser>();
const LANG: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  storybook = await serveStatic(STORYBOOK_STATIC);
  host = await serveStatic(REPO, { headers: { 'Content-Security-Policy': "default-src 'self'" } });
  for (const [locale, lang] of Object.entries(LANG)) browsers.set(locale, await launch({ lang }));
});

afterAll(async () => {
  for (const b of browsers.values()) await b.close();
  await storybook?.close();
  await host?.close();
});

async function open(width: number, url: string, locale: string): Promise<Page> {
  const context = await browsers
    .get(locale)!
    .newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, locale: LANG[locale] });
  // Each test closes its page's context and awaits it: a close handler's unawaited context.close() could
  // reject after afterAll had closed the browser ("Target page, context or browser has been closed").
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('form.oa-form').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForTimeout(400);
  return page;
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function axeViolations(page: Page) {
  for (let attempt = 0; ; attempt++) {
    try {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      return results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
    } catch (e) {
      // Storybook's a11y addon may be running axe in the same frame.
      if (attempt >= 20 || !String(e).includes('Axe is already running')) throw e;
      await page.waitForTimeout(500);
    }
  }
}

describe('screenshots and reflow', () => {
  for (const width of WIDTHS) {
    for (const locale of LOCALES) {
      it(`form, ${locale}, ${width} px`, async () => {
        const page = await open(
          width,
          `${storybook.url}/iframe.html?id=widget-form--locale-${locale}&viewMode=story&globals=a11y.manual:!true`,
          locale,
        );
        try {
          const file = join(SCREENSHOTS, `form-${locale}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          // The first screen on its own: the full page is too tall to read when scaled down.
          await page.screenshot({ path: join(SCREENSHOTS, `form-${locale}-${width}-top.png`) });
          // The parts whose words changed: question 6 (communication) and the summary with the three saves.
          await page
            .locator('.oa-part')
            .nth(6)
            .screenshot({ path: join(SCREENSHOTS, `q6-${locale}-${width}.png`) });
          await page.locator('.oa-summary').screenshot({ path: join(SCREENSHOTS, `summary-${locale}-${width}.png`) });
          expect(statSync(file).size).toBeGreaterThan(10_000);
          if (width === 320) expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
          expect(await axeViolations(page)).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
    it(`form with findings, ${width} px`, async () => {
      const page = await open(
        width,
        `${storybook.url}/iframe.html?id=widget-form--with-findings&viewMode=story&globals=a11y.manual:!true`,
        'fi',
      );
      try {
        await page.screenshot({ path: join(SCREENSHOTS, `findings-fi-${width}.png`), fullPage: true });
        // The findings panel: beside the form at desktop width, after it at 320 px.
        await page.locator('.oa-aside').last().scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, `findings-fi-${width}-panel.png`) });
        if (width === 320) expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
    it(`case details from the host, locked and saying so, ${width} px`, async () => {
      const page = await open(
        width,
        `${storybook.url}/iframe.html?id=widget-form--with-case-details&viewMode=story&globals=a11y.manual:!true`,
        'fi',
      );
      try {
        await page
          .locator('.oa-part')
          .first()
          .screenshot({ path: join(SCREENSHOTS, `case-locked-fi-${width}.png`) });
        expect(await page.locator('.oa-locked-note').count()).toBeGreaterThanOrEqual(4);
        if (width === 320) expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
    for (const [story, notice] of [
      ['storage-blocked', 'storage-failed'],
      ['draft-unreadable', 'draft-aside'],
      ['host-options-invalid', 'host-options'],
      ['open-file-over-answers', 'import-confirm'],
    ] as const) {
      it(`notice "${notice}" (story ${story}), ${width} px`, async () => {
        const page = await open(
          width,
          `${storybook.url}/iframe.html?id=widget-form--${story}&viewMode=story&globals=a11y.manual:!true`,
          'fi',
        );
        try {
          const shown = page.locator(`[data-oa-notice="${notice}"]`);
          await shown.waitFor({ state: 'visible', timeout: 30_000 });
          await shown.screenshot({ path: join(SCREENSHOTS, `notice-${notice}-fi-${width}.png`) });
          if (width === 320) expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
          expect(await axeViolations(page)).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
    it(`plain HTML host page (custom element and mount()), ${width} px`, async () => {
      const page = await open(width, `${host.url}/packages/react/host/index.html`, 'fi');
      try {
        await page.screenshot({ path: join(SCREENSHOTS, `host-fi-${width}.png`), fullPage: true });
        if (width === 320) expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }
});
