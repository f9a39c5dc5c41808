// A meter's reading history as CSV for the meter desk's download: headers in the viewer's language, one row
// per month, newest first, the consumption since the month before (the first against the initial reading).
import { createTranslator, type Locale } from '@citydesk/i18n';
import type { DeskMeter } from './staff-meters.ts';

// Quote every cell that needs it (RFC 4180); a leading =, +, - or @ would be run as a formula by spreadsheets.
function cell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function readingsCsv(meter: DeskMeter, locale: Locale): string {
  const { t } = createTranslator(locale);
  const header = (['month', 'reading', 'consumption', 'submittedAt', 'submittedBy', 'source'] as const).map(
    (k) => t(`meters.desk.csv.${k}`),
  );
  const rows = meter.readings.map((r, i) => {
    const before = meter.readings[i + 1];
    const previous = before ? Number(before.value) : Number(meter.initialReading);
    return [
      r.period.toISOString().slice(0, 7),
      Number(r.value),
      Math.round((Number(r.value) - previous) * 1000) / 1000,
      r.submittedAt.toISOString(),
      r.submittedBy.displayName,
      t(`meters.desk.source.${r.source}`),
    ];
  });
  // A byte-order mark so spreadsheet programs read the Cyrillic and Persian headers as UTF-8.
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
