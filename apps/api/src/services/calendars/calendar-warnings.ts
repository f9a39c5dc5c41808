// Which years lack a holiday calendar where it matters: this year and the next in the city's time zone, and
// every year a deadline was already computed in without one (calendar_gap). Shown on the administrator's
// overview and in /healthz.
import { calendarWarnings, localDateOf, type CalendarWarning } from '@citydesk/domain';
import type { Db } from '../../infra/db/database.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { administeredCityOf } from '../authorization/assert-can.ts';

export type CityCalendarWarning = CalendarWarning & { cityCode: string; countryCode: string };

/** The calendar warnings of every city of the deployment (of `cityIds` only, when given), by city and year. */
export async function calendarWarningsOf(
  db: Db,
  now: Date,
  cityIds?: readonly string[],
): Promise<CityCalendarWarning[]> {
  const cities = await db.city.findMany({
    ...(cityIds ? { where: { id: { in: [...cityIds] } } } : {}),
    select: { id: true, code: true, countryCode: true, timeZone: true },
    orderBy: { code: 'asc' },
  });
  if (cities.length === 0) return [];
  const [calendars, gaps] = await Promise.all([
    db.holidayCalendar.findMany({
      where: { countryCode: { in: [...new Set(cities.map((c) => c.countryCode))] } },
      select: { countryCode: true, year: true },
    }),
    db.calendarGap.findMany({
      where: { cityId: { in: cities.map((c) => c.id) } },
      select: { cityId: true, year: true },
    }),
  ]);
  return cities.flatMap((city) =>
    calendarWarnings({
      today: localDateOf(now.getTime(), city.timeZone),
      calendarYears: calendars.filter((c) => c.countryCode === city.countryCode).map((c) => c.year),
      gapYears: gaps.filter((g) => g.cityId === city.id).map((g) => g.year),
    }).map((warning) => ({ ...warning, cityCode: city.code, countryCode: city.countryCode })),
  );
}

/** The administrator's city's calendar warnings. */
export async function cityCalendarWarnings(deps: ServiceDeps, actor: Actor): Promise<CityCalendarWarning[]> {
  const cityId = administeredCityOf(actor, 'calendar:read');
  return calendarWarningsOf(deps.db, deps.clock(), [cityId]);
}

/** A warning of /healthz: machine-readable, for monitoring (`NO_HOLIDAY_CALENDAR`: deadlines skip weekends only). */
export interface HealthWarning {
  code: 'NO_HOLIDAY_CALENDAR';
  city: string;
  country: string;
  year: number;
  /** A deadline was already computed in that year without the calendar. */
  deadlinesAffected: boolean;
}

/** The deployment's calendar warnings as /healthz lists them. */
export async function healthWarnings(db: Db, now: Date): Promise<HealthWarning[]> {
  return (await calendarWarningsOf(db, now)).map((w) => ({
    code: 'NO_HOLIDAY_CALENDAR',
    city: w.cityCode,
    country: w.countryCode,
    year: w.year,
    deadlinesAffected: w.deadlinesAffected,
  }));
}
