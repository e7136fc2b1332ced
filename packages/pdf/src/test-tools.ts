// Which of Debian's PDF tools the tests can run here (CI installs them all, and there a missing one fails).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether a command is on the PATH. */
export function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** PDFBox's Preflight and what it needs on Java 17 (libpdfbox2-java, libactivation-java, libjaxb-api-java). */
export const PREFLIGHT_JARS = [
  'preflight',
  'pdfbox2',
  'xmpbox',
  'fontbox2',
  'commons-logging',
  'javax.activation',
  'jaxb-api',
].map((j) => `/usr/share/java/${j}.jar`);

export const hasPreflight = (): boolean => has('java') && PREFLIGHT_JARS.every((j) => existsSync(j));

/** A tool's output; when it fails, its output and error output with "exit N", for the assertion to show. */
export function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; status?: number };
    return `${err.stdout ?? ''}${err.stderr ?? ''}\nexit ${err.status}`;
  }
}
