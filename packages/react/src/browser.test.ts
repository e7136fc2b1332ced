// @vitest-environment node
// The host page in a real browser (Debian's chromium): the embed build under `default-src 'self'`, axe
// with colour contrast (which jsdom cannot check), a PDF made through the lazily loaded chunk, and 320 px.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from '../scripts/serve.mjs';

const CHROMIUM = '/usr/bin/chromium';
const built = existsSync(new URL('../dist/embed/osallisuus-arvio.js', import.meta.url).pathname);
const canRun = existsSync(CHROMIUM) && built;

describe.skipIf(!canRun)('the host page in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    server = await serve(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width: number): Promise<{ page: Page; violations: string[] }> {
    // A context of its own per page: AxeBuilder needs one, and no state is shared between the checks.
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${server.url}/host/`);
    await page.locator('osallisuus-arvio .oa-root').waitFor();
    await page.locator('#mount-target .oa-root').waitFor();
    return { page, violations };
  }

  it('runs under the CSP without a violation and has no axe (WCAG 2.1 AA) violations, contrast included', async () => {
    const { page, violations } = await open(1280);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(violations).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('makes the PDF appendix through the lazily loaded chunk and hands it to the host, still without a violation', async () => {
    const { page, violations } = await open(1280);
    const widget = page.locator('osallisuus-arvio');
    // The stepper's last step holds the PDF button: go there through the list of steps.
    await widget.locator('.oa-aside').getByText('Yhteenveto ja PDF-liite').click();
    await widget.getByRole('button', { name: 'Luo PDF-liite' }).click();
    await expect.poll(() => page.locator('#element-log').textContent(), { timeout: 30_000 }).toMatch(/pdf: \d+ tavua/);
    await widget.getByRole('link', { name: 'Lataa PDF-liite' }).waitFor();
    expect(violations).toEqual([]);
    // This CSP has no `frame-src blob:`: asking for the preview gets a note instead of an empty frame.
    await widget.getByRole('button', { name: 'Näytä esikatselu' }).click();
    await widget.getByText('Esikatselu ei ole käytettävissä tällä sivulla. Lataa liite ja avaa se.').waitFor();
    expect(await widget.locator('iframe').count()).toBe(0);
    expect(violations.join('\n'), 'the probe itself sees violations').toMatch(/frame/);
    await page.context().close();
  }, 60_000);

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const { page } = await open(320);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(320);
    await page.context().close();
  }, 60_000);
});
