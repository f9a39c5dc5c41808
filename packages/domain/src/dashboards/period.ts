// The period a dashboard looks at: two local dates of the city, both inclusive. The trend shows one point
// per day for short periods and one per month beyond a quarter, so a chart never has more than ~100 points.
import type { ValidationIssue, ValidationResult } from '../issues.ts';
import { addDays, formatLocalDate, isLocalDate, parseLocalDate, utcMs } from '../sla/local-date.ts';

export type DashboardPeriod = { from: string; to: string };
export type TrendBucket = 'DAY' | 'MONTH';

/** The longest period a dashboard accepts: three years. */
export const maxDashboardPeriodDays = 1096;
/** Periods up to this many days are drawn day by day. */
export const dailyTrendMaxDays = 92;
/** What the dashboards open with: the last 90 days, today included. */
export const defaultDashboardPeriodDays = 90;

/** Days from `from` to `to`, both counted (1 when equal; 0 or less when `to` is before `from`). */
export function periodDays({ from, to }: DashboardPeriod): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  return Math.round((utcMs(b.year, b.month, b.day) - utcMs(a.year, a.month, a.day)) / 86_400_000) + 1;
}

/** The last `days` days ending with `today`. */
export function lastDays(today: string, days = defaultDashboardPeriodDays): DashboardPeriod {
  return { from: addDays(today, 1 - days), to: today };
}

/** Checks an untrusted period: real dates, in order, at most {@link maxDashboardPeriodDays} long. */
export function validateDashboardPeriod(input: {
  from: unknown;
  to: unknown;
}): ValidationResult<DashboardPeriod> {
  const issues: ValidationIssue[] = [];
  if (!isLocalDate(input.from)) issues.push({ field: 'from', code: 'invalid_date' });
  if (!isLocalDate(input.to)) issues.push({ field: 'to', code: 'invalid_date' });
  if (issues.length > 0) return { ok: false, issues };
  const period = { from: input.from as string, to: input.to as string };
  const days = periodDays(period);
  if (days < 1) return { ok: false, issues: [{ field: 'to', code: 'too_small' }] };
  if (days > maxDashboardPeriodDays) return { ok: false, issues: [{ field: 'from', code: 'too_large' }] };
  return { ok: true, value: period };
}

export function trendBucketOf(period: DashboardPeriod): TrendBucket {
  return periodDays(period) <= dailyTrendMaxDays ? 'DAY' : 'MONTH';
}

/** The first day of the bucket `date` falls in. */
export function bucketStart(date: string, bucket: TrendBucket): string {
  if (bucket === 'DAY') return date;
  const { year, month } = parseLocalDate(date);
  return formatLocalDate({ year, month, day: 1 });
}

/** Every bucket of the period in order, named by its first day (the period's own first day for a partial first month). */
export function trendBuckets(period: DashboardPeriod, bucket: TrendBucket): string[] {
  const starts: string[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
    const start = bucketStart(day, bucket);
    if (starts[starts.length - 1] !== start) starts.push(start);
  }
  return starts;
}

/** The first day of the month after the one `date` falls in. */
function nextMonthStart(date: string): string {
  const { year, month } = parseLocalDate(date);
  return month === 12
    ? formatLocalDate({ year: year + 1, month: 1, day: 1 })
    : formatLocalDate({ year, month: month + 1, day: 1 });
}

/** A period cut at month boundaries: see {@link splitAtMonths}. */
export interface MonthSplit {
  /** The whole months inside the period, named by their first days (`to` is the last one's first day). */
  months: DashboardPeriod | null;
  /** The days before and after those months, or the whole period when it holds no whole month. */
  edges: DashboardPeriod[];
}

/**
 * The period as whole calendar months plus the days at either end: a month-grained rollup answers for
 * the months, day-level rows for the edges, and together they cover every day of the period once.
 */
export function splitAtMonths(period: DashboardPeriod): MonthSplit {
  const firstMonth =
    bucketStart(period.from, 'MONTH') === period.from ? period.from : nextMonthStart(period.from);
  const afterLast = nextMonthStart(period.to);
  const lastMonth =
    addDays(afterLast, -1) === period.to
      ? bucketStart(period.to, 'MONTH')
      : bucketStart(addDays(bucketStart(period.to, 'MONTH'), -1), 'MONTH');
  if (firstMonth > lastMonth) return { months: null, edges: [period] };
  const edges: DashboardPeriod[] = [];
  if (period.from < firstMonth) edges.push({ from: period.from, to: addDays(firstMonth, -1) });
  const monthsEnd = addDays(nextMonthStart(lastMonth), -1);
  if (monthsEnd < period.to) edges.push({ from: addDays(monthsEnd, 1), to: period.to });
  return { months: { from: firstMonth, to: lastMonth }, edges };
}
