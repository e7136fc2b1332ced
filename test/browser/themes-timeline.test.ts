import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './support/browser.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { SCREENSHOTS, STORYBOOK_STATIC } from './support/paths.js';

/**
 * The theme presets and the timing part's timeline in real Chromium, saved to out/screenshots/ for a
 * person to look at: each theme at 1280 px, the timeline at 1280 and 320 px. The checks are what a
 * screenshot cannot prove by itself: the preset's values reach the shadow root, and the timeline fits.
 */
let storybook: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  storybook = await serveStatic(STORYBOOK_STATIC);
  browser = await launch({ lang: 'fi-FI' });
});

afterAll(async () => {
  await browser?.close();
  await storybook?.close();
});

async function open(width: number, id: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  // Each test closes its page's context and awaits it: a close handler's unawaited context.close() could
  // reject after afterAll had closed the browser ("Target page, context or browser has been closed").
  const page = await context.newPage();
  await page.goto(`${storybook.url}/iframe.html?id=${id}&viewMode=story&globals=a11y.manual:!true`, {
    waitUntil: 'load',
  });
  await page.locator('form.oa-form').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForTimeout(400);
  return page;
}

/** Computed styles inside the custom element's shadow root. */
const themed = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('osallisuus-arvio')?.shadowRoot?.querySelector('.oa-root');
    if (!root) return null;
    const s = getComputedStyle(root);
    const button = root.querySelector('.oa-button-primary, button');
    return {
      font: s.fontFamily,
      fontSize: s.fontSize,
      accent: s.getPropertyValue('--oa-color-accent').trim(),
      buttonRadius: button ? getComputedStyle(button).borderTopLeftRadius : null,
    };
  });

describe('theme presets in Chromium', () => {
  it('<osallisuus-arvio theme="suomifi"> takes Suomi.fi’s tokens in its shadow root', async () => {
    const page = await open(1280, 'embedding-themes--suomifi');
    try {
      expect(await themed(page)).toMatchObject({
        font: '"Source Sans 3", "Helvetica Neue", Arial, sans-serif',
        fontSize: '18px',
        accent: '#2a6ebb',
      });
      await page.screenshot({ path: join(SCREENSHOTS, 'theme-suomifi-1280.png') });
    } finally {
      await page.context().close();
    }
  });

  it('<osallisuus-arvio theme="hds"> takes the Helsinki Design System’s tokens', async () => {
    const page = await open(1280, 'embedding-themes--hds');
    try {
      expect(await themed(page)).toMatchObject({
        font: 'HelsinkiGrotesk, Arial, sans-serif',
        fontSize: '16px',
        accent: '#0000bf',
      });
      await page.screenshot({ path: join(SCREENSHOTS, 'theme-hds-1280.png') });
    } finally {
      await page.context().close();
    }
  });
});

describe('the timing part’s timeline in Chromium', () => {
  it.each([1280, 320])('fits the part at %i px and says what it shows', async (width) => {
    const page = await open(width, 'widget-parts--timing');
    try {
      const timeline = page.locator('.oa-timeline').first();
      await timeline.scrollIntoViewIfNeeded();
      const box = await timeline.boundingBox();
      const svg = await page.locator('.oa-timeline-svg').first().boundingBox();
      expect(box).not.toBeNull();
      expect(svg!.x).toBeGreaterThanOrEqual(0);
      expect(svg!.x + svg!.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.locator('.oa-timeline-text').first().textContent()).toMatch(/^Aikajana: /);
      // The labels are drawn where there is room for them, and left to the sentence on a narrow part.
      const labels = await page.locator('.oa-timeline-label').first().isVisible();
      expect(labels).toBe(width === 1280);
      const part = page.locator('fieldset[id$="-part-timing"]');
      await part.screenshot({ path: join(SCREENSHOTS, `timeline-${width}.png`) });
    } finally {
      await page.context().close();
    }
  });
});
