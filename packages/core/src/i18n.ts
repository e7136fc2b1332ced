/** The languages of the checklist, the widget and the appendix. Finnish is the source language. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every supported language. Catalogues and rules never carry a text in fewer. */
export interface LocalizedText {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A message parameter: a plain value, or a catalogue label that is shown in the reader's language. */
export type MessageParam = string | number | LocalizedText | readonly LocalizedText[];

function renderParam(value: MessageParam, locale: Locale): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isLocalizedArray(value))
    return joinList(
      value.map((v) => v[locale]),
      locale,
    );
  return value[locale];
}

function isLocalizedArray(value: MessageParam): value is readonly LocalizedText[] {
  return Array.isArray(value);
}

const AND: LocalizedText = { fi: 'ja', sv: 'och', en: 'and' };

/** "a, b ja c" – lists in messages read as prose, not as comma soup. */
export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[locale]} ${items[items.length - 1]}`;
}

/** Fills `{name}` placeholders. An unknown placeholder stays visible so a typo in rule data shows up in review. */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, MessageParam>>,
  locale: Locale,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : renderParam(value, locale);
  });
}

export function formatLocalized(
  template: LocalizedText,
  params: Readonly<Record<string, MessageParam>>,
): LocalizedText {
  return {
    fi: formatMessage(template.fi, params, 'fi'),
    sv: formatMessage(template.sv, params, 'sv'),
    en: formatMessage(template.en, params, 'en'),
  };
}
