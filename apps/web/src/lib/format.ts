import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelative,
  localeTag,
  type DateInput,
  type Locale,
} from '@citydesk/i18n';
import { useMemo } from 'react';
import { currentLocale } from '../app/i18n.ts';
import { useI18nInstance } from '../app/useI18nInstance.ts';

/** @citydesk/i18n's formatters bound to the current language (fa: Persian calendar and digits). */
export function useFormat() {
  const i18n = useI18nInstance();
  const locale = currentLocale(i18n);
  return useMemo(
    () => ({
      locale,
      date: (value: DateInput) => formatDate(value, locale),
      dateTime: (value: DateInput) => formatDateTime(value, locale),
      compactDateTime: (value: DateInput) => formatDateTime(value, locale, { compact: true }),
      number: (value: number) => formatNumber(value, locale),
      relative: (value: DateInput) => formatRelative(value, locale),
      ago: (value: DateInput) => formatAgo(value, locale),
    }),
    [locale],
  );
}

const agoUnits: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** How long ago something happened ("5 minutes ago", "вчера"), in the language's own words and digits. */
export function formatAgo(value: DateInput, locale: Locale, now: number = Date.now()): string {
  const seconds = Math.round((new Date(value).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(localeTag(locale), { numeric: 'auto' });
  for (const [unit, size] of agoUnits) {
    if (Math.abs(seconds) >= size || unit === 'second')
      return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}
