const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]';

function byName(root: ParentNode, path: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('[name]')) {
    if (el.getAttribute('name') === path) return el;
  }
  return null;
}

function byField(root: ParentNode, path: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('[data-oa-field]')) {
    if (el.dataset.oaField === path) return el;
  }
  return null;
}

/**
 * The element a field path names ("invited.exclusions.0.reason"): the input of that name, else the group or
 * row marked with `data-oa-field`, else the nearest marked parent path ("consultations.0.reason" →
 * "consultations").
 */
export function findField(root: ParentNode | null | undefined, path: string): HTMLElement | null {
  if (!root) return null;
  let p = path;
  for (;;) {
    const target = byName(root, p) ?? byField(root, p);
    if (target) return target;
    const cut = p.lastIndexOf('.');
    if (cut < 0) return null;
    p = p.slice(0, cut);
  }
}

/** Moves focus to the input of a field path (see `findField`): the element itself or the first input in it. */
export function focusField(root: ParentNode | null | undefined, path: string): boolean {
  const target = findField(root, path);
  if (!target) return false;
  const input =
    target.matches(FOCUSABLE) && !target.hasAttribute('data-oa-field')
      ? target
      : (target.querySelector<HTMLElement>(FOCUSABLE) ?? target);
  for (let d = input.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  input.focus();
  if (typeof input.scrollIntoView === 'function') input.scrollIntoView({ block: 'center' });
  return true;
}
