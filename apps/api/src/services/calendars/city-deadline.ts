// SLA deadlines in a city's working-day calendar: its country's weekend (a rule in the domain) and the
// country's holiday calendar rows. A deadline counted through a year that has no row skips weekends only, and
// that year is recorded in calendar_gap, so the administrator is warned until the year's calendar is added.
import {
  computeDeadlineReport,
  isCountryCode,
  workCalendarFromYears,
  type HolidayYear,
  type Sla,
  type WorkCalendar,
} from '@citydesk/domain';
import type { Tx } from '../../infra/db/database.ts';
import { holidayYearOf } from './holiday-calendar-rows.ts';

export interface DeadlineCity {
  id: string;
  countryCode: string;
  timeZone: string;
}

interface TransactionCache {
  years: Map<string, Promise<HolidayYear[]>>;
  recordedGaps: Set<string>;
}

// One transaction may compute several deadlines (an application's provisional one and its registration's):
// the country's rows are read once per transaction, and a gap is written once. Keyed by the transaction, so a
// calendar the administrator sets is read by the next transaction, on every API instance.
const perTransaction = new WeakMap<Tx, TransactionCache>();

function cacheOf(tx: Tx): TransactionCache {
  let cache = perTransaction.get(tx);
  if (!cache) perTransaction.set(tx, (cache = { years: new Map(), recordedGaps: new Set() }));
  return cache;
}

/** The city's work calendar from its country's holiday calendar rows (read once per transaction). */
export async function cityWorkCalendar(tx: Tx, city: DeadlineCity): Promise<WorkCalendar> {
  const country = city.countryCode;
  if (!isCountryCode(country)) throw new Error(`no working-day calendar for country ${country}`);
  const cache = cacheOf(tx);
  let years = cache.years.get(country);
  if (!years) {
    years = tx.holidayCalendar
      .findMany({ where: { countryCode: country }, select: { year: true, daysOff: true, workingDays: true } })
      .then((rows) => rows.map(holidayYearOf));
    cache.years.set(country, years);
  }
  return workCalendarFromYears(country, city.timeZone, await years);
}

/**
 * The deadline of something filed at `filedAt` under `sla` in the city's calendar; the years it had to count
 * without a holiday calendar are recorded as the city's calendar gaps, in the same transaction.
 */
export async function cityDeadline(tx: Tx, city: DeadlineCity, filedAt: Date, sla: Sla): Promise<Date> {
  const report = computeDeadlineReport(filedAt, sla, await cityWorkCalendar(tx, city));
  const cache = cacheOf(tx);
  const fresh = report.yearsWithoutCalendar.filter((year) => !cache.recordedGaps.has(`${city.id}:${year}`));
  if (fresh.length > 0) {
    // ON CONFLICT DO NOTHING: the first deadline of a year records it; later ones change nothing.
    await tx.calendarGap.createMany({
      data: fresh.map((year) => ({ cityId: city.id, year })),
      skipDuplicates: true,
    });
    for (const year of fresh) cache.recordedGaps.add(`${city.id}:${year}`);
  }
  return report.deadline;
}
