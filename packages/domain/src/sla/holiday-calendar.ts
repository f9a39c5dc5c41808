// Holiday calendars as data: one row per country and year (the days off, the weekend days moved to working days)
// kept in the database, from which a work calendar is built. The weekend of each country is a rule of law that
// changes once in decades, so it stays in code (countryCalendars); the holidays change every year and are rows.
import type { IssueCode, ValidationIssue, ValidationResult } from '../issues.ts';
import {
  assertWorkingHours,
  countryCalendars,
  defaultWorkingHours,
  isCountryCode,
  shippedCalendarYears,
  type CountryCode,
} from './calendars.ts';
import { isLocalDate, isoWeekday, parseLocalDate } from './local-date.ts';
import { assertTimeZone } from './time-zone.ts';
import type { WorkCalendar } from './types.ts';

/** One country's holiday calendar for one (Gregorian) year. */
export type HolidayYear = {
  year: number;
  /** Non-working dates of the year, ascending `YYYY-MM-DD`: public holidays and the days off they move to. */
  daysOff: readonly string[];
  /** Weekend dates of the year declared working days by a transfer (working Saturdays), ascending. */
  workingDays: readonly string[];
};

/** The lowest and highest year a calendar may be given for. */
export const holidayYearRange = { min: 2000, max: 2100 } as const;

/** The weekly days off (ISO weekdays) of a country. Throws a RangeError on an unknown country. */
export function weekendOf(country: CountryCode): readonly number[] {
  if (!isCountryCode(country)) throw new RangeError(`no calendar for country ${JSON.stringify(country)}`);
  return countryCalendars[country].weekend;
}

/** The years citydesk ships for `country` (the lists of calendars.ts), as rows: what the migration inserts. */
export function shippedHolidayYears(country: CountryCode): HolidayYear[] {
  const { holidays, workingDays = [] } = countryCalendars[country];
  return shippedCalendarYears.map((year) => ({
    year,
    daysOff: holidays.filter((date) => parseLocalDate(date).year === year),
    workingDays: workingDays.filter((date) => parseLocalDate(date).year === year),
  }));
}

/**
 * The work calendar of an organization in `country` and `timeZone` from the country's holiday calendar rows:
 * the country's weekend, the rows' days off and working days, and `calendarYears` = the rows' years, so a deadline
 * counted into any other year reports it. Throws a RangeError on an unknown country, time zone, malformed hours or
 * two rows for one year.
 */
export function workCalendarFromYears(
  country: CountryCode,
  timeZone: string,
  years: readonly HolidayYear[],
  hours: { workdayStart: string; workdayEnd: string } = defaultWorkingHours,
): WorkCalendar {
  const weekend = weekendOf(country);
  assertTimeZone(timeZone);
  assertWorkingHours(hours);
  const calendarYears = years.map((y) => y.year).sort((a, b) => a - b);
  if (new Set(calendarYears).size !== calendarYears.length)
    throw new RangeError(`two holiday calendars for one year: ${calendarYears.join(', ')}`);
  return {
    timeZone,
    weekend: [...weekend],
    holidays: years.flatMap((y) => y.daysOff).sort(),
    workingDays: years.flatMap((y) => y.workingDays).sort(),
    calendarYears,
    workdayStart: hours.workdayStart,
    workdayEnd: hours.workdayEnd,
  };
}

/** A year's calendar as the administrator enters it, not yet trusted. */
export type HolidayYearInput = { year: number; daysOff: readonly string[]; workingDays: readonly string[] };

/**
 * Checks a year's calendar for a country with weekend `weekend`: the year an integer in {@link holidayYearRange};
 * every date a real `YYYY-MM-DD` (`invalid_date`) inside that year (`outside_year`), listed once in both lists
 * together (`duplicate_date`: a day cannot be off and working); a working day must be a weekend day
 * (`not_weekend_day`: any other day works anyway). Returns the calendar with both lists sorted, or every issue
 * (fields `year`, `daysOff.<i>`, `workingDays.<i>`).
 */
export function validateHolidayYear(
  input: HolidayYearInput,
  weekend: readonly number[],
): ValidationResult<HolidayYear> {
  const issues: ValidationIssue[] = [];
  const { year } = input;
  if (!Number.isInteger(year)) issues.push({ field: 'year', code: 'invalid_number' });
  else if (year < holidayYearRange.min) issues.push({ field: 'year', code: 'too_small' });
  else if (year > holidayYearRange.max) issues.push({ field: 'year', code: 'too_large' });
  const seen = new Set<string>();
  for (const list of ['daysOff', 'workingDays'] as const)
    input[list].forEach((date, index) => {
      const code = dateIssue(date, list, { year, weekend, seen });
      if (code) issues.push({ field: `${list}.${index}`, code });
      else seen.add(date);
    });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { year, daysOff: [...input.daysOff].sort(), workingDays: [...input.workingDays].sort() },
  };
}

function dateIssue(
  date: string,
  list: 'daysOff' | 'workingDays',
  context: { year: number; weekend: readonly number[]; seen: ReadonlySet<string> },
): IssueCode | null {
  if (!isLocalDate(date)) return 'invalid_date';
  if (parseLocalDate(date).year !== context.year) return 'outside_year';
  if (context.seen.has(date)) return 'duplicate_date';
  if (list === 'workingDays' && !context.weekend.includes(isoWeekday(date))) return 'not_weekend_day';
  return null;
}

/** Why a year appears among a city's calendar warnings. */
export type CalendarWarning = {
  year: number;
  /** A deadline was computed in that year without its calendar (weekends only). */
  deadlinesAffected: boolean;
};

/**
 * The years a city must be warned about, ascending: this year and the next (deadlines will soon fall there) and
 * every year a deadline was already computed in without a calendar (`gapYears`), unless `calendarYears` has it.
 * `today` is the city's local date, `YYYY-MM-DD`.
 */
export function calendarWarnings(input: {
  today: string;
  calendarYears: readonly number[];
  gapYears: readonly number[];
}): CalendarWarning[] {
  const thisYear = parseLocalDate(input.today).year;
  const gaps = new Set(input.gapYears);
  const years = new Set([thisYear, thisYear + 1, ...gaps]);
  return [...years]
    .filter((year) => !input.calendarYears.includes(year))
    .sort((a, b) => a - b)
    .map((year) => ({ year, deadlinesAffected: gaps.has(year) }));
}
