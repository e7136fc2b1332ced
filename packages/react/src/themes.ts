import { WIDGET_TEXTS } from '@osallisuusarvio/core/first-paint';
import hdsCss from './themes/hds.css?inline';
import suomifiCss from './themes/suomifi.css?inline';
import { localizedText } from './host-errors.js';
import type { HostOptionProblem } from './host-errors.js';

/**
 * The theme presets, generated at build time from the design tokens of the Suomi.fi design system and the
 * Helsinki Design System (scripts/themes.mjs). Each sets only the widget's --oa-* custom properties.
 */
export const THEMES = ['suomifi', 'hds'] as const;
export type ThemeName = (typeof THEMES)[number];

const CSS: Record<ThemeName, string> = { suomifi: suomifiCss, hds: hdsCss };
const sheets = new Map<ThemeName, CSSStyleSheet>();

export const isThemeName = (value: unknown): value is ThemeName => THEMES.some((t) => t === value);

/**
 * What is wrong with a theme name that is not one of THEMES, for the widget's notice of host options (the
 * widget keeps its own look).
 */
export function themeProblem(value: unknown): HostOptionProblem {
  const shown = typeof value === 'string' ? (value.length > 30 ? `${value.slice(0, 30)}…` : value) : typeof value;
  return {
    option: 'theme',
    message: localizedText(WIDGET_TEXTS.hostOptionTheme, { value: shown, themes: THEMES.join(', ') }),
  };
}

/**
 * Gives a document or shadow root the preset's prebuilt constructable stylesheet, in place of any other
 * preset it had (undefined takes the preset away). One sheet per preset is shared by every instance.
 * Returns false where the browser lacks constructable stylesheets: link
 * `@osallisuusarvio/react/themes/<name>.css` there.
 */
export function adoptTheme(root: Document | ShadowRoot, theme: ThemeName | undefined): boolean {
  if (
    !('adoptedStyleSheets' in root) ||
    typeof CSSStyleSheet !== 'function' ||
    !('replaceSync' in CSSStyleSheet.prototype)
  )
    return false;
  let sheet: CSSStyleSheet | undefined;
  if (theme) {
    sheet = sheets.get(theme);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS[theme]);
      sheets.set(theme, sheet);
    }
  }
  const others = new Set(sheets.values());
  const kept = root.adoptedStyleSheets.filter((s) => s === sheet || !others.has(s));
  if (sheet && !kept.includes(sheet)) kept.push(sheet);
  if (kept.length !== root.adoptedStyleSheets.length || kept.some((s, i) => s !== root.adoptedStyleSheets[i]))
    root.adoptedStyleSheets = kept;
  return true;
}
