import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  // The testing entry imports the package by name; its own tests take the source, not dist/.
  resolve: { alias: { '@osallisuusarvio/core': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    name: 'core',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
