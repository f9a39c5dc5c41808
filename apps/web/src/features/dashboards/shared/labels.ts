import { localeTag, type Locale } from '@citydesk/i18n';

/** A trend bucket's short label: "25 Nov" for a day, "Nov 2026" for a month (fa: its Persian date). */
export function formatBucket(day: string, bucket: 'DAY' | 'MONTH', locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const calendar =
    locale === 'fa'
      ? { calendar: 'persian', numberingSystem: 'arabext' }
      : { calendar: 'gregory', numberingSystem: 'latn' };
  // Months are the city's (Gregorian) months: in the Persian calendar they start mid-month, so fa names the day.
  const style: Intl.DateTimeFormatOptions =
    bucket === 'DAY' || locale === 'fa'
      ? { day: 'numeric', month: 'short', ...(bucket === 'MONTH' ? { year: '2-digit' } : {}) }
      : { month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(localeTag(locale), { ...style, ...calendar, timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}
