import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SERVE_OPTIONS, serveConfig } from '../commands/serve.js';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const UNIT = readFileSync(join(PACKAGE, 'deploy', 'osallisuusarvio.service'), 'utf8');
const execStart = /^ExecStart=(\S+) serve (.*)$/m.exec(UNIT);

describe('the systemd unit in deploy/', () => {
  it('starts serve on loopback with options the command accepts', () => {
    expect(execStart).not.toBeNull();
    const args = execStart![2]!.split(/\s+/);
    const { values } = parseArgs({ args, options: SERVE_OPTIONS, strict: true });
    const config = serveConfig(values);
    expect(config.host).toBe('127.0.0.1');
    expect(config.timeoutMs).toBeLessThan(Number(/^TimeoutStopSec=(\d+)/m.exec(UNIT)![1]) * 1000);
  });

  const analyze = spawnSync('systemd-analyze', ['--version']).status === 0;
  it.skipIf(!analyze)('passes systemd-analyze verify (with ExecStart pointing at this build)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-unit-'));
    try {
      const unit = join(dir, 'osallisuusarvio.service');
      writeFileSync(unit, UNIT.replace(execStart![1]!, `${process.execPath} ${join(PACKAGE, 'dist', 'cli.js')}`));
      const verify = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' });
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
