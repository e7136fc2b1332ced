// The README's first command ends here: it writes the example appendices to out/examples/ and serves the
// widget's plain HTML host page, where a person fills in an assessment and downloads the appendix.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLES, LOCALES, findRegion } from '@osallisuusarvio/core';
import { renderAppendix } from '@osallisuusarvio/pdf';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'out', 'examples');
mkdirSync(outDir, { recursive: true });
for (const example of Object.values(EXAMPLES)) {
  for (const locale of LOCALES) {
    const file = join(outDir, `${example.name}-${locale}.pdf`);
    writeFileSync(file, renderAppendix(example.assessment, { locale, region: findRegion(example.region) }));
  }
  // An organiser whose rules ask for both national languages gets them in one appendix.
  if (example.appendicesInBothLanguages)
    writeFileSync(
      join(outDir, `${example.name}-fi-sv.pdf`),
      renderAppendix(example.assessment, { region: findRegion(example.region), bilingual: true }),
    );
}
console.log(`Example appendices: ${outDir}`);

const site = join(root, 'packages', 'react');
if (!existsSync(join(site, 'host', 'index.html')) || !existsSync(join(site, 'dist', 'embed'))) {
  console.log('The widget is not built; only the example appendices were made.');
  process.exit(0);
}
const { serve, STRICT_CSP } = await import('../packages/react/scripts/serve.mjs');
// The strict policy of case-management systems, plus blob: frames so that the PDF preview shows.
const csp = `${STRICT_CSP}; frame-src 'self' blob:; object-src 'self' blob:`;
const { url } = await serve(Number(process.env.PORT ?? 8080), { csp });
console.log(`The assessment form: ${url.replace('127.0.0.1', 'localhost')}/  (Ctrl+C stops)`);
