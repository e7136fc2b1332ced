// A minimal React DevTools hook for tests: records which function components did work in each commit.
// Imported before react-dom (see test-setup.ts), as the real DevTools extension would be.
type Fiber = {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
};

const PERFORMED_WORK = 1; // ReactFiberFlags.PerformedWork
const FUNCTION_COMPONENT = 0;
const FORWARD_REF = 11;
const MEMO = 15;
const SIMPLE_MEMO = 14;

export const renderLog: string[][] = [];

function nameOf(type: unknown): string {
  if (typeof type === 'function')
    return (type as { displayName?: string; name: string }).displayName ?? (type as { name: string }).name;
  if (type && typeof type === 'object' && 'render' in type) return nameOf((type as { render: unknown }).render);
  if (type && typeof type === 'object' && 'type' in type) return nameOf((type as { type: unknown }).type);
  return String(type);
}

function collect(fiber: Fiber | null, out: string[]) {
  for (let f = fiber; f; f = f.sibling) {
    const isComponent =
      f.tag === FUNCTION_COMPONENT || f.tag === FORWARD_REF || f.tag === MEMO || f.tag === SIMPLE_MEMO;
    // Mounted now, or re-rendered (PerformedWork is reset on fibers that were cloned but bailed out).
    if (isComponent && (f.alternate === null || (f.flags & PERFORMED_WORK) !== 0)) out.push(nameOf(f.type));
    // A subtree React skipped keeps the same child fibers (with stale flags from an earlier render): skip it too.
    if (f.alternate !== null && f.child === f.alternate.child) continue;
    collect(f.child, out);
  }
}

const g = globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown };
let nextId = 1;
g.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  isDisabled: false,
  supportsFiber: true,
  renderers: new Map(),
  inject: () => nextId++,
  checkDCE: () => {},
  onScheduleFiberRoot: () => {},
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
    const out: string[] = [];
    collect(root.current, out);
    renderLog.push(out);
  },
};
