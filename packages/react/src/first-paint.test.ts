// @vitest-environment node
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What a host's esbuild puts in the form's first paint. esbuild gives a first-paint file everything it reaches
// through its imports that any lazy chunk uses, so the widget's first-paint modules import core's values from
// `@osallisuusarvio/core/first-paint` only; `@osallisuusarvio/core` (the builds make it `/form`) is for the
// modules that load later.
async function firstPaint() {
  const result = await build({
    absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
    entryPoints: ['src/index.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
    jsx: 'automatic',
    loader: { '.css': 'text' },
    plugins: [
      {
        name: 'inline-css',
        setup(b) {
          b.onResolve({ filter: /\?inline$/ }, (a) => ({ path: a.path, namespace: 'css' }));
          b.onLoad({ filter: /.*/, namespace: 'css' }, () => ({ contents: '', loader: 'text' }));
        },
      },
    ],
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-hook-form', '@hookform/*', '@osallisuusarvio/*'],
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((p) => outputs[p]!.entryPoint === 'src/index.ts')!;
  const chunks = new Set<string>();
  const walk = (p: string) => {
    if (chunks.has(p)) return;
    chunks.add(p);
    for (const i of outputs[p]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) walk(i.path);
  };
  walk(entry);
  const of = [...chunks].map((p) => outputs[p]!);
  return {
    imports: new Set(of.flatMap((o) => o.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path))),
    modules: new Set(of.flatMap((o) => Object.keys(o.inputs))),
  };
}

describe("the form's first paint", () => {
  it('takes core only from its first-paint entry, and the findings’ UI comes with the evaluation', async () => {
    const { imports, modules } = await firstPaint();
    expect(imports).toContain('@osallisuusarvio/core/first-paint');
    expect(imports).not.toContain('@osallisuusarvio/core');
    expect(imports).not.toContain('@osallisuusarvio/core/form');
    expect(modules).not.toContain('src/findings.tsx');
    expect(modules).not.toContain('src/finding-response.tsx');
    expect(modules).not.toContain('src/sections.tsx');
  });
});
