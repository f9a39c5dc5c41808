import { formatDate, formatDateTime, formatNumber, formatRelative, type DateInput } from '@citydesk/i18n';
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
    }),
    [locale],
  );
}
