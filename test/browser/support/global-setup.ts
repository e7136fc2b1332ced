import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EMBED, PDF_DIST, REPO, STORYBOOK_STATIC } from './paths.js';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce(
    (m, name) => (name === 'node_modules' ? m : Math.max(m, newest(join(path, name)))),
    s.mtimeMs,
  );
}

/**
 * The browser tests build nothing of the packages: root `npm test` runs `pnpm run build` first.
 * The static Storybook is built here when it is missing or older than the stories or the built
 * widget, so that a fresh clone's `npm test` works and a stale build is never checked.
 */
export default function setup(): void {
  for (const file of [
    EMBED,
    PDF_DIST,
    join(REPO, 'packages/react/dist/index.js'),
    join(REPO, 'packages/react/dist/styles.css'),
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm run build\` at the repository root first.`);
  }
  const index = join(STORYBOOK_STATIC, 'index.json');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(
    newest(join(REPO, 'stories/src')),
    newest(join(REPO, 'stories/.storybook')),
    newest(join(REPO, 'packages/react/dist')),
    newest(join(REPO, 'packages/core/dist')),
    newest(join(REPO, 'packages/pdf/dist')),
  );
  if (built > sources) return;
  console.log(
    `browser tests: ${built ? 'the static Storybook is older than its sources' : 'no static Storybook'}; building it (stories/storybook-static)`,
  );
  const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
  let r = spawnSync('pnpm', ['--filter', '@osallisuusarvio/stories', 'run', 'build-storybook'], {
    cwd: REPO,
    stdio: 'inherit',
    env,
  });
  if (r.error) {
    // No pnpm on PATH: the same command as the package's build-storybook script.
    const bin = join(REPO, 'stories/node_modules/storybook/dist/bin/dispatcher.js');
    r = spawnSync(process.execPath, [bin, 'build', '-o', 'storybook-static', '--quiet'], {
      cwd: join(REPO, 'stories'),
      stdio: 'inherit',
      env,
    });
  }
  if (r.status !== 0 || !existsSync(index)) throw new Error('build-storybook failed (stories/storybook-static)');
}
