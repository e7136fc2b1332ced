// Checks every example appendix with independent tools: qpdf, poppler and PDFBox Preflight. CI installs them
// (scripts/bootstrap.sh); on a machine without them the checks are skipped unless CI is set, where they fail.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, EXAMPLE_NAMES, LOCALES, findRegion } from '@osallisuusarvio/core';
import { renderAppendix } from './index.js';
import { PREFLIGHT_JARS, has, hasPreflight, run } from './test-tools.js';

const tools = {
  qpdf: has('qpdf'),
  poppler: has('pdffonts') && has('pdfinfo') && has('pdfdetach'),
  preflight: hasPreflight(),
};
const required = Boolean(process.env.CI);
const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-pdf-'));

describe.each(EXAMPLE_NAMES.flatMap((name) => LOCALES.map((locale) => [name, locale] as const)))(
  '%s in %s',
  (name, locale) => {
    const example = EXAMPLES[name];
    const file = join(dir, `${name}-${locale}.pdf`);
    writeFileSync(file, renderAppendix(example.assessment, { locale, region: findRegion(example.region)! }));

    it.skipIf(!tools.qpdf && !required)('passes qpdf --check', () => {
      const out = run('qpdf', ['--check', file]);
      expect(out).toContain('No syntax or stream encoding errors found');
      expect(out).not.toMatch(/WARNING|exit [1-9]/);
    });

    it.skipIf(!tools.poppler && !required)('has only embedded fonts, is tagged and carries the JSON', () => {
      const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/\s+yes\s+(yes|no)\s+yes\s+\d+\s+0$/);
      const info = run('pdfinfo', [file]);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/PDF version:\s+1\.7/);
      expect(run('pdfdetach', ['-list', file])).toContain('osallisuusarvio.json');
    });
  },
);

describe('PDF/A-1b', () => {
  it.skipIf(!tools.preflight && !required).each(EXAMPLE_NAMES)(
    '%s without the attachment passes PDFBox Preflight',
    (name) => {
      const example = EXAMPLES[name];
      const file = join(dir, `${name}-a1b.pdf`);
      writeFileSync(
        file,
        renderAppendix(example.assessment, {
          region: findRegion(example.region)!,
          attachJson: false,
          ...(example.appendicesInBothLanguages ? { bilingual: true } : {}),
        }),
      );
      const out = run('java', ['-cp', PREFLIGHT_JARS.join(':'), 'org.apache.pdfbox.preflight.Validator_A1b', file]);
      expect(out).toContain('is a valid PDF/A-1b file');
    },
  );
});

describe('hostile text', () => {
  it.skipIf(!(tools.qpdf && tools.poppler) && !required)('leaves a file that qpdf and poppler accept', () => {
    const hostile = ') Tj ( endstream endobj %%EOF \u0000\u001b[31m \u202eabc\u202c <script>x</script> 😀\n'.repeat(
      2000,
    );
    const file = join(dir, 'hostile.pdf');
    writeFileSync(
      file,
      renderAppendix({ case: { title: ') Tj (\u202e' }, affected: { text: hostile } }, { locale: 'fi' }),
    );
    const out = run('qpdf', ['--check', file]);
    expect(out).toContain('No syntax or stream encoding errors found');
    expect(out).not.toMatch(/WARNING|exit [1-9]/);
    expect(run('pdfinfo', [file])).toMatch(/Tagged:\s+yes/);
  });
});
