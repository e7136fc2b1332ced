import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EXAMPLES, MAX_SHORT_TEXT_LENGTH, WIDGET_TEXTS, canonicalJson, createAssessment } from '@osallisuusarvio/core';
import { renderAppendix } from '@osallisuusarvio/pdf';
import { launch } from './support/browser.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { REPO } from './support/paths.js';

/**
 * Every way the official's typed text used to be lost, in real Chromium with the embed build: a file
 * opened over a draft, storage that throws, a stored draft this version cannot read, a second tab on
 * the same case, and a draft with an invalid field. Each test shows that the text survives and that the
 * official is told.
 */
const PAGE = `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <title>Luonnoksen säilyminen</title>
    <script type="module">
      import { mount } from '/packages/react/dist/embed/osallisuus-arvio.js';
      const params = new URLSearchParams(location.search);
      window.__errors = [];
      window.widget = mount(document.getElementById('w'), {
        locale: params.get('locale') || 'fi',
        autosave: { key: params.get('key') || 'case-1' },
        debounceMs: 50,
        // These tests are about the draft; every control on one page.
        layout: 'single-page',
        onError: (e) => window.__errors.push(e.name + ': ' + e.message),
      });
    </script>
  </head>
  <body><div id="w"></div></body>
</html>`;

const KEY = 'case-1';
const DRAFT = `osallisuusarvio:draft:${KEY}`;
const ASIDE = `osallisuusarvio:draft-aside:${KEY}`;
const example = createAssessment(EXAMPLES['service-network'].assessment);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(REPO, { routes: { '/t/draft.html': { body: PAGE, type: 'text/html; charset=utf-8' } } });
  browser = await launch({ lang: 'fi-FI' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pageErrors = new WeakMap<Page, string[]>();

async function open(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/t/draft.html${query}`);
  await page.locator('form.oa-form').waitFor({ state: 'visible', timeout: 30_000 });
  pageErrors.set(page, errors);
  return page;
}

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const notice = (page: Page, kind: string) => page.locator(`[data-oa-notice="${kind}"]`);
const stored = (page: Page, key = DRAFT) => page.evaluate((k) => localStorage.getItem(k), key);
const storedTitle = async (page: Page) => {
  const text = await stored(page);
  if (text === null) return null;
  const doc = JSON.parse(text) as { case?: { title?: string }; values?: { case?: { title?: string } } };
  return doc.case?.title ?? doc.values?.case?.title ?? null;
};

async function typeDraft(page: Page, title: string, affected: string): Promise<void> {
  await field(page, 'case.title').fill(title);
  await field(page, 'affected.text').fill(affected);
  await expect.poll(() => storedTitle(page)).toBe(title);
}

async function openFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
}

describe('nothing typed is lost (real Chromium, embed build)', () => {
  it('opening a JSON file over a draft asks first, can be cancelled, and can be undone: answers and stored draft come back', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    try {
      await typeDraft(page, 'Oma luonnos', 'Kirjoitettu teksti, jota ei saa kadottaa.');
      const json = Buffer.from(canonicalJson(example));

      await openFile(page, 'toinen.json', 'application/json', json);
      // The notice appears once the file is read: wait for it rather than look once.
      await notice(page, 'import-confirm').waitFor({ state: 'visible', timeout: 10_000 });
      expect(await notice(page, 'import-confirm').getAttribute('role')).toBe('alert');
      expect(await notice(page, 'import-confirm').textContent()).toContain('toinen.json');
      // Nothing is replaced before the official answers; focus is on the safe answer.
      expect(await field(page, 'case.title').inputValue()).toBe('Oma luonnos');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(WIDGET_TEXTS.cancel.fi);
      await page.getByRole('button', { name: WIDGET_TEXTS.cancel.fi }).click();
      expect(await field(page, 'case.title').inputValue()).toBe('Oma luonnos');
      expect(await storedTitle(page)).toBe('Oma luonnos');

      await openFile(page, 'toinen.json', 'application/json', json);
      await page.getByRole('button', { name: WIDGET_TEXTS.importReplace.fi }).click();
      expect(await field(page, 'case.title').inputValue()).toBe(example.case.title);
      await expect.poll(() => storedTitle(page)).toBe(example.case.title);

      await page.getByRole('button', { name: WIDGET_TEXTS.undoImport.fi }).click();
      expect(await field(page, 'case.title').inputValue()).toBe('Oma luonnos');
      expect(await field(page, 'affected.text').inputValue()).toBe('Kirjoitettu teksti, jota ei saa kadottaa.');
      await expect.poll(() => storedTitle(page)).toBe('Oma luonnos');
      expect(await page.getByText(WIDGET_TEXTS.importUndone.fi).isVisible()).toBe(true);
      expect(pageErrors.get(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a JSON without answers ({"foo":1}) is refused with a message naming the unknown field; the draft stays', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    try {
      await typeDraft(page, 'Oma luonnos', 'Teksti.');
      await openFile(page, 'foo.json', 'application/json', Buffer.from('{"foo":1}'));
      const refused = notice(page, 'import-empty');
      await refused.waitFor({ state: 'visible' });
      expect(await refused.getAttribute('role')).toBe('alert');
      const text = await refused.textContent();
      expect(text).toContain('foo.json');
      expect(text).toContain('foo');
      expect(await field(page, 'case.title').inputValue()).toBe('Oma luonnos');
      expect(await field(page, 'affected.text').inputValue()).toBe('Teksti.');
      await page.waitForTimeout(300);
      expect(await storedTitle(page)).toBe('Oma luonnos');
    } finally {
      await context.close();
    }
  });

  it('opening an appendix PDF over a draft asks first and can be undone', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    try {
      await typeDraft(page, 'Oma luonnos', 'Teksti PDF:n alla.');
      const pdf = Buffer.from(renderAppendix(example, { generatedAt: '2026-11-23T10:00:00Z' }));
      await openFile(page, 'liite.pdf', 'application/pdf', pdf);
      await notice(page, 'import-confirm').waitFor({ state: 'visible', timeout: 60_000 });
      expect(await field(page, 'case.title').inputValue()).toBe('Oma luonnos');
      await page.getByRole('button', { name: WIDGET_TEXTS.importReplace.fi }).click();
      expect(await field(page, 'case.title').inputValue()).toBe(example.case.title);
      await page.getByRole('button', { name: WIDGET_TEXTS.undoImport.fi }).click();
      expect(await field(page, 'affected.text').inputValue()).toBe('Teksti PDF:n alla.');
      await expect.poll(() => storedTitle(page)).toBe('Oma luonnos');
    } finally {
      await context.close();
    }
  });

  it('storage that throws (full, disabled, private mode) shows a notice that stays, keeps the answers and offers them as a file', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await open(context);
    try {
      await field(page, 'case.title').fill('Ei tallennu selaimeen');
      const failed = notice(page, 'storage-failed');
      await failed.waitFor({ state: 'visible' });
      expect(await failed.getAttribute('role')).toBe('alert');
      expect(await failed.textContent()).toContain(WIDGET_TEXTS.storageFailed.fi);
      // It stays while the official goes on typing.
      await field(page, 'affected.text').fill('Lisää tekstiä, joka on vain sivulla.');
      await page.waitForTimeout(300);
      expect(await failed.isVisible()).toBe(true);
      expect(await field(page, 'case.title').inputValue()).toBe('Ei tallennu selaimeen');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        failed.getByRole('button', { name: WIDGET_TEXTS.downloadDraft.fi }).click(),
      ]);
      const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as typeof example;
      expect(saved.case.title).toBe('Ei tallennu selaimeen');
      expect(saved.affected.text).toBe('Lisää tekstiä, joka on vain sivulla.');
      expect(download.suggestedFilename()).toMatch(/\.json$/);
    } finally {
      await context.close();
    }
  });

  it('a stored draft from a newer version is kept aside, never overwritten, and offered back (download, restore)', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const newer = JSON.stringify({ schemaVersion: 99, case: { title: 'Uudemman version luonnos' }, future: true });
    await context.addInitScript(
      ([key, text]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, text!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [DRAFT, newer],
    );
    const page = await open(context);
    try {
      const aside = notice(page, 'draft-aside');
      await aside.waitFor({ state: 'visible' });
      expect(await aside.getAttribute('role')).toBe('alert');
      expect(await aside.textContent()).toContain(WIDGET_TEXTS.draftFromNewerVersion.fi);
      expect(await stored(page, ASIDE)).toBe(newer);

      // Typing writes the new draft, but the aside copy stays as it was, also after a reload.
      await field(page, 'case.title').fill('Uusi kirjoitus');
      await expect.poll(() => storedTitle(page)).toBe('Uusi kirjoitus');
      expect(await stored(page, ASIDE)).toBe(newer);
      await page.reload();
      await page.locator('form.oa-form').waitFor({ state: 'visible' });
      expect(await field(page, 'case.title').inputValue()).toBe('Uusi kirjoitus');
      await notice(page, 'draft-aside').waitFor({ state: 'visible' });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: WIDGET_TEXTS.downloadStoredDraft.fi }).click(),
      ]);
      expect(await readFile(await download.path(), 'utf8')).toBe(newer);

      await page.getByRole('button', { name: WIDGET_TEXTS.restoreStoredDraft.fi }).click();
      expect(await field(page, 'case.title').inputValue()).toBe('Uudemman version luonnos');
      // And that too can be undone.
      await page.getByRole('button', { name: WIDGET_TEXTS.undoImport.fi }).click();
      expect(await field(page, 'case.title').inputValue()).toBe('Uusi kirjoitus');
    } finally {
      await context.close();
    }
  });

  it('a stored draft that does not validate (an over-long field) is kept aside and restored with its text', async () => {
    const context = await browser.newContext();
    const long = 'Pitkä otsikko '.repeat(Math.ceil((MAX_SHORT_TEXT_LENGTH + 10) / 14));
    const invalid = canonicalJson({ ...example, case: { ...example.case, title: long } });
    await context.addInitScript(
      ([key, text]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, text!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [DRAFT, invalid],
    );
    const page = await open(context);
    try {
      const aside = notice(page, 'draft-aside');
      await aside.waitFor({ state: 'visible' });
      expect(await aside.textContent()).toContain(WIDGET_TEXTS.draftInvalid.fi);
      expect(await stored(page, ASIDE)).toBe(invalid);
      await page.getByRole('button', { name: WIDGET_TEXTS.restoreStoredDraft.fi }).click();
      expect(await field(page, 'case.title').inputValue()).toBe(long);
      expect(await field(page, 'affected.text').inputValue()).toBe(example.affected.text);
      expect(await aside.textContent()).toContain(WIDGET_TEXTS.draftRestoredWithErrors.fi);
      // The form says what is wrong with it.
      await expect.poll(() => field(page, 'case.title').getAttribute('aria-invalid')).toBe('true');
    } finally {
      await context.close();
    }
  });

  it('a second tab on the same case knows of the first and warns before it writes; the official chooses', async () => {
    const context = await browser.newContext();
    const first = await open(context);
    try {
      await typeDraft(first, 'Ensimmäinen välilehti', 'Teksti A');
      const second = await open(context);
      // The second tab starts from the first tab's draft and says the case is open elsewhere; so does the first.
      expect(await field(second, 'case.title').inputValue()).toBe('Ensimmäinen välilehti');
      await notice(second, 'other-tab').waitFor({ state: 'visible' });
      expect(await notice(second, 'other-tab').getAttribute('role')).toBe('alert');
      await notice(first, 'other-tab').waitFor({ state: 'visible' });

      // The second tab does not write while the warning stands.
      await field(second, 'case.title').fill('Toinen välilehti');
      await second.waitForTimeout(400);
      expect(await storedTitle(second)).toBe('Ensimmäinen välilehti');
      // Nor does the first.
      await field(first, 'affected.text').fill('Teksti A muokattu');
      await first.waitForTimeout(400);
      expect(await storedTitle(first)).toBe('Ensimmäinen välilehti');

      // The official continues in the second tab: its answers are saved, and the first tab keeps waiting.
      await second.getByRole('button', { name: WIDGET_TEXTS.continueHere.fi }).click();
      await expect.poll(() => storedTitle(second)).toBe('Toinen välilehti');
      expect(await notice(second, 'other-tab').count()).toBe(0);
      expect(await notice(first, 'other-tab').isVisible()).toBe(true);
      await field(first, 'case.title').fill('Ensimmäinen yrittää');
      await first.waitForTimeout(400);
      expect(await storedTitle(first)).toBe('Toinen välilehti');
      // The first tab's text is still there, in its form.
      expect(await field(first, 'affected.text').inputValue()).toBe('Teksti A muokattu');

      // The second tab closes: its saved answers are not overwritten by the first tab's older ones until the
      // official chooses so there too.
      await second.close();
      await first.waitForTimeout(400);
      expect(await storedTitle(first)).toBe('Toinen välilehti');
      expect(await notice(first, 'other-tab').isVisible()).toBe(true);
      await first.getByRole('button', { name: WIDGET_TEXTS.continueHere.fi }).click();
      await expect.poll(() => storedTitle(first)).toBe('Ensimmäinen yrittää');
      expect(await notice(first, 'other-tab').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('autosave keeps what was typed while a field is invalid, and the reload brings it back as typed', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    try {
      await field(page, 'case.title').fill('Otsikko');
      await field(page, 'timing.opensOn').fill('32.1.2027');
      await field(page, 'timing.opensOn').blur();
      // The official is told at once what is wrong with the date.
      const error = page.locator('[id$="timing-opensOn-error"]');
      await error.waitFor({ state: 'visible' });
      expect(await error.textContent()).toContain('32.1.2027');
      await field(page, 'affected.text').fill('Kirjoitettu virheellisen päivämäärän jälkeen');
      await expect.poll(async () => (await stored(page)) ?? '').toContain('Kirjoitettu virheellisen');
      expect(await stored(page)).toContain('32.1.2027');

      await page.reload();
      await page.locator('form.oa-form').waitFor({ state: 'visible' });
      expect(await field(page, 'timing.opensOn').inputValue()).toBe('32.1.2027');
      expect(await field(page, 'affected.text').inputValue()).toBe('Kirjoitettu virheellisen päivämäärän jälkeen');
      expect(await field(page, 'case.title').inputValue()).toBe('Otsikko');
      // A valid date is stored as ISO and shown as the official writes it.
      await field(page, 'timing.opensOn').fill('1.2.2027');
      await field(page, 'timing.opensOn').blur();
      await expect.poll(async () => (await stored(page)) ?? '').toContain('"2027-02-01"');
      expect(await field(page, 'timing.opensOn').inputValue()).toBe('1.2.2027');
    } finally {
      await context.close();
    }
  });
});
