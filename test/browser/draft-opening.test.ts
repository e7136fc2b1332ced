import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { EXAMPLES, WIDGET_TEXTS, canonicalJson, createAssessment } from '@osallisuusarvio/core';
import { launch } from './support/browser.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { REPO } from './support/paths.js';

/**
 * The stored draft is read with the parser, a chunk that loads after the first paint (real Chromium, embed
 * build, the chunk held back): until it has come the form shows that it is opening and no input, so that
 * nothing is typed into a form the draft then replaces; then the draft is there whole.
 */
const PAGE = `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <title>Luonnoksen avaaminen</title>
    <script type="module">
      import { mount } from '/packages/react/dist/embed/osallisuus-arvio.js';
      window.widget = mount(document.getElementById('w'), { autosave: { key: 'case-open' }, layout: 'single-page' });
    </script>
  </head>
  <body><div id="w"></div></body>
</html>`;

const DRAFT = 'osallisuusarvio:draft:case-open';
const example = createAssessment(EXAMPLES['service-network'].assessment);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(REPO, { routes: { '/t/opening.html': { body: PAGE, type: 'text/html; charset=utf-8' } } });
  browser = await launch({ lang: 'fi-FI' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a stored draft opens whole, with no input shown before it is read (real Chromium, embed build)', () => {
  it('shows "opening" while the parser is held back, then the draft, field by field', async () => {
    const context = await browser.newContext();
    try {
      await context.addInitScript(
        ([key, text]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key!, text!);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [DRAFT, canonicalJson(example)],
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let asked = false;
      await page.route(/\/chunks\/validation-[^/]*\.js$/, async (route) => {
        asked = true;
        await held;
        await route.continue();
      });
      await page.goto(`${server.url}/t/opening.html`);

      const opening = page.locator('[data-oa-notice="opening"]');
      await opening.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await opening.getAttribute('role')).toBe('status');
      expect(await opening.textContent()).toBe(WIDGET_TEXTS.opening.fi);
      await expect.poll(() => asked).toBe(true);
      // Held back a while: still nothing to type into, and the stored draft untouched.
      await page.waitForTimeout(300);
      expect(await page.locator('#w input, #w textarea, #w select').count()).toBe(0);
      expect(await page.evaluate((k) => localStorage.getItem(k), DRAFT)).toBe(canonicalJson(example));

      release();
      const title = page.locator('[name="case.title"]');
      await title.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await title.inputValue()).toBe(example.case.title);
      expect(await page.getByText(WIDGET_TEXTS.draftRestored.fi).isVisible()).toBe(true);
      expect(await opening.count()).toBe(0);
      expect(
        await page.evaluate(() => (window as unknown as { widget: { getValue(): unknown } }).widget.getValue()),
      ).toEqual(example);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
