// Server-side translation (API error messages, e-mails, PDFs) and the resources the web app gives i18next.
import { createInstance, type i18n } from 'i18next';
import { messages, type MessageKey, type Messages } from './messages/index.ts';
import { defaultLocale, locales, type Locale } from './locales.ts';

/** i18next resources: one `translation` namespace per locale. */
export const resources = Object.fromEntries(
  locales.map((locale) => [locale, { translation: messages[locale] }]),
) as Record<Locale, { translation: Messages }>;

export type TranslateParams = Record<string, string | number>;

export interface Translator {
  readonly locale: Locale;
  /** Translates a key; a key missing in the locale falls back to English. */
  t(key: MessageKey, params?: TranslateParams): string;
}

const cache = new Map<Locale, Translator>();

function createI18n(locale: Locale): i18n {
  const instance = createInstance();
  // Resources are in memory, so with initAsync off init completes synchronously.
  void instance.init({
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** A translator for one locale; instances are cached, so calling this per request is cheap. */
export function createTranslator(locale: Locale): Translator {
  let translator = cache.get(locale);
  if (!translator) {
    const instance = createI18n(locale);
    const translate = instance.t.bind(instance) as unknown as (
      key: string,
      params?: TranslateParams,
    ) => string;
    translator = { locale, t: (key, params) => translate(key, params) };
    cache.set(locale, translator);
  }
  return translator;
}
