import { describe, expect, it } from 'vitest';
import { calendarFor } from './calendars.ts';
import { computeDeadline, computeDeadlineReport } from './deadline.ts';
import { shippedHolidayYears, workCalendarFromYears } from './holiday-calendar.ts';
import { slaUnits } from './types.ts';

// Moscow's calendar as the database has it on a fresh install: the shipped 2026 and 2027 rows only.
const moscow = workCalendarFromYears('RU', 'Europe/Moscow', shippedHolidayYears('RU'));
const workingDays = (amount: number) => ({ unit: 'WORKING_DAYS' as const, amount });

describe('computeDeadlineReport', () => {
  it('reports no gap for working days counted inside the known years', () => {
    const report = computeDeadlineReport(new Date('2026-04-10T07:00:00Z'), workingDays(3), moscow);
    expect(report).toEqual({ deadline: new Date('2026-04-15T15:00:00.000Z'), yearsWithoutCalendar: [] });
  });

  it('counts weekends only in a year without a calendar, and names that year', () => {
    // Mon 2028-01-03: the New Year holidays are unknown, so Tue 4 Jan is the first working day.
    const report = computeDeadlineReport(new Date('2028-01-03T07:00:00Z'), workingDays(1), moscow);
    expect(report).toEqual({ deadline: new Date('2028-01-04T15:00:00.000Z'), yearsWithoutCalendar: [2028] });
  });

  it('names the next year when the count runs past the last known year', () => {
    // Filed Wed 2027-12-29: Thu 30, Fri 31 (2027), Mon 3 and Tue 4 Jan 2028 counted without a calendar.
    const report = computeDeadlineReport(new Date('2027-12-29T07:00:00Z'), workingDays(4), moscow);
    expect(report).toEqual({ deadline: new Date('2028-01-04T15:00:00.000Z'), yearsWithoutCalendar: [2028] });
  });

  it('names every unknown year a long count passes through', () => {
    const report = computeDeadlineReport(new Date('2027-06-01T07:00:00Z'), workingDays(600), moscow);
    expect(report.yearsWithoutCalendar).toEqual([2028, 2029]);
  });

  it('does not count the filing day’s year when counting starts in a known year', () => {
    // Filed on 31 Dec 2025 (no 2025 row); counting starts on 1 Jan 2026.
    const report = computeDeadlineReport(new Date('2025-12-31T07:00:00Z'), workingDays(1), moscow);
    expect(report).toEqual({ deadline: new Date('2026-01-12T15:00:00.000Z'), yearsWithoutCalendar: [] });
  });

  it('counts the holiday once a row for the year is added', () => {
    const withNewYear = workCalendarFromYears('RU', 'Europe/Moscow', [
      ...shippedHolidayYears('RU'),
      { year: 2028, daysOff: ['2028-01-03', '2028-01-04', '2028-01-05'], workingDays: [] },
    ]);
    const report = computeDeadlineReport(new Date('2027-12-29T07:00:00Z'), workingDays(4), withNewYear);
    expect(report).toEqual({ deadline: new Date('2028-01-07T15:00:00.000Z'), yearsWithoutCalendar: [] });
  });

  it('reports nothing for units that holidays do not move, in any year', () => {
    const filedAt = new Date('2028-05-05T07:00:00Z');
    for (const sla of [
      { unit: 'HOURS' as const, amount: 24 },
      { unit: 'CALENDAR_DAYS' as const, amount: 30 },
      { unit: 'DAY_OF_NEXT_MONTH' as const, amount: 10 },
    ])
      expect(computeDeadlineReport(filedAt, sla, moscow).yearsWithoutCalendar, sla.unit).toEqual([]);
    expect(slaUnits).toHaveLength(4);
  });

  it('reports nothing for a calendar that does not say which years it knows', () => {
    const report = computeDeadlineReport(
      new Date('2028-01-03T07:00:00Z'),
      workingDays(1),
      calendarFor('RU', 'Europe/Moscow'),
    );
    expect(report.yearsWithoutCalendar).toEqual([]);
  });

  it('gives computeDeadline’s deadline', () => {
    for (const amount of [1, 5, 20]) {
      const filedAt = new Date('2027-12-20T12:00:00Z');
      expect(computeDeadlineReport(filedAt, workingDays(amount), moscow).deadline).toEqual(
        computeDeadline(filedAt, workingDays(amount), moscow),
      );
    }
  });

  it('refuses what computeDeadline refuses', () => {
    expect(() => computeDeadlineReport(new Date('x'), workingDays(1), moscow)).toThrow(RangeError);
    expect(() => computeDeadlineReport(new Date(), workingDays(1.5), moscow)).toThrow(RangeError);
    expect(() => computeDeadlineReport(new Date(), workingDays(0), moscow)).toThrow(RangeError);
  });
});
