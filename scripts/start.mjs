// The README's first command ends here: it writes the example appendices to out/examples/ and serves the
// widget's plain HTML host page, where a person fills in an assessment and downloads the appendix.
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
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
}
console.log(`Example appendices: ${outDir}`);

const site = join(root, 'packages', 'react');
if (!existsSync(join(site, 'host', 'index.html')) || !existsSync(join(site, 'dist', 'embed'))) {
  console.log('The widget is not built; only the example appendices were made.');
  process.exit(0);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
};
const port = Number(process.env.PORT ?? 8080);
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (path === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (path === '/') {
    res.writeHead(302, { location: '/host/' });
    res.end();
    return;
  }
  const file = normalize(join(site, path.endsWith('/') ? `${path}index.html` : path));
  // Only files of the widget package, never node_modules or anything above it.
  const inside = file.startsWith(site + sep) && !file.includes(`${sep}node_modules${sep}`);
  if (!inside || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  // The page runs under the strict CSP that case-management systems use.
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': "default-src 'self'; img-src 'self' blob: data:; frame-src 'self' blob:; object-src 'self' blob:",
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`The assessment form: http://localhost:${port}/  (Ctrl+C stops)`);
});
