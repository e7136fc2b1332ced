import { defineProject } from 'vitest/config';

// Flows across packages in Node: core → pdf → back, and the JSON Schema as other languages use it.
export default defineProject({
  test: {
    name: 'flows',
    include: ['flows/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
