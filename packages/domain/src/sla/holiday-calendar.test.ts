import { describe, expect, it } from 'vitest';
import type { CountryCode } from './calendars.ts';
import {
  calendarFor,
  countryCalendars,
  countryCodes,
  isCountryCode,
  shippedCalendarYears,
} from './calendars.ts';
import { computeDeadline } from './deadline.ts';
import {
  calendarWarnings,
  shippedHolidayYears,
  validateHolidayYear,
  weekendOf,
  workCalendarFromYears,
  type HolidayYear,
} from './holiday-calendar.ts';
import { addDays } from './local-date.ts';
import { isWorkingDay } from './working-days.ts';

const zones: Record<CountryCode, string> = {
  RU: 'Europe/Moscow',
  AZ: 'Asia/Baku',
  KZ: 'Asia/Almaty',
  UA: 'Europe/Kyiv',
  IR: 'Asia/Tehran',
};

function everyDay(from: string, to: string, step = 1): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, step)) days.push(day);
  return days;
}

describe('shippedHolidayYears', () => {
  it.each(countryCodes)('%s: one row per shipped year, together exactly the built-in lists', (code) => {
    const rows = shippedHolidayYears(code);
    expect(rows.map((r) => r.year)).toEqual([2026, 2027]);
    expect(rows.flatMap((r) => r.daysOff)).toEqual(countryCalendars[code].holidays);
    expect(rows.flatMap((r) => r.workingDays)).toEqual(countryCalendars[code].workingDays ?? []);
    for (const row of rows)
      for (const date of row.daysOff) expect(date.startsWith(`${row.year}-`)).toBe(true);
  });

  it('ships Ukraine’s years as known and empty (martial law), not as missing', () => {
    expect(shippedHolidayYears('UA')).toEqual([
      { year: 2026, daysOff: [], workingDays: [] },
      { year: 2027, daysOff: [], workingDays: [] },
    ]);
    expect(shippedCalendarYears).toEqual([2026, 2027]);
  });
});

describe('workCalendarFromYears', () => {
  it.each(countryCodes)(
    '%s: the shipped rows give the same working days as the built-in calendar',
    (code) => {
      const fromRows = workCalendarFromYears(code, zones[code], shippedHolidayYears(code));
      const builtIn = calendarFor(code, zones[code]);
      for (const day of everyDay('2026-01-01', '2027-12-31'))
        expect(isWorkingDay(day, fromRows), day).toBe(isWorkingDay(day, builtIn));
    },
  );

  // The working days above decide the deadlines; this samples a filing every fifth day end to end.
  it.each(countryCodes)('%s: the shipped rows give the same deadlines as the built-in calendar', (code) => {
    const fromRows = workCalendarFromYears(code, zones[code], shippedHolidayYears(code));
    const builtIn = calendarFor(code, zones[code]);
    for (const day of everyDay('2026-01-01', '2027-12-01', 5))
      for (const amount of [1, 10]) {
        const filedAt = new Date(`${day}T08:00:00Z`);
        const sla = { unit: 'WORKING_DAYS' as const, amount };
        expect(computeDeadline(filedAt, sla, fromRows), `${day} +${amount}`).toEqual(
          computeDeadline(filedAt, sla, builtIn),
        );
      }
  });

  it('takes the weekend from the country and the holidays, working days and years from the rows', () => {
    const rows: HolidayYear[] = [
      { year: 2029, daysOff: ['2029-01-01'], workingDays: [] },
      { year: 2028, daysOff: ['2028-03-08', '2028-01-01'], workingDays: ['2028-03-04'] },
    ];
    expect(workCalendarFromYears('IR', 'Asia/Tehran', rows)).toEqual({
      timeZone: 'Asia/Tehran',
      weekend: [5],
      holidays: ['2028-01-01', '2028-03-08', '2029-01-01'],
      workingDays: ['2028-03-04'],
      calendarYears: [2028, 2029],
      workdayStart: '09:00',
      workdayEnd: '18:00',
    });
  });

  it('moves a deadline past a holiday that only the data knows, and counts a working Saturday', () => {
    // 2028-03-08 is a Wednesday, 2028-03-11 a Saturday.
    const moscow = workCalendarFromYears('RU', 'Europe/Moscow', [
      { year: 2028, daysOff: ['2028-03-08'], workingDays: ['2028-03-11'] },
    ]);
    const sla = { unit: 'WORKING_DAYS' as const, amount: 1 };
    expect(computeDeadline(new Date('2028-03-07T08:00:00Z'), sla, moscow).toISOString()).toBe(
      '2028-03-09T15:00:00.000Z',
    );
    expect(computeDeadline(new Date('2028-03-10T08:00:00Z'), sla, moscow).toISOString()).toBe(
      '2028-03-11T15:00:00.000Z',
    );
  });

  it('has no holidays at all without rows, and no known years', () => {
    const calendar = workCalendarFromYears('KZ', 'Asia/Almaty', []);
    expect(calendar).toMatchObject({ weekend: [6, 7], holidays: [], workingDays: [], calendarYears: [] });
  });

  it('accepts other working hours', () => {
    const calendar = workCalendarFromYears('AZ', 'Asia/Baku', [], {
      workdayStart: '08:00',
      workdayEnd: '17:00',
    });
    expect(calendar).toMatchObject({ workdayStart: '08:00', workdayEnd: '17:00' });
  });

  it('refuses an unknown country, time zone, backwards hours or two rows for one year', () => {
    expect(() => workCalendarFromYears('XX' as CountryCode, 'UTC', [])).toThrow(RangeError);
    expect(() => workCalendarFromYears('RU', 'Europe/Atlantis', [])).toThrow(RangeError);
    expect(() =>
      workCalendarFromYears('RU', 'Europe/Moscow', [], { workdayStart: '18:00', workdayEnd: '09:00' }),
    ).toThrow(RangeError);
    const row = { year: 2028, daysOff: [], workingDays: [] };
    expect(() => workCalendarFromYears('RU', 'Europe/Moscow', [row, { ...row }])).toThrow(RangeError);
  });
});

describe('weekendOf and isCountryCode', () => {
  it('gives Iran a Friday weekend and the others Saturday–Sunday', () => {
    expect(weekendOf('IR')).toEqual([5]);
    for (const code of ['RU', 'AZ', 'KZ', 'UA'] as const) expect(weekendOf(code)).toEqual([6, 7]);
    expect(() => weekendOf('FR' as CountryCode)).toThrow(RangeError);
  });

  it('knows the five countries only', () => {
    for (const code of countryCodes) expect(isCountryCode(code)).toBe(true);
    for (const value of ['FR', 'ru', '', null, 7]) expect(isCountryCode(value)).toBe(false);
  });
});

describe('validateHolidayYear', () => {
  const saturdaySunday = [6, 7];

  it('accepts a year’s dates and returns both lists sorted', () => {
    expect(
      validateHolidayYear(
        { year: 2028, daysOff: ['2028-05-01', '2028-01-01'], workingDays: ['2028-03-04'] },
        saturdaySunday,
      ),
    ).toEqual({
      ok: true,
      value: { year: 2028, daysOff: ['2028-01-01', '2028-05-01'], workingDays: ['2028-03-04'] },
    });
    expect(validateHolidayYear({ year: 2028, daysOff: [], workingDays: [] }, saturdaySunday)).toEqual({
      ok: true,
      value: { year: 2028, daysOff: [], workingDays: [] },
    });
  });

  it('names every malformed, foreign-year and repeated date by its list and position', () => {
    const result = validateHolidayYear(
      {
        year: 2028,
        daysOff: ['2028-01-01', '2028-02-30', '28-01-02', '2029-01-01', '2028-01-01'],
        workingDays: ['2028-01-01', '2027-12-25', '2028-03-04', '2028-03-04'],
      },
      saturdaySunday,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: 'daysOff.1', code: 'invalid_date' },
        { field: 'daysOff.2', code: 'invalid_date' },
        { field: 'daysOff.3', code: 'outside_year' },
        { field: 'daysOff.4', code: 'duplicate_date' },
        { field: 'workingDays.0', code: 'duplicate_date' },
        { field: 'workingDays.1', code: 'outside_year' },
        { field: 'workingDays.3', code: 'duplicate_date' },
      ],
    });
  });

  it('refuses a working day that is not a weekend day of the country', () => {
    // 2028-03-03 is a Friday: Iran's weekend, an ordinary working day elsewhere; 2028-03-04 a Saturday.
    expect(validateHolidayYear({ year: 2028, daysOff: [], workingDays: ['2028-03-03'] }, [5]).ok).toBe(true);
    expect(
      validateHolidayYear(
        { year: 2028, daysOff: [], workingDays: ['2028-03-03', '2028-03-04'] },
        saturdaySunday,
      ),
    ).toEqual({ ok: false, issues: [{ field: 'workingDays.0', code: 'not_weekend_day' }] });
    expect(validateHolidayYear({ year: 2028, daysOff: [], workingDays: ['2028-03-04'] }, [5])).toEqual({
      ok: false,
      issues: [{ field: 'workingDays.0', code: 'not_weekend_day' }],
    });
  });

  it('refuses a year that is not a whole number from 2000 to 2100', () => {
    const issue = (year: number) => {
      const result = validateHolidayYear({ year, daysOff: [], workingDays: [] }, saturdaySunday);
      return result.ok ? [] : result.issues;
    };
    expect(issue(1999)).toEqual([{ field: 'year', code: 'too_small' }]);
    expect(issue(2101)).toEqual([{ field: 'year', code: 'too_large' }]);
    expect(issue(2028.5)).toEqual([{ field: 'year', code: 'invalid_number' }]);
    expect(issue(Number.NaN)).toEqual([{ field: 'year', code: 'invalid_number' }]);
    expect(issue(2000)).toEqual([]);
    expect(issue(2100)).toEqual([]);
  });
});

describe('calendarWarnings', () => {
  it('warns about this year and the next when they have no calendar', () => {
    expect(calendarWarnings({ today: '2027-06-01', calendarYears: [2026, 2027], gapYears: [] })).toEqual([
      { year: 2028, deadlinesAffected: false },
    ]);
    expect(calendarWarnings({ today: '2027-06-01', calendarYears: [], gapYears: [] })).toEqual([
      { year: 2027, deadlinesAffected: false },
      { year: 2028, deadlinesAffected: false },
    ]);
  });

  it('warns about nothing when both years are known', () => {
    expect(calendarWarnings({ today: '2026-12-31', calendarYears: [2027, 2026], gapYears: [] })).toEqual([]);
  });

  it('adds every year a deadline was computed in without a calendar, until the calendar exists', () => {
    expect(
      calendarWarnings({ today: '2026-11-12', calendarYears: [2026, 2027], gapYears: [2029, 2028, 2029] }),
    ).toEqual([
      { year: 2028, deadlinesAffected: true },
      { year: 2029, deadlinesAffected: true },
    ]);
    expect(
      calendarWarnings({ today: '2027-11-12', calendarYears: [2026, 2027, 2028], gapYears: [2028] }),
    ).toEqual([]);
    expect(calendarWarnings({ today: '2027-11-12', calendarYears: [2027], gapYears: [2028] })).toEqual([
      { year: 2028, deadlinesAffected: true },
    ]);
  });
});
