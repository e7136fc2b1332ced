import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const STORYBOOK_STATIC = join(REPO, 'stories', 'storybook-static');
export const SCREENSHOTS = join(REPO, 'out', 'screenshots');
export const EMBED = join(REPO, 'packages', 'react', 'dist', 'embed', 'osallisuus-arvio.js');
export const PDF_DIST = join(REPO, 'packages', 'pdf', 'dist', 'index.js');
