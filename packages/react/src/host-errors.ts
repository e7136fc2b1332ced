import {
  DECIDING_BODY_KINDS,
  isIsoDate,
  isLocale,
  WIDGET_TEXTS,
  formatMessage,
  LOCALES,
} from '@osallisuusarvio/core/first-paint';
import type { LocalizedText } from '@osallisuusarvio/core';
import { createContext } from 'react';
import type { WidgetOptions } from './types.js';

/** One option a host passed that the widget could not use; it was left out. */
export interface HostOptionProblem {
  /** The option's path, e.g. "locale" or "caseDetails.meetingDate". */
  readonly option: string;
  readonly message: LocalizedText;
}

/**
 * Problems with the options of a wrapper around the form (mount()'s theme, the custom element's `theme`
 * attribute), which the form cannot see in its own props: it lists them in the same notice as its own and
 * tells the host of them in the same `WidgetOptionsError`.
 */
export const HostProblemsContext = createContext<readonly HostOptionProblem[]>([]);

/**
 * What a host gets when its options are wrong (through `onError`, the custom element's `error` event, or
 * thrown by `mount()` for an element that is not one). The widget still renders, with a notice, using
 * what it could.
 */
export class WidgetOptionsError extends Error {
  override readonly name = 'WidgetOptionsError';
  readonly problems: readonly HostOptionProblem[];
  constructor(problems: readonly HostOptionProblem[]) {
    super(`osallisuusarvio: options not used: ${problems.map((p) => p.message.en).join('; ')}`);
    this.problems = problems;
  }
}

/** A failure while rendering the form (a host's rule that throws, a region profile of the wrong shape). */
export class WidgetRenderError extends Error {
  override readonly name = 'WidgetRenderError';
  override readonly cause: unknown;
  constructor(cause: unknown) {
    super(`osallisuusarvio: the form could not be rendered: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.cause = cause;
  }
}

/**
 * A host rule threw or returned something other than hits. Core turns it into a finding ("rule … could not be
 * evaluated") and the form goes on; the host is told with this error.
 */
export class WidgetRuleError extends Error {
  override readonly name = 'WidgetRuleError';
  override readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    this.cause = cause;
  }
}

/** A widget text with its parameters filled in every language (for errors the host may show in any). */
export function localizedText(text: LocalizedText, params: Record<string, string>): LocalizedText {
  const out = {} as Record<(typeof LOCALES)[number], string>;
  for (const l of LOCALES) out[l] = formatMessage(text[l], params, l);
  return out;
}

const localized = (key: 'hostOptionLocale' | 'hostOptionType', params: Record<string, string>): LocalizedText =>
  localizedText(WIDGET_TEXTS[key], params);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return `"${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  if (typeof value === 'object') return 'object';
  return `${typeof value} ${String(value)}`.trim();
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

type Check = (value: unknown) => boolean;
const FUNCTION: Check = (v) => typeof v === 'function';
const BOOLEAN: Check = (v) => typeof v === 'boolean';
const STRING: Check = (v) => typeof v === 'string';
const ARRAY: Check = (v) => Array.isArray(v);
const OBJECT: Check = isObject;

const TOP: Record<string, readonly [Check, string]> = {
  onChange: [FUNCTION, 'function'],
  onSubmit: [FUNCTION, 'function'],
  onPdf: [FUNCTION, 'function'],
  onError: [FUNCTION, 'function'],
  renderPdf: [FUNCTION, 'function'],
  readPdf: [FUNCTION, 'function'],
  readOnly: [BOOLEAN, 'boolean'],
  rules: [ARRAY, 'array of rules'],
  debounceMs: [(v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'number ≥ 0'],
  today: [isIsoDate, 'YYYY-MM-DD'],
  region: [
    (v) =>
      isObject(v) &&
      typeof v.id === 'string' &&
      isObject(v.name) &&
      typeof v.minimumParticipationDays === 'number' &&
      typeof v.minimumDaysBeforeMeeting === 'number',
    'RegionProfile (see REGIONS)',
  ],
  caseDetails: [OBJECT, 'object'],
  autosave: [(v) => isObject(v) && typeof v.key === 'string' && v.key !== '', 'object { key: string }'],
  className: [STRING, 'string'],
  layout: [(v) => v === 'stepper' || v === 'single-page', "'stepper' | 'single-page'"],
};

const CASE: Record<string, readonly [Check, string]> = {
  diaryNumber: [STRING, 'string'],
  title: [STRING, 'string'],
  meetingDate: [(v) => v === null || isIsoDate(v), 'YYYY-MM-DD or null'],
  decidingBody: [
    (v) =>
      isObject(v) &&
      (v.kind === undefined || DECIDING_BODY_KINDS.some((k) => k.id === v.kind)) &&
      (v.name === undefined || typeof v.name === 'string'),
    `{ kind?: ${DECIDING_BODY_KINDS.map((k) => k.id).join(' | ')}, name?: string }`,
  ],
};

/**
 * The options a host passed, with every one the widget cannot use left out, and what was wrong with each.
 * Never throws: a host's mistake gives a notice and an error it can catch, not a blank page.
 */
export function checkOptions<T extends WidgetOptions>(input: T): { options: T; problems: HostOptionProblem[] } {
  const problems: HostOptionProblem[] = [];
  if (!isObject(input)) {
    problems.push({
      option: 'options',
      message: localized('hostOptionType', { option: 'options', expected: 'object', got: describe(input) }),
    });
    return { options: {} as T, problems };
  }
  const out: Record<string, unknown> = { ...input };
  const wrong = (option: string, expected: string, value: unknown) =>
    problems.push({ option, message: localized('hostOptionType', { option, expected, got: describe(value) }) });

  if (input.locale !== undefined && !isLocale(input.locale)) {
    problems.push({ option: 'locale', message: localized('hostOptionLocale', { value: String(input.locale) }) });
    delete out.locale;
  }
  for (const [name, [ok, expected]] of Object.entries(TOP)) {
    const value = (input as Record<string, unknown>)[name];
    if (value !== undefined && !ok(value)) {
      wrong(name, expected, value);
      delete out[name];
    }
  }
  if (isObject(out.caseDetails)) {
    const details: Record<string, unknown> = { ...out.caseDetails };
    for (const [name, [ok, expected]] of Object.entries(CASE)) {
      if (details[name] !== undefined && !ok(details[name])) {
        wrong(`caseDetails.${name}`, expected, details[name]);
        delete details[name];
      }
    }
    out.caseDetails = details;
  }
  return { options: out as T, problems };
}
