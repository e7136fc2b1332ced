import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { readAppendix } from '@osallisuusarvio/pdf';
import { STEPPER_TEXTS, attachedJson, attachedPart } from '@osallisuusarvio/core';
import type { Assessment } from '@osallisuusarvio/core';
import { launch } from './support/browser.js';
import { focused } from './support/keyboard.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { REPO } from './support/paths.js';

const CSP = "default-src 'self'";

let server: StaticServer;
let browser: Browser;
/** What the first test saw, for the CSP test after it. */
const seen = { ran: false, csp: [] as string[], console: [] as string[], pageErrors: [] as string[] };

beforeAll(async () => {
  // The repository root, so that host/index.html finds ../dist/embed/osallisuus-arvio.js as it would.
  server = await serveStatic(REPO, { headers: { 'Content-Security-Policy': CSP } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * What the official types, by field name: enough to answer every question of the form (participation is
 * not organised here, so the questions that apply only to organised participation drop out).
 */
const TEXT: Record<string, string> = {
  'case.title': 'Neuvolan aukioloaikojen muutos – Kotka',
  'case.agendaItem': '§ 12',
  'case.preparer.name': 'Äijä Öhman',
  'case.preparer.title': 'Suunnittelija',
  'affected.text': 'Muutos koskee Karhulan perheitä ja iäkkäitä; åäö ÅÄÖ.',
  'influence.text': 'Aukioloaikojen painotukseen aamun ja illan välillä.',
  'conclusion.noParticipationReason': 'Muutos on pieni ja tilapäinen; perheille tiedotetaan neuvolassa.',
  'conclusion.summary': 'Perheitä kuullaan kyselyllä ennen päätöstä.',
};
/**
 * Date fields, by field name: typed as a Finnish official writes dates (d.m.yyyy) in a browser whose UI
 * language is en-US (support/browser.ts), and stored as ISO.
 */
const DATES: Record<string, { typed: string; iso: string }> = {
  'timing.opensOn': { typed: '11.1.2027', iso: '2027-01-11' },
  'timing.closesOn': { typed: '7.2.2027', iso: '2027-02-07' },
};

const TICK: Record<string, string[]> = {
  'case.matterTypes': ['serviceNetwork'],
  'affected.groups': ['residents', 'olderPeople'],
  'influence.constraints': ['money'],
  'communication.channels': ['website', 'plainLanguage'],
  'guidance.acknowledged': ['hearAndValue', 'keepPromises'],
};
/** Radio groups: chosen with the arrow keys (which move and check), or Space when already on the option. */
const RADIO: Record<string, string> = {
  'case.substantialImpact': 'no',
  'invited.deliberatelyExcluded': 'no',
  'testing.possible': 'notApplicable',
};

function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

describe("plain HTML host page under the CSP default-src 'self', keyboard only", () => {
  it("answers every question, one step at a time, of the custom element's form, makes and downloads the PDF, all by keyboard; the PDF holds what was typed", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      locale: 'en-US',
    });
    const page = await context.newPage();
    const consoleMessages: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (m: ConsoleMessage) => consoleMessages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      // The element's `change` event carries the latest evaluation (native change events have no detail).
      document.addEventListener('change', (e) => {
        const detail = (e as CustomEvent).detail as { evaluation?: unknown } | undefined;
        if (detail?.evaluation) (window as unknown as { __evaluation: unknown }).__evaluation = detail.evaluation;
      });
      // The event bubbles from the element (also out of a shadow root) to the window: one listener sees all.
      window.addEventListener(
        'securitypolicyviolation',
        (e) =>
          w.__csp.push(
            `${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
          ),
        true,
      );
    });

    const response = await page.goto(`${server.url}/packages/react/host/index.html`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    const form = page.locator('osallisuus-arvio form.oa-form');
    await form.waitFor({ state: 'visible', timeout: 30_000 });

    const typed = new Set<string>();
    const ticked: Record<string, string[]> = {};
    const chosen: Record<string, string> = {};
    let pdfButton = false;
    const noIndicator = new Set<string>();
    // Tabs from the first field of the form to "Luo PDF-liite" (the stepper's aim: at most 60).
    let tabs = 0;
    let arrows = 0;
    let inForm = false;
    const stops: string[] = [];
    for (let i = 0; i < 600 && !pdfButton; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!inForm && f.where.startsWith('osallisuus-arvio') && f.name.startsWith('case.')) inForm = true;
      else if (inForm) tabs++;
      if (inForm) stops.push(f.name ? f.name : `${f.tag}:${f.text.slice(0, 24)}`);
      if (f.tag === 'button' && f.text === STEPPER_TEXTS.next.fi) {
        // The step is answered: Enter on Next shows the next step with focus on its heading.
        await page.keyboard.press('Enter');
        continue;
      }
      if (!f.indicator) noIndicator.add(f.where);
      if (f.readOnly) continue;
      const date = DATES[f.name];
      if (f.tag === 'input' && f.type === 'text' && date) {
        if (!typed.has(f.name)) {
          await page.keyboard.type(date.typed);
          typed.add(f.name);
          expect((await focused(page)).value, f.name).toBe(date.typed);
        }
      } else if ((f.tag === 'input' && (f.type === 'text' || f.type === '')) || f.tag === 'textarea') {
        const text = TEXT[f.name];
        if (text !== undefined && !typed.has(f.name)) {
          await page.keyboard.type(text);
          typed.add(f.name);
        }
      } else if (f.tag === 'input' && f.type === 'checkbox') {
        // A checkbox list is one Tab stop: ArrowDown walks its options (ticking with Space) to its end, which is
        // the list's "show all" button where it has one; the next Tab leaves the list.
        const walked: string[] = [];
        let on = f;
        for (let k = 0; k < 40; k++) {
          if (!on.indicator) noIndicator.add(on.where);
          if (on.type === 'checkbox') {
            expect(on.name, 'ArrowDown stays in the list').toBe(f.name);
            if (TICK[on.name]?.includes(on.value) && !on.checked) {
              await page.keyboard.press('Space');
              (ticked[on.name] ??= []).push(on.value);
            }
          }
          walked.push(on.type === 'checkbox' ? on.value : `${on.tag}:${on.text.slice(0, 24)}`);
          await page.keyboard.press('ArrowDown');
          arrows++;
          const next = await focused(page);
          if (next.where === on.where && next.value === on.value && next.text === on.text) break;
          on = next;
        }
        stops[stops.length - 1] = `${f.name}[${walked.join(' ↓ ')}]`;
      } else if (
        f.tag === 'input' &&
        f.type === 'radio' &&
        RADIO[f.name] !== undefined &&
        chosen[f.name] === undefined
      ) {
        let on = f;
        for (let k = 0; k < 10 && on.value !== RADIO[f.name]; k++) {
          await page.keyboard.press('ArrowDown');
          on = await focused(page);
        }
        if (!on.checked) await page.keyboard.press('Space');
        chosen[f.name] = (await focused(page)).value;
      } else if (f.tag === 'button' && f.text === 'Luo PDF-liite') {
        pdfButton = true;
      }
    }
    expect(pdfButton, 'reached "Luo PDF-liite" by Tab').toBe(true);
    console.log(
      `stepper, keyboard only: ${tabs} Tabs (and ${arrows} ArrowDowns in the checkbox lists) from the first field to "Luo PDF-liite":\n${stops.join(' | ')}`,
    );
    // The aim of issue 13: at most 60, against 145 on the single page and 99–102 before each checkbox list
    // became one Tab stop (roving.ts). Every stop counts, the recommended methods' and bodies' "Lisää: …"
    // buttons too (1–4 here, as far as the evaluation has caught up when the walk passes).
    expect(tabs, 'Tabs to "Luo PDF-liite"').toBeLessThanOrEqual(60);
    expect(
      stops.filter((s) => s.startsWith('summary:')),
      'no disclosure to open on the way',
    ).toEqual([]);
    expect([...noIndicator], 'focused elements without a visible focus indicator').toEqual([]);
    expect([...typed].sort()).toEqual([...Object.keys(TEXT), ...Object.keys(DATES)].sort());
    expect(ticked).toEqual(TICK);
    expect(chosen).toEqual(RADIO);

    // Every question is answered: core's completeness, as the widget reported it to the host.
    await page
      .waitForFunction(
        () => {
          const ev = (
            window as unknown as {
              __evaluation?: { completeness: { parts: Record<string, { answered: number; total: number }> } };
            }
          ).__evaluation;
          return ev !== undefined && Object.values(ev.completeness.parts).every((p) => p.answered === p.total);
        },
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const evaluation = await page.evaluate(
      () =>
        (
          window as unknown as {
            __evaluation?: { completeness: { parts: Record<string, { answered: number; total: number }> } };
          }
        ).__evaluation,
    );
    expect(evaluation, 'a change event with the evaluation').toBeDefined();
    const unanswered = Object.entries(evaluation!.completeness.parts)
      .filter(([, p]) => p.answered < p.total)
      .map(([id, p]) => `${id} ${p.answered}/${p.total}`);
    expect(unanswered, 'parts not fully answered').toEqual([]);

    // Make the PDF with Enter: focus moves to the new download link by itself; Enter on it downloads.
    await page.keyboard.press('Enter');
    const link = page.locator('osallisuus-arvio a[download]');
    await link.waitFor({ state: 'attached', timeout: 60_000 });
    await expect.poll(async () => (await focused(page)).download, { timeout: 10_000 }).toBe(true);
    expect((await focused(page)).indicator, 'the download link shows its focus').toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    // The name carries the appendix language, and marks a draft (incomplete or with errors) as one.
    expect(download.suggestedFilename()).toMatch(
      /^osallisuusarviointi-KYMHVA-2145-05\.00\.00-2026-fi(-luonnos)?\.pdf$/,
    );
    const path = await download.path();
    const bytes = new Uint8Array(await readFile(path));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

    const read = readAppendix(bytes);
    if (!read.ok) throw new Error(`readAppendix failed: ${JSON.stringify(read.errors)}`);
    const a = read.assessment;
    for (const [name, text] of Object.entries(TEXT)) expect(at(a, name), name).toBe(text);
    for (const [name, { iso }] of Object.entries(DATES)) expect(at(a, name), name).toBe(iso);
    for (const [name, values] of Object.entries(TICK)) expect(at(a, name), name).toEqual(values);
    for (const [name, value] of Object.entries(RADIO)) expect(at(a, name), name).toBe(value);
    // The host's case details (attributes of the element) are in it too.
    expect(a.case.diaryNumber).toBe('KYMHVA/2145/05.00.00/2026');
    expect(a.case.meetingDate).toBe('2027-03-15');
    const value = await page.evaluate(
      () => (document.getElementById('assessment') as unknown as { value: unknown }).value,
    );
    // And the whole embedded assessment is what the form holds, except that the form now records, beside it,
    // the checksum of what was attached (the follow-up part of the JSON).
    const held = value as Assessment;
    expect(a).toEqual(attachedPart(held));
    expect(held.followUp.attachedChecksum).toBe(createHash('sha256').update(attachedJson(a)).digest('hex'));

    seen.csp = [...new Set(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
    seen.console = consoleMessages;
    seen.pageErrors = pageErrors;
    seen.ran = true;
    await context.close();
  });

  it('reports no CSP violation and no page error while doing it', () => {
    expect(seen.ran, 'the keyboard test above ran to the end').toBe(true);
    expect(seen.pageErrors).toEqual([]);
    expect(seen.csp, 'securitypolicyviolation events').toEqual([]);
    expect(
      seen.console.filter((m) => /content security policy|refused to/i.test(m)),
      'CSP messages in the console',
    ).toEqual([]);
  });
});
