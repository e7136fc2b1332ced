/**
 * A host can hand `parseAssessment` anything JavaScript has: Proxies whose traps throw, getters that throw,
 * `toJSON` that throws, cycles, values nested without end, arrays of millions. Before any of it reaches
 * zod, it is read once, defensively, into plain data (objects, arrays, primitives), as JSON.stringify
 * would see it; whatever cannot be read is named by its path. The schema then works on data that cannot
 * throw, change between two reads, or make it loop.
 */

/** Deeper than any assessment (five levels) by far; a deeper value is refused rather than walked. */
export const MAX_DEPTH = 64;
/** Longer than any list of an assessment (MAX_ROWS, the longest catalogue twice) by far. */
export const MAX_ARRAY_LENGTH = 10_000;
/** Values in one input: a full assessment has some 15,000; beyond this the input is refused as too large. */
export const MAX_VALUES = 200_000;

export type PlainProblem =
  | { readonly code: 'unreadable_value'; readonly path: readonly (string | number)[]; readonly detail: string }
  | { readonly code: 'circular_reference'; readonly path: readonly (string | number)[] }
  | { readonly code: 'too_deep'; readonly path: readonly (string | number)[] }
  | { readonly code: 'too_many_items'; readonly path: readonly (string | number)[]; readonly length: number }
  | { readonly code: 'too_large'; readonly path: readonly (string | number)[] };

export type PlainResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: readonly PlainProblem[] };

/** Stops the walk at the first problem that makes the rest pointless (too large). */
class Abort {}

/** The thrown value's message, read without trusting it (it may itself be a Proxy that throws). */
export function describeThrown(thrown: unknown): string {
  try {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return typeof message === 'string' ? message.slice(0, 200) : '';
  } catch {
    return '';
  }
}

const MAX_PROBLEMS = 20;

export function toPlainData(input: unknown): PlainResult {
  const problems: PlainProblem[] = [];
  // The objects on the path from the root: a cycle comes back to one of them. Shallow, so a list is quickest.
  const ancestors: object[] = [];
  let values = 0;

  // The walk shares one path array; a problem keeps a copy of it.
  const problem = (p: PlainProblem) => {
    problems.push({ ...p, path: [...p.path] });
    if (problems.length >= MAX_PROBLEMS) throw new Abort();
  };

  function copy(value: unknown, key: string, path: (string | number)[]): unknown {
    values += 1;
    if (values > MAX_VALUES) {
      problems.push({ code: 'too_large', path: [] });
      throw new Abort();
    }
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    let current: unknown = value;
    try {
      // As JSON.stringify: a value's own idea of its JSON form (a Date's ISO string) comes first.
      const toJSON = (current as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') current = toJSON.call(current, key);
      if (current === null || typeof current !== 'object') return current;
      if (ancestors.includes(current)) {
        problem({ code: 'circular_reference', path });
        return undefined;
      }
      if (path.length >= MAX_DEPTH) {
        problem({ code: 'too_deep', path });
        return undefined;
      }
      ancestors.push(current);
      try {
        if (Array.isArray(current)) return copyArray(current, path);
        return copyObject(current, path);
      } finally {
        ancestors.pop();
      }
    } catch (e) {
      if (e instanceof Abort) throw e;
      problem({ code: 'unreadable_value', path, detail: describeThrown(e) });
      return undefined;
    }
  }

  function copyArray(array: readonly unknown[], path: (string | number)[]): unknown[] {
    const length = array.length;
    if (length > MAX_ARRAY_LENGTH) {
      problem({ code: 'too_many_items', path, length });
      return [];
    }
    const out = new Array<unknown>(length);
    for (let i = 0; i < length; i++) {
      path.push(i);
      out[i] = copy(readProperty(array, i, path), String(i), path);
      path.pop();
    }
    return out;
  }

  function copyObject(object: object, path: (string | number)[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      path.push(key);
      const v = copy(readProperty(object, key, path), key, path);
      path.pop();
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true });
      else out[key] = v;
    }
    return out;
  }

  /** One property, read once: a getter or a Proxy trap that throws is the problem of this path only. */
  function readProperty(object: object, key: string | number, path: (string | number)[]): unknown {
    try {
      return (object as Record<string | number, unknown>)[key];
    } catch (e) {
      problem({ code: 'unreadable_value', path, detail: describeThrown(e) });
      return undefined;
    }
  }

  try {
    const value = copy(input, '', []);
    return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
  } catch (e) {
    if (!(e instanceof Abort)) {
      // Only a stack overflow or out-of-memory could get here; name it rather than throw.
      problems.push({ code: 'unreadable_value', path: [], detail: describeThrown(e) });
    }
    return { ok: false, problems };
  }
}

/**
 * The same limits for what JSON.parse returned, which has no getters, Proxies, cycles or toJSON: it is only
 * walked, not copied, so that reading a file costs no more than it must.
 */
export function checkJsonLimits(input: unknown): PlainResult {
  const problems: PlainProblem[] = [];
  const path: (string | number)[] = [];
  let values = 0;
  function walk(value: unknown): void {
    values += 1;
    if (values > MAX_VALUES) {
      problems.push({ code: 'too_large', path: [] });
      throw new Abort();
    }
    if (value === null || typeof value !== 'object') return;
    if (path.length >= MAX_DEPTH) {
      problems.push({ code: 'too_deep', path: [...path] });
      throw new Abort();
    }
    if (Array.isArray(value)) {
      if (value.length > MAX_ARRAY_LENGTH) {
        problems.push({ code: 'too_many_items', path: [...path], length: value.length });
        if (problems.length >= MAX_PROBLEMS) throw new Abort();
        return;
      }
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
      return;
    }
    for (const key in value) {
      path.push(key);
      walk((value as Record<string, unknown>)[key]);
      path.pop();
    }
  }
  try {
    walk(input);
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
  }
  return problems.length === 0 ? { ok: true, value: input } : { ok: false, problems };
}
