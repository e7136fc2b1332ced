import { parseAssessment } from '@osallisuusarvio/core';

/**
 * The answers made `times` times longer (the short fields, which have a length limit, as they were): an
 * appendix of many pages, which takes far longer than a typical one.
 */
export function longer(value: unknown, times: number): unknown {
  const repeat = (v: unknown): unknown => {
    if (typeof v === 'string') return v.length > 40 ? v.repeat(times) : v;
    if (Array.isArray(v)) return v.map(repeat);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, repeat(x)]));
    return v;
  };
  const long = repeat(value) as Record<string | number, unknown>;
  const parsed = parseAssessment(long);
  for (const e of parsed.ok ? [] : parsed.errors) {
    let from = value as Record<string | number, unknown>;
    let to = long;
    for (const key of e.path.slice(0, -1)) {
      from = from[key] as Record<string | number, unknown>;
      to = to[key] as Record<string | number, unknown>;
    }
    const last = e.path[e.path.length - 1]!;
    to[last] = from[last];
  }
  return long;
}
