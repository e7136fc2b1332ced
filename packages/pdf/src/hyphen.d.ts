// The `hyphen` package ships no types; these are the two entry points hyphenate.ts uses.
declare module 'hyphen/hyphen.js' {
  export default function createHyphenator(
    patterns: unknown,
    options?: { minWordLength?: number },
  ): (text: string) => string;
}
declare module 'hyphen/patterns/*.js' {
  const patterns: unknown;
  export default patterns;
}
