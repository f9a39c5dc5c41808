// The languages citydesk speaks. The order is the order of the language switcher.

export const locales = ['az', 'fa', 'ru', 'kk', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Used when nothing better is known (a new browser, an unknown `Accept-Language`). */
export const defaultLocale: Locale = 'en';

const rtlLocales: ReadonlySet<Locale> = new Set<Locale>(['fa']);

const tags: Record<Locale, string> = {
  az: 'az-Latn-AZ',
  fa: 'fa-IR',
  ru: 'ru-RU',
  kk: 'kk-KZ',
  en: 'en-GB',
};

/** Each language's own name, for the language switcher (a reader looks for their language in its script). */
export const nativeLanguageNames: Record<Locale, string> = {
  az: 'Azərbaycanca',
  fa: 'فارسی',
  ru: 'Русский',
  kk: 'Қазақша',
  en: 'English',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Whether the locale is written right to left (sets `dir="rtl"` and mirrors the layout). */
export function isRtl(locale: Locale): boolean {
  return rtlLocales.has(locale);
}

/** The BCP 47 tag used for Intl formatting. */
export function localeTag(locale: Locale): string {
  return tags[locale];
}

/**
 * Picks the best supported locale from a list of BCP 47 tags in preference order
 * (`navigator.languages`, a parsed `Accept-Language`), matching on the primary language subtag.
 */
export function matchLocale(preferred: readonly string[], fallback: Locale = defaultLocale): Locale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return fallback;
}
