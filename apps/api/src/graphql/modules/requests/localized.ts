import type { Locale } from '@citydesk/domain';

/** Picks the viewer's language from a `{ az, fa, ru, kk, en }` JSON value, falling back to en, then ru. */
export function localized(value: unknown, locale: Locale): string {
  const names = (value ?? {}) as Partial<Record<Locale, string>>;
  return names[locale] ?? names.en ?? names.ru ?? '';
}
