// Writes a THIRD_PARTY_LICENSES.md: the licence notices of every package whose code a build put inside our
// files, which a published package must carry since that code ships in it. Which packages are inside comes
// from the bundler (esbuild's metafile for the CLI, Rollup's module ids for the widget's embed build), so a
// dependency added to a bundle is listed on the next build. Used by packages/cli/scripts/third-party-licenses.mjs
// and the embed build's plugin in packages/react/vite.config.ts.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NOTICE_FILE = /^(licen[cs]e|copying|notice|ofl)([-.][\w.-]*)?$/i;
// Besides the package's own, the notices of what it embeds (the appendix renderer's Noto Sans fonts, OFL, and
// its sRGB profile) sit one directory down.
const SKIP_DIRS = new Set(['node_modules', 'dist', 'src', 'lib', 'lib-esm', 'types', 'test', 'bench']);
// The hyphen package's pattern files (TeX patterns from hyph-utf8) carry no notice, and its LICENSE covers only
// its own code: each pattern's terms are kept beside this script, quoted from the hyph-utf8 source files.
const PATTERN_NOTICES = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'hyphenation-pattern-notices.json'), 'utf8'),
);

function noticesOf(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && NOTICE_FILE.test(entry.name)) found.push(entry.name);
    else if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.'))
      for (const inner of readdirSync(join(dir, entry.name), { withFileTypes: true }))
        if (inner.isFile() && NOTICE_FILE.test(inner.name)) found.push(`${entry.name}/${inner.name}`);
  }
  return found.sort().map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8').trim() }));
}

/** The directory of the package a bundled file (absolute path) belongs to, or null for the building package's own. */
function packageDirOf(file, packageDir) {
  const at = file.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const rest = file.slice(at + '/node_modules/'.length).split('/');
    return join(file.slice(0, at), 'node_modules', ...rest.slice(0, rest[0].startsWith('@') ? 2 : 1));
  }
  // A workspace package (../core/dist/…): the nearest directory above with a package.json of another name.
  let dir = dirname(file);
  while (dir.startsWith(dirname(packageDir)) && dir !== packageDir && dir !== dirname(packageDir)) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
  return null;
}

/**
 * @param {{ packageDir: string, files: Iterable<string>, out: string, title: string, intro: string[] }} o
 *   `files`: what the bundle holds, as paths (relative ones are taken from `packageDir`); ids that are not
 *   files (a bundler's virtual modules, "\0…") are skipped.
 * @returns {string[]} the names of the packages listed
 */
export function writeThirdPartyLicenses({ packageDir, files, out, title, intro }) {
  const bundled = new Map();
  for (const id of files) {
    if (id.startsWith('\0') || id.includes('?')) continue;
    const file = isAbsolute(id) ? id : resolve(packageDir, id);
    const dir = packageDirOf(file, packageDir);
    if (dir === null) continue;
    const entry = bundled.get(dir) ?? { files: [] };
    entry.files.push(file);
    bundled.set(dir, entry);
  }
  const packages = [...bundled.entries()]
    .map(([dir, { files: inside }]) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const notices = noticesOf(dir);
      if (notices.length === 0) throw new Error(`${pkg.name}: bundled into ${title}, but it has no LICENSE file`);
      const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
      const hyphenationPatterns = [
        ...new Set(
          inside
            .filter((f) => /\/hyphen\/patterns\//.test(f))
            .map((f) => f.slice(f.lastIndexOf('/') + 1).replace(/\.js$/, '')),
        ),
      ].sort();
      return { name: pkg.name, version: pkg.version, license, homepage: pkg.homepage, notices, hyphenationPatterns };
    })
    // One entry per package and version (pnpm may link one package under two paths).
    .filter((p, i, all) => all.findIndex((q) => q.name === p.name && q.version === p.version) === i)
    .sort((a, b) => a.name.localeCompare(b.name));

  const lines = [`# ${title}`, '', ...intro, '', ...packages.map((p) => `- ${p.name}@${p.version} (${p.license})`), ''];
  for (const p of packages) {
    lines.push(`## ${p.name}@${p.version}`, '', `License: ${p.license}`, '');
    if (p.homepage) lines.push(`Homepage: ${p.homepage}`, '');
    if (p.hyphenationPatterns.length > 0) {
      lines.push(
        `Bundled hyphenation patterns: ${p.hyphenationPatterns.join(', ')}. The package ported them to JavaScript from the TeX hyphenation patterns on CTAN (hyph-utf8); its LICENSE below covers its own code, and each pattern file keeps the terms of its authors:`,
        '',
      );
      for (const name of p.hyphenationPatterns) {
        const n = PATTERN_NOTICES[name];
        if (!n)
          throw new Error(
            `${p.name}: pattern ${name} is bundled, but scripts/hyphenation-pattern-notices.json has no notice for it`,
          );
        lines.push(
          `### Patterns ${name}: ${n.title}`,
          '',
          `${n.copyright}. Licence: ${n.licence}. Source: ${n.source}.`,
          '',
        );
        lines.push('````text', n.text, '````', '');
      }
    }
    for (const n of p.notices) lines.push(`### ${n.file}`, '', '````text', n.text, '````', '');
  }
  writeFileSync(out, lines.join('\n'));
  return packages.map((p) => p.name);
}
