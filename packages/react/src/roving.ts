import { useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';

/** The attribute that marks an item of a roving group with its key. */
export const ROVING_ATTR = 'data-oa-roving';

/** The key of an option list's "show all" button among its options' ids (which are camelCase words). */
export const SHOW_ALL_KEY = '#show-all';

/** What an item of the group carries: its key, and whether it is the group's one Tab stop. */
export interface RovingItem {
  readonly [ROVING_ATTR]: string;
  readonly tabIndex: 0 | -1;
}

export interface Roving {
  /** Spread on the element that holds the items: the arrow keys and focus are handled there. */
  readonly groupProps: {
    readonly onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
    readonly onFocus: (e: FocusEvent<HTMLElement>) => void;
  };
  /** Spread on each item, by its key. */
  readonly item: (key: string) => RovingItem;
}

function keyOf(target: EventTarget | null): string | null {
  return target instanceof Element ? target.getAttribute(ROVING_ATTR) : null;
}

function find(group: HTMLElement, key: string): HTMLElement | undefined {
  for (const el of group.querySelectorAll<HTMLElement>(`[${ROVING_ATTR}]`)) {
    if (el.getAttribute(ROVING_ATTR) === key) return el;
  }
  return undefined;
}

/**
 * A group of controls that is one Tab stop (a roving tabindex, as the ARIA Authoring Practices do for radio
 * groups and toolbars): Tab enters on the item last focused in the group (the first at the start) and the
 * next Tab leaves; ArrowDown/ArrowRight and ArrowUp/ArrowLeft move to the next and previous item, Home and
 * End to the first and last. The items stay native controls, so Space still ticks a checkbox and presses a
 * button, and a screen reader in browse mode still reads every one.
 *
 * The arrows stop at the ends instead of wrapping: the last item of an option list is its "show all" button,
 * and an official (or a screen reader) pressing ArrowDown learns that the list ends there rather than being
 * taken silently back to the top; Home and End give the quick way round.
 *
 * `keys` are the items that can take focus now, in their visual order (not the hidden or disabled ones).
 * Whatever focuses an item (a click, a finding's link, a script) makes it the group's Tab stop.
 */
export function useRoving(keys: readonly string[]): Roving {
  const [active, setActive] = useState<string | null>(null);
  // The item last focused, while it can still take focus; otherwise the first.
  const stop = active !== null && keys.includes(active) ? active : keys[0];
  return {
    groupProps: {
      onKeyDown: (e) => {
        if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
        const from = keys.indexOf(keyOf(e.target) ?? '');
        if (from < 0) return;
        const last = keys.length - 1;
        let to: number;
        switch (e.key) {
          case 'ArrowDown':
          case 'ArrowRight':
            to = Math.min(from + 1, last);
            break;
          case 'ArrowUp':
          case 'ArrowLeft':
            to = Math.max(from - 1, 0);
            break;
          case 'Home':
            to = 0;
            break;
          case 'End':
            to = last;
            break;
          default:
            return;
        }
        // Also at an end: the arrow does not scroll the page instead.
        e.preventDefault();
        const key = keys[to];
        if (to !== from && key !== undefined) find(e.currentTarget, key)?.focus();
      },
      onFocus: (e) => {
        const key = keyOf(e.target);
        if (key !== null && keys.includes(key) && key !== active) setActive(key);
      },
    },
    item: (key) => ({ [ROVING_ATTR]: key, tabIndex: key === stop ? 0 : -1 }),
  };
}
