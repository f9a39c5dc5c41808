// What goes into an audit row's `details`: the fields a change touched with their values before and
// after, and never a secret, whatever a caller passes by mistake.

/** Keys whose values are secrets (any letter case); they are dropped wherever they appear. */
const secretKeys = new Set([
  'password',
  'currentpassword',
  'newpassword',
  'passwordhash',
  'token',
  'sessiontoken',
  'secret',
  'onetimecode',
  'accesscode',
  'codehash',
]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A JSON-ready copy without secret keys; dates become ISO strings, undefined values are left out. */
export function withoutSecrets(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value === 'bigint') return value.toString();
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined || secretKeys.has(key.toLowerCase())) continue;
    copy[key] = withoutSecrets(inner);
  }
  return copy;
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(withoutSecrets(a) ?? null) === JSON.stringify(withoutSecrets(b) ?? null);

/** `{ before, after }` of the fields of `after` whose values differ from `before`'s (both empty: no change). */
export function changedFields<T extends Record<string, unknown>>(
  before: T | null,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } {
  const changed = { before: {} as Partial<T>, after: {} as Partial<T> };
  for (const key of Object.keys(after) as (keyof T)[]) {
    const old = before?.[key] ?? null;
    if (same(old, after[key])) continue;
    changed.before[key] = old as T[keyof T];
    changed.after[key] = after[key];
  }
  return changed;
}
