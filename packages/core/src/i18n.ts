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

/** What a count counts; each has a singular and a plural in every language. */
export const COUNT_UNITS = {
  day: { fi: ['päivä', 'päivää'], sv: ['dag', 'dagar'], en: ['day', 'days'] },
  point: { fi: ['kohta', 'kohtaa'], sv: ['punkt', 'punkter'], en: ['point', 'points'] },
} as const satisfies Record<string, Record<Locale, readonly [string, string]>>;
export type CountUnit = keyof typeof COUNT_UNITS;

/** A number with its noun, in the right grammatical number: "1 päivä", "2 päivää", "1 day". */
export interface Count {
  readonly count: number;
  readonly unit: CountUnit;
}

/**
 * A message parameter: a plain value, a catalogue label shown in the reader's language, a list of labels, or a
 * count with its noun.
 */
export type MessageParam = string | number | LocalizedText | readonly LocalizedText[] | Count;

const pluralRules = new Map<Locale, Intl.PluralRules>();
export function formatCount(count: number, unit: CountUnit, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const [one, other] = COUNT_UNITS[unit][locale];
  return `${count}\u00a0${rules.select(count) === 'one' ? one : other}`;
}

/** A label inside a sentence: "lapset ja nuoret", but "OLKA" and the English "Sámi" keep their capitals. */
export function inSentence(label: string, locale: Locale): string {
  const second = label.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return label;
  if (locale === 'en' && /^(Sámi|Finnish|Swedish|UN|Easy Language)\b/.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function renderParam(value: MessageParam, locale: Locale): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isLocalizedArray(value)) {
    const items = value.map((v) => v[locale]);
    // Phrases written for a sentence ("the date of the request") read as prose; catalogue labels may hold
    // "och" / "ja" themselves ("Regler och anvisningar"), so semicolons keep them apart.
    if (items.every((t) => t === inSentence(t, locale) && !/ (och|ja|and) /.test(t))) return joinList(items, locale);
    return items.map((t) => inSentence(t, locale)).join('; ');
  }
  if ('count' in value) return formatCount(value.count, value.unit, locale);
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

// A template split once into text and placeholder names (odd indexes): messages are formatted for every
// finding of every evaluation, and the same few hundred templates come back each time. Bounded.
const compiled = new Map<string, readonly string[]>();
function compile(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (compiled.size >= 4096) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders. An unknown placeholder stays visible so a typo in rule data shows up in review. */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, MessageParam>>,
  locale: Locale,
): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = params[name];
    out += (value === undefined ? `{${name}}` : renderParam(value, locale)) + parts[i + 1]!;
  }
  return out;
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
