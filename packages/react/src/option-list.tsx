import { useState } from 'react';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { formatMessage, STEPPER_TEXTS } from '@osallisuusarvio/core';
import type { Locale } from '@osallisuusarvio/core';

interface Option {
  readonly id: string;
  readonly common?: boolean;
}

/**
 * A long checkbox list whose catalogue marks common choices (core's `common: true`) shows those first and the
 * rest behind "show all", so that a keyboard user does not tab through 23 groups. A chosen option is always
 * shown. The rest stay in the DOM, `hidden`: react-hook-form reads a checkbox group from all its inputs, and an
 * unmounted box would drop its value.
 */
export function useCommonFirst<O extends Option>(
  name: string,
  options: readonly O[],
  kind: 'checkbox' | 'radio',
  locale: Locale,
  controlsId: string,
): { ordered: readonly O[]; hidden: (o: O) => boolean; toggle: ReactNode } {
  const common = options.filter((o) => o.common === true);
  const active = kind === 'checkbox' && common.length > 0 && common.length < options.length;
  const [all, setAll] = useState(false);
  // Subscribed only where the list folds: the other groups do not re-render on their own ticks.
  const chosen = useChosen(active ? name : undefined);
  if (!active) return { ordered: options, hidden: () => false, toggle: null };
  const ordered = [...common, ...options.filter((o) => o.common !== true)];
  const hidden = (o: O) => !all && o.common !== true && !chosen.includes(o.id);
  const folded = options.filter(hidden).length;
  const toggle =
    all || folded > 0 ? (
      <button
        type="button"
        className="oa-button oa-button--quiet oa-show-all"
        aria-expanded={all}
        aria-controls={controlsId}
        onClick={() => setAll((a) => !a)}
      >
        {all
          ? STEPPER_TEXTS.showCommonOptions[locale]
          : formatMessage(STEPPER_TEXTS.showAllOptions[locale], { count: options.length }, locale)}
      </button>
    ) : null;
  return { ordered, hidden, toggle };
}

function useChosen(name: string | undefined): readonly string[] {
  const value = useWatch({ name: name ?? '', disabled: name === undefined }) as unknown;
  return Array.isArray(value) ? (value as string[]) : [];
}
