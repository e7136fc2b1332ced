import { useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { useWatch } from 'react-hook-form';
import { formatMessage, STEPPER_TEXTS } from '@osallisuusarvio/core/first-paint';
import type { Locale } from '@osallisuusarvio/core';
import type { RovingItem } from './roving.js';

interface Option {
  readonly id: string;
  readonly common?: boolean;
}

export interface CommonFirst<O extends Option> {
  readonly ordered: readonly O[];
  readonly hidden: (o: O) => boolean;
  /** Whether the list is folded now: the list's "other" field is shown only with all options (or a value). */
  readonly folded: boolean;
  readonly listRef: RefObject<HTMLDivElement | null>;
  /**
   * "Show all (N)" / "Show only the most common", and the status message that says what changed; drawn with
   * the list's roving Tab stop (the button is the last item of the arrow sequence). Null when nothing folds.
   */
  readonly toggle: ((item: RovingItem | undefined) => ReactNode) | null;
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
): CommonFirst<O> {
  const common = options.filter((o) => o.common === true);
  const active = kind === 'checkbox' && common.length > 0 && common.length < options.length;
  const [all, setAll] = useState(false);
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLDivElement | null>(null);
  // The first option "show all" reveals: focus goes there, so that the next Tab continues in the new options
  // instead of past them.
  const focusNext = useRef<string | null>(null);
  // Subscribed only where the list folds: the other groups do not re-render on their own ticks.
  const chosen = useChosen(active ? name : undefined);
  // An uncommon option shown because it was ticked stays in sight once unticked, until the list is folded or
  // unfolded again: hiding it at once would take the box away from under the focus.
  const kept = useRef(new Set<string>());
  for (const id of chosen) kept.current.add(id);
  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = null;
    if (id === null) return;
    const box = [...(listRef.current?.querySelectorAll<HTMLInputElement>('input') ?? [])].find((i) => i.value === id);
    box?.focus();
  }, [all]);
  if (!active) return { ordered: options, hidden: () => false, folded: false, listRef, toggle: null };
  const ordered = [...common, ...options.filter((o) => o.common !== true)];
  const hidden = (o: O) => !all && o.common !== true && !kept.current.has(o.id);
  const foldedCount = options.filter(hidden).length;
  const toggle =
    all || foldedCount > 0
      ? (item: RovingItem | undefined) => (
          <>
            <button
              type="button"
              className="oa-button oa-button--quiet oa-show-all"
              aria-expanded={all}
              aria-controls={controlsId}
              {...item}
              onClick={() => {
                if (!all) focusNext.current = ordered.find(hidden)?.id ?? null;
                kept.current = new Set(chosen);
                setStatus(
                  all
                    ? STEPPER_TEXTS.commonOptionsShown[locale]
                    : formatMessage(STEPPER_TEXTS.allOptionsShown[locale], { count: options.length }, locale),
                );
                setAll(!all);
              }}
            >
              {all
                ? STEPPER_TEXTS.showCommonOptions[locale]
                : formatMessage(STEPPER_TEXTS.showAllOptions[locale], { count: options.length }, locale)}
            </button>
            {/* A live region of its own (not role="status": the stepper's step announcement is the form's status). */}
            <span className="oa-visually-hidden oa-show-all-status" aria-live="polite">
              {status}
            </span>
          </>
        )
      : null;
  return { ordered, hidden, folded: !all, listRef, toggle };
}

function useChosen(name: string | undefined): readonly string[] {
  const value = useWatch({ name: name ?? '', disabled: name === undefined }) as unknown;
  return Array.isArray(value) ? (value as string[]) : [];
}

/** Whether a text field holds something: the list's "other" field stays shown while it does. */
export function useFilled(name: string | undefined): boolean {
  const value = useWatch({ name: name ?? '', disabled: name === undefined }) as unknown;
  return typeof value === 'string' && value.trim() !== '';
}
