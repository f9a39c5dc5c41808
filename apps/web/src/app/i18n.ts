import { defaultLocale, isLocale, isRtl, locales, matchLocale, resources, type Locale } from '@citydesk/i18n';
import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Where the language chosen before sign-in (or by a signed-out visitor) is remembered. */
export const LOCALE_STORAGE_KEY = 'citydesk.locale';

export function readStoredLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** The remembered choice, else the browser's preferred languages, else English. */
export function initialLocale(): Locale {
  return readStoredLocale() ?? matchLocale(globalThis.navigator?.languages ?? [], defaultLocale);
}

/** `<html lang dir>` follow the language: fa mirrors the whole layout. */
export function applyDocumentLocale(locale: Locale): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = isRtl(locale) ? 'rtl' : 'ltr';
}

/** One i18next instance per app (and per test); resources come from @citydesk/i18n, so init is synchronous. */
export function createI18n(locale: Locale = initialLocale()): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  instance.on('languageChanged', (language) => {
    if (isLocale(language)) applyDocumentLocale(language);
  });
  applyDocumentLocale(locale);
  return instance;
}

/** The current locale of an i18next instance, narrowed to the ones citydesk speaks. */
export function currentLocale(instance: i18n): Locale {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLocale(language) ? language : defaultLocale;
}
