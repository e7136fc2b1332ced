import { defineProject } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    // Field paths are types: fields.test-d.ts proves a misspelt one does not compile.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    setupFiles: ['./src/test-setup.ts'],
    // A whole assessment form in jsdom is slow to type into; the budget is generous, not a target. Replacing
    // a filled form (an opened file, an undo) took up to 45 s on the shared 2-core machine at load 17.
    testTimeout: 90_000,
    // The custom element adopts the real stylesheet (styles.css?inline): let Vite load CSS in tests.
    css: true,
  },
});
