/** A calendar date without time or zone, e.g. `{ year: 2026, month: 3, day: 29 }` for `2026-03-29`. */
export type LocalDateParts = { year: number; month: number; day: number };

const DAY_MS = 86_400_000;
const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of a UTC wall-clock time; unlike `Date.UTC`, years 0–99 are not taken for 1900–1999. */
export function utcMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millisecond));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Formats a date as `YYYY-MM-DD`. */
export function formatLocalDate({ year, month, day }: LocalDateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD`; throws a RangeError on anything else, including dates that do not exist (2026-02-30). */
export function parseLocalDate(value: string): LocalDateParts {
  const match = localDatePattern.exec(value);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || !isRealDate(parts)) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
  return parts;
}

/** Whether `value` is a `YYYY-MM-DD` string naming a real date. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = localDatePattern.exec(value);
  return (
    match !== null && isRealDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) })
  );
}

function isRealDate({ year, month, day }: LocalDateParts): boolean {
  const date = new Date(utcMs(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The date `days` days after (or, if negative, before) `date`; both `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseLocalDate(date);
  const next = new Date(utcMs(year, month, day) + days * DAY_MS);
  return formatLocalDate({
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
  });
}

/** ISO weekday of a `YYYY-MM-DD` date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const { year, month, day } = parseLocalDate(date);
  const weekday = new Date(utcMs(year, month, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}
