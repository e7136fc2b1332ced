import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  EXAMPLES,
  FEEDBACK_TEXTS,
  FOLLOW_UP_TEXTS,
  SECTIONS,
  STEPPER_TEXTS,
  WIDGET_TEXTS,
  attachedJson,
  createAssessment,
} from '@osallisuusarvio/core';
import type { Assessment } from '@osallisuusarvio/core';
import { readAppendix } from '@osallisuusarvio/pdf';
import { launch } from './support/browser.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { REPO } from './support/paths.js';

/**
 * The part after the decision in real Chromium (embed build, the stepper): opened for a meeting that was
 * yesterday in Helsinki, with the widget's own day (no `today` option), so the day is the widget's Helsinki
 * day, not the test's. What the official writes there survives a reload; the PDF records the checksum of what
 * was attached; an edit of the assessment (not of the follow-up) says the attached appendix no longer
 * matches, and undoing it takes the notice away; the notice to participants is previewed with what was typed.
 */
const helsinkiDay = (offsetDays: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
const MEETING = helsinkiDay(-1);
const ASSESSMENT = {
  ...EXAMPLES['service-network'].assessment,
  case: { ...EXAMPLES['service-network'].assessment.case, meetingDate: MEETING },
};

const PAGE = `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <title>Päätöksen jälkeen</title>
    <script type="module">
      import { mount } from '/packages/react/dist/embed/osallisuus-arvio.js';
      window.__errors = [];
      window.widget = mount(document.getElementById('w'), {
        locale: 'fi',
        defaultValue: ${JSON.stringify(ASSESSMENT)},
        autosave: { key: 'follow-up-case' },
        debounceMs: 50,
        onError: (e) => window.__errors.push(e.name + ': ' + e.message),
      });
    </script>
  </head>
  <body><main><h1>Päätöksen jälkeen</h1><div id="w"></div></main></body>
</html>`;

const DRAFT = 'osallisuusarvio:draft:follow-up-case';
const DECIDED = 'Terveysasemat yhdistetään Kotkan keskustaan 1.9. alkaen.';
const HOW = 'Tiedote ja asukasilta; palautteessa kerrotaan, mitkä toiveet muuttivat päätöstä.';
const WHERE = 'hyvinvointialueen verkkosivut';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(REPO, {
    routes: { '/t/follow-up.html': { body: PAGE, type: 'text/html; charset=utf-8' } },
  });
  browser = await launch({ lang: 'fi-FI' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const notice = (page: Page, kind: string) => page.locator(`[data-oa-notice="${kind}"]`);
const value = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { widget: { getValue(): unknown } }).widget.getValue(),
  ) as Promise<Assessment>;
const checksumOf = (a: Assessment) =>
  createHash('sha256')
    .update(attachedJson(createAssessment(a)))
    .digest('hex');

async function goToStep(page: Page, name: string): Promise<void> {
  await page.locator('.oa-steps').getByRole('link', { name, exact: true }).click();
  await page.locator('.oa-step-heading').filter({ hasText: name }).waitFor();
}

describe('the follow-up part after the decision (real Chromium, embed build)', () => {
  it('opens after a meeting yesterday (Helsinki), keeps what was typed over a reload, records what was attached and says when it changed', async () => {
    const context = await browser.newContext({ acceptDownloads: true, timezoneId: 'Europe/Helsinki' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await page.goto(`${server.url}/t/follow-up.html`);
      await page.locator('form.oa-form').waitFor({ state: 'visible', timeout: 30_000 });

      await goToStep(page, FOLLOW_UP_TEXTS.part.fi);
      expect(await notice(page, 'follow-up-closed').count()).toBe(0);
      await field(page, 'followUp.decision.decided').fill(DECIDED);
      await field(page, 'followUp.reportBack.how').fill(HOW);
      await field(page, 'followUp.reportBack.where').fill(WHERE);
      await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', DRAFT)).toContain(WHERE);

      await page.reload();
      await page.locator('form.oa-form').waitFor({ state: 'visible', timeout: 30_000 });
      await goToStep(page, FOLLOW_UP_TEXTS.part.fi);
      expect(await field(page, 'followUp.decision.decided').inputValue()).toBe(DECIDED);
      expect(await field(page, 'followUp.reportBack.how').inputValue()).toBe(HOW);
      expect(await field(page, 'followUp.reportBack.where').inputValue()).toBe(WHERE);
      // Nothing is attached yet: the part offers to mark it.
      expect(await notice(page, 'attached').count()).toBe(0);
      expect(await page.getByRole('button', { name: FOLLOW_UP_TEXTS.markAttached.fi }).isVisible()).toBe(true);

      // The PDF records what was attached: the SHA-256 of the attached part of the assessment in it.
      await goToStep(page, STEPPER_TEXTS.summaryTitle.fi);
      await page.getByRole('button', { name: WIDGET_TEXTS.createPdf.fi }).click();
      const link = page.getByRole('link', { name: WIDGET_TEXTS.downloadPdf.fi });
      await link.waitFor({ state: 'visible', timeout: 60_000 });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const read = readAppendix(new Uint8Array(await readFile(await download.path())));
      if (!read.ok) throw new Error(`the appendix could not be read: ${JSON.stringify(read)}`);
      const attached = checksumOf(read.assessment);
      await expect.poll(async () => (await value(page)).followUp.attachedChecksum).toBe(attached);
      expect(checksumOf(await value(page))).toBe(attached);

      await goToStep(page, FOLLOW_UP_TEXTS.part.fi);
      expect(await notice(page, 'attached').textContent()).toContain(attached.slice(0, 12));
      // The follow-up itself is not what was attached: writing more there changes nothing of it.
      await field(page, 'followUp.reportBack.how').fill(`${HOW} Myös lehti-ilmoitus.`);
      expect(checksumOf(await value(page))).toBe(attached);

      // An edit of the assessment: the notice says the attached appendix no longer matches.
      await goToStep(page, SECTIONS.case.fi);
      const title = field(page, 'case.title');
      const original = await title.inputValue();
      await title.fill(`${original} (muutettu)`);
      await goToStep(page, FOLLOW_UP_TEXTS.part.fi);
      const changed = notice(page, 'attached-changed');
      await changed.waitFor({ state: 'visible' });
      expect(await changed.textContent()).toBe(FOLLOW_UP_TEXTS.attachedChanged.fi);
      expect(await changed.getAttribute('role')).toBe('status');
      // The recorded checksum stays that of the attached appendix.
      expect((await value(page)).followUp.attachedChecksum).toBe(attached);

      // Undoing the edit makes it match again, and the notice goes.
      await goToStep(page, SECTIONS.case.fi);
      await title.fill(original);
      await goToStep(page, FOLLOW_UP_TEXTS.part.fi);
      await changed.waitFor({ state: 'detached' });

      // The notice to participants, previewed in a sandboxed frame with what was typed.
      await page.getByRole('button', { name: FOLLOW_UP_TEXTS.previewNotice.fi }).click();
      const frame = page.locator(`iframe[title="${FOLLOW_UP_TEXTS.previewTitle.fi}"]`);
      await frame.waitFor({ state: 'visible' });
      expect(await frame.getAttribute('sandbox')).toBe('');
      const preview = page.frameLocator(`iframe[title="${FOLLOW_UP_TEXTS.previewTitle.fi}"]`);
      await preview.getByText(FEEDBACK_TEXTS.title.fi).first().waitFor();
      const shown = await preview.locator('body').textContent();
      expect(shown).toContain(DECIDED);
      expect(shown).toContain(WHERE);

      expect(pageErrors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
