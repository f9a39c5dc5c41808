/**
 * Length of a string in Unicode code points, the unit PostgreSQL uses for `varchar(n)` and `char_length`, so a
 * limit checked here is the limit the database enforces (a UTF-16 `.length` would count emoji twice).
 */
export function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/** Trims an optional text input; blank or absent becomes `null`. */
export function trimToNull(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
