/**
 * "Identical data": two answers' `data` compared as values, whatever order their keys came in
 * (lists keep theirs: order is part of the answer). A difference is shown as its first few paths.
 */

/** JSON with every object's keys sorted, so equal values give equal strings. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Up to `limit` lines `path: expected ≠ actual`; empty when the two are equal. */
export function differences(expected: unknown, actual: unknown, limit = 5, path = 'data'): string[] {
  if (canonical(expected) === canonical(actual)) return [];
  const bothObjects = expected && actual && typeof expected === 'object' && typeof actual === 'object';
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) return [`${path}: ${short(expected)} ≠ ${short(actual)}`];
  const lines: string[] = [];
  if (Array.isArray(expected) && Array.isArray(actual) && expected.length !== actual.length)
    lines.push(`${path}: ${expected.length} items ≠ ${actual.length} items`);
  const left = expected as Record<string, unknown>;
  const right = actual as Record<string, unknown>;
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (lines.length >= limit) break;
    lines.push(...differences(left[key], right[key], limit - lines.length, `${path}.${key}`));
  }
  return lines.slice(0, limit);
}

function short(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
