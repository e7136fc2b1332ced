import { WIDGET_TEXTS, formatMessage } from '@osallisuusarvio/core/first-paint';
import type { Locale, MessageParam } from '@osallisuusarvio/core';

export type WidgetTextKey = keyof typeof WIDGET_TEXTS;

/** A widget word in the reader's language, with `{name}` parameters filled. */
export function wt(key: WidgetTextKey, locale: Locale, params: Readonly<Record<string, MessageParam>> = {}): string {
  return formatMessage(WIDGET_TEXTS[key][locale], params, locale);
}
