// vitest-axe 0.1 declares its matcher on the old global `Vi` namespace; vitest 4 reads module augmentation.
import 'vitest';
import type { AxeMatchers } from 'vitest-axe/matchers';

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: the same default as vitest's own declaration, which this merges with.
  interface Assertion<T = any> extends AxeMatchers {}
  interface AsymmetricMatchersContaining extends AxeMatchers {}
}
