import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { EXAMPLES, EXAMPLE_NAMES, findRegion } from '@osallisuusarvio/core';
import { readAppendix, renderAppendix } from '@osallisuusarvio/pdf';
import { launch } from './support/browser.js';
import { serveStatic } from './support/server.js';
import type { StaticServer } from './support/server.js';
import { EMBED, REPO } from './support/paths.js';

/**
 * The same bytes in the browser and in Node: the embed build's PDF chunk (jsPDF's browser build,
 * bundled by Vite) and @osallisuusarvio/pdf's dist in Node (jsPDF's node build) make the same file
 * from the same assessment and generatedAt.
 */
const GENERATED_AT = '2027-02-20T10:30:00.000Z';

// The chunk the embed build loads when a PDF is made: the one of its chunks that exports renderAppendix (the
// widget reaches it through a dynamic import() from a later chunk, so it is found by what it exports).
const chunks = join(dirname(EMBED), 'chunks');
const chunk = readdirSync(chunks)
  .filter((f) => f.endsWith('.js'))
  .find((f) => /\bas renderAppendix\b/.test(readFileSync(join(chunks, f), 'utf8')))
  ?.replace(/^/, 'chunks/');

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(REPO, {
    headers: { 'Content-Security-Policy': "default-src 'self'" },
    routes: {
      '/__pdf-test.html': {
        type: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="en"><title>pdf bytes</title></html>',
      },
    },
  });
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`${server.url}/__pdf-test.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function renderInBrowser(assessment: unknown, options: Record<string, unknown>): Promise<Uint8Array> {
  // A string, not a function: vitest would rewrite a function's import() for Node.
  const script = `(async ({ url, assessment, options }) => {
    const pdf = await import(url);
    if (typeof pdf.renderAppendix !== 'function') throw new Error(url + ' exports no renderAppendix');
    const bytes = await pdf.renderAppendix(assessment, options);
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  })(${JSON.stringify({ url: `/packages/react/dist/embed/${chunk}`, assessment, options })})`;
  const base64 = (await page.evaluate(script)) as string;
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

describe('the PDF appendix is byte for byte the same in the browser and in Node', () => {
  it('finds the PDF chunk of the embed build', () => {
    expect(chunk).toMatch(/^chunks\/.+\.js$/);
  });

  // Each example in its own language, and one in the two other languages too.
  const cases = [
    ...EXAMPLE_NAMES.map((name) => [name, EXAMPLES[name].locale] as const),
    ['service-network', 'sv'] as const,
    ['service-network', 'en'] as const,
  ];

  it.each(cases)('example %s in %s', async (name, locale) => {
    const example = EXAMPLES[name];
    const region = findRegion(example.region);
    expect(region).toBeDefined();
    const options = { locale, region, generatedAt: GENERATED_AT };
    const node = renderAppendix(example.assessment, options);
    const browserBytes = await renderInBrowser(example.assessment, options);
    expect(Buffer.from(browserBytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(browserBytes.length).toBeGreaterThan(10_000);
    expect(browserBytes.length).toBe(node.length);
    const firstDiff = browserBytes.findIndex((b, i) => b !== node[i]);
    expect(firstDiff, 'first differing byte').toBe(-1);
    // And both read back to the example.
    const read = readAppendix(browserBytes);
    expect(read.ok).toBe(true);
  });
});
