import type { Locale } from '@citydesk/domain';

/**
 * Picks the viewer's language from a `{ az, fa, ru, kk, en }` JSON value, falling back to en, then ru; a
 * plain string (an organization's own name) is the same in every language.
 */
export function localized(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value;
  const names = (value ?? {}) as Partial<Record<Locale, string>>;
  return names[locale] ?? names.en ?? names.ru ?? '';
}
