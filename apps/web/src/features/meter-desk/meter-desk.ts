// Pure helpers of the meter desk: the figure a new reading may not go below, and the CSV download.

/** Where the desk lives in the dispatcher's shell. */
export const meterDeskPath = '/dispatcher/meters';

/** The desk's address of a meter (or of the search), keeping the search text so "back" finds the same list. */
export function meterDeskHref(search: string, meterId?: string): string {
  const path = meterId ? `${meterDeskPath}/${encodeURIComponent(meterId)}` : meterDeskPath;
  const text = search.trim();
  return text ? `${path}?${new URLSearchParams({ q: text }).toString()}` : path;
}

interface ReadingHistory {
  initialReading: number;
  readings: ReadonlyArray<{ period: string; value: number }>;
}

/**
 * The figure this month's reading (of `period`, `YYYY-MM-01`) may not go below: the latest earlier month's
 * reading, never less than the reading at registration — what the API checks too.
 */
export function readingFloor(meter: ReadingHistory, period: string): number {
  const latest = meter.readings
    .filter((r) => r.period < period)
    .reduce<{ period: string; value: number } | null>(
      (best, r) => (!best || r.period > best.period ? r : best),
      null,
    );
  return Math.max(meter.initialReading, latest?.value ?? meter.initialReading);
}

/** `meter-SV-15-778812-readings-2026-12-02.csv`: the serial (safe for file names) and the day it was taken. */
export function readingsCsvFileName(serial: string, today: string): string {
  const safe = serial.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return safe ? `meter-${safe}-readings-${today}.csv` : `meter-readings-${today}.csv`;
}

/** The CSV as a link target: a `data:` URL needs no object URL to revoke and works without script. */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
