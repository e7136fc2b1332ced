/**
 * The first of `offered` (media types, the default first) that an Accept header takes, by q-value and then
 * by the order offered; undefined when it takes none. No header, or an empty one, takes the default.
 */
export function negotiate<T extends string>(header: string | undefined, offered: readonly [T, ...T[]]): T | undefined {
  if (header === undefined || header.trim() === '') return offered[0];
  const ranges = header.split(',').map((part) => {
    const [range = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)).find(Boolean);
    return { range: range.trim().toLowerCase(), q: q ? Number(q[1]) : 1 };
  });
  const quality = (type: T): number => {
    const [major] = type.split('/');
    // The most specific range decides: text/csv;q=0 refuses CSV even with */*.
    const exact = ranges.find((r) => r.range === type);
    if (exact) return exact.q;
    const group = ranges.find((r) => r.range === `${major}/*`);
    if (group) return group.q;
    return ranges.find((r) => r.range === '*/*')?.q ?? 0;
  };
  let best: T | undefined;
  let bestQ = 0;
  for (const type of offered) {
    const q = quality(type);
    if (q > bestQ) {
      best = type;
      bestQ = q;
    }
  }
  return best;
}
