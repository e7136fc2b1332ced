// For tests of what a bundler keeps of core: esbuild shakes least, so what it keeps is what any host gets.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('.', import.meta.url));

/**
 * The modules with code in a minified browser bundle of `contents` (a module in this folder, e.g.
 * `export { parseAssessment } from './index.ts';`). The metafile's `inputs` lists every module read; the
 * output's lists what stayed.
 */
export async function bundledInputs(contents: string): Promise<string[]> {
  const result = await build({
    stdin: { contents, resolveDir: src, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => path);
}
