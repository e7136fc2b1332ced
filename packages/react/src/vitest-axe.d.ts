// vitest-axe 0.1 declares its matcher on the old global `Vi` namespace; vitest 4 reads module augmentation.
import 'vitest';
import type { AxeMatchers } from 'vitest-axe/matchers';

declare module 'vitest' {
  interface Assertion<T = any> extends AxeMatchers {}
  interface AsymmetricMatchersContaining extends AxeMatchers {}
}
