// How dashboard figures read in the viewer's language: shares as percentages, medians as durations,
// ratings with one decimal; "—" where there is no data (no data is not zero).
import { formatNumber, type Locale } from '@citydesk/i18n';

export const noData = '—';

export function formatShare(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return noData;
  return formatNumber(value, locale, { style: 'percent', maximumFractionDigits: 1 });
}

export function formatRating(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return noData;
  return formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A duration in the largest unit that keeps it readable: minutes under 2 h, hours under 2 days, then days. */
export function formatDuration(seconds: number | null | undefined, locale: Locale): string {
  if (seconds === null || seconds === undefined) return noData;
  const unit = (value: number, name: 'minute' | 'hour' | 'day') =>
    formatNumber(value, locale, {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    });
  if (seconds < 7200) return unit(Math.round(seconds / 60), 'minute');
  if (seconds < 172_800) return unit(Math.round((seconds / 3600) * 10) / 10, 'hour');
  return unit(Math.round((seconds / 86_400) * 10) / 10, 'day');
}
