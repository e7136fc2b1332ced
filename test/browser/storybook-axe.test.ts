import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AXE_TAGS, launch } from './support/browser.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { STORYBOOK_STATIC } from './support/paths.js';

/**
 * Axe with the project's tags. Storybook's a11y addon runs axe in the same frame after each render
 * (the URL turns it to manual, but a run may already have started): wait for it rather than fail.
 */
async function analyze(page: Page, exclude: string[] = []) {
  for (let attempt = 0; ; attempt++) {
    try {
      let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
      for (const selector of exclude) builder = builder.exclude(selector);
      return await builder.analyze();
    } catch (e) {
      if (attempt >= 20 || !String(e).includes('Axe is already running')) throw e;
      await page.waitForTimeout(500);
    }
  }
}

const storyUrl = (id: string, viewMode: 'story' | 'docs' = 'story') =>
  `${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}&globals=a11y.manual:!true`;

interface IndexEntry {
  readonly id: string;
  readonly type: 'story' | 'docs';
  readonly title: string;
  readonly name: string;
  readonly tags?: readonly string[];
}

const index = JSON.parse(readFileSync(join(STORYBOOK_STATIC, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const docs = Object.values(index.entries).filter((e) => e.type === 'docs');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(STORYBOOK_STATIC);
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('axe on every Storybook story (WCAG 2.0/2.1/2.2 A and AA, colour contrast included)', () => {
  it('has enough stories to mean something', () => {
    expect(stories.length).toBeGreaterThan(10);
  });

  it('catches a colour-contrast violation when there is one (the check is not vacuous)', async () => {
    const page = await context.newPage();
    try {
      await page.goto(storyUrl(stories[0]!.id), { waitUntil: 'load' });
      await page.locator('form.oa-form').first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Harmaata harmaalla';
        p.style.cssText = 'color:#bbb;background:#fff';
        document.querySelector('#storybook-root')?.append(p);
      });
      const results = await analyze(page);
      expect(results.violations.map((v) => v.id)).toContain('color-contrast');
    } finally {
      await page.close();
    }
  });

  it.concurrent.each(stories.map((s) => [s.id, s] as const))('%s has no violations', async (_id, story) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(storyUrl(story.id), { waitUntil: 'load' });
      // The form, in the light DOM or in the custom element's shadow root (playwright's css pierces it).
      await page.locator('form.oa-form').first().waitFor({ state: 'visible', timeout: 30_000 });
      // A story with a play function (submit, make the PDF) marks its canvas when the play is done.
      if (story.tags?.includes('play-fn'))
        await page.locator('[data-play-done="true"]').waitFor({ state: 'attached', timeout: 60_000 });
      await page.waitForTimeout(300); // the debounced evaluation and any scrolling settle
      const results = await analyze(page);
      const violations = results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
      expect(errors, 'page errors').toEqual([]);
      expect(violations, `${story.title} / ${story.name}`).toEqual([]);
      // Not vacuous: axe really looked at the form (colour contrast among the rules it ran).
      expect(results.passes.length).toBeGreaterThan(10);
      expect(
        [...results.passes, ...results.incomplete, ...results.violations].some((r) => r.id === 'color-contrast'),
      ).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('has the docs pages: the embedding intro and autodocs', () => {
    expect(docs.map((d) => d.id)).toContain('introduction-embedding-the-widget--docs');
    expect(docs.length).toBeGreaterThanOrEqual(3);
  });

  it.each(docs.map((d) => [d.id, d] as const))('docs page %s has no violations', async (_id, entry) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(storyUrl(entry.id, 'docs'), { waitUntil: 'load' });
      await page.locator('#storybook-docs h1').first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForTimeout(1_000); // the autodocs pages render every story of the file
      // Storybook's own controls table is left out: its boolean toggle's "True"/"False" (#8d9399 on
      // #ecf2f9, 2.75:1) is Storybook's UI, not ours. Everything else on the page, the stories included, is checked.
      const results = await analyze(page, ['.docblock-argstable']);
      expect(errors, 'page errors').toEqual([]);
      expect(
        results.violations.map((v) => ({
          id: v.id,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
        })),
        `${entry.title} / ${entry.name}`,
      ).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(5);
    } finally {
      await page.close();
    }
  });
});
