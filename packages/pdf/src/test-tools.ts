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
