export const THEME_NAMES: readonly string[];
export function themeSheets(): Record<string, string>;
export function toHex(value: string): string;
export function contrast(a: string, b: string): number;
