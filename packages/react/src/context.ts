import { createContext, useContext } from 'react';
import type { Locale, RegionProfile } from '@osallisuusarvio/core';

export interface WidgetContextValue {
  readonly locale: Locale;
  readonly region: RegionProfile;
  readonly readOnly: boolean;
  /** Field paths the host fills (case details): shown, not edited. */
  readonly locked: ReadonlySet<string>;
  /** Prefix of element ids, unique per form on the page. */
  readonly idPrefix: string;
  /** The host's `today` (ISO date), when it sets one: the rules' and the follow-up's today. */
  readonly today?: string | undefined;
  focusField(path: string): boolean;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

export function useWidget(): WidgetContextValue {
  const ctx = useContext(WidgetContext);
  if (!ctx) throw new Error('osallisuusarvio: a widget part was rendered outside <ParticipationAssessmentForm>.');
  return ctx;
}

export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
