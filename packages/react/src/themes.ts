import { WIDGET_TEXTS } from '@osallisuusarvio/core';
import hdsCss from './themes/hds.css?inline';
import suomifiCss from './themes/suomifi.css?inline';
import { WidgetOptionsError, localizedText } from './host-errors.js';

/**
 * The theme presets, generated at build time from the design tokens of the Suomi.fi design system and the
 * Helsinki Design System (scripts/themes.mjs). Each sets only the widget's --oa-* custom properties.
 */
export const THEMES = ['suomifi', 'hds'] as const;
export type ThemeName = (typeof THEMES)[number];

const CSS: Record<ThemeName, string> = { suomifi: suomifiCss, hds: hdsCss };
const sheets = new Map<ThemeName, CSSStyleSheet>();

export const isThemeName = (value: unknown): value is ThemeName => THEMES.some((t) => t === value);

/** The error a host gets for a theme name that is not one of THEMES (the widget keeps its own look). */
export function themeError(value: unknown): WidgetOptionsError {
  const got = typeof value === 'string' ? `"${value}"` : typeof value;
  return new WidgetOptionsError([
    {
      option: 'theme',
      message: localizedText(WIDGET_TEXTS.hostOptionType, {
        option: 'theme',
        expected: THEMES.map((t) => `"${t}"`).join(' | '),
        got,
      }),
    },
  ]);
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
