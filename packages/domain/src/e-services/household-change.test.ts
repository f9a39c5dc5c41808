import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../sla/deadline.ts';
import {
  HOUSEHOLD_CHANGE_APPLY_BY_DAY,
  householdChangeDates,
  householdChangeDeadline,
  householdChangeSla,
} from './household-change.ts';

describe('householdChangeDates', () => {
  it.each([
    // The last day of a month: less than a fortnight to apply it.
    ['2026-01-31', '2026-02-10'],
    // The first day of a month: more than a month.
    ['2026-01-01', '2026-02-10'],
    // Filed on the 10th itself: the 10th of the next month, not today.
    ['2026-03-10', '2026-04-10'],
    // February, also in a leap year.
    ['2026-02-28', '2026-03-10'],
    ['2028-02-29', '2028-03-10'],
    // December's filings are applied in January of the next year.
    ['2026-12-15', '2027-01-10'],
    ['2026-12-31', '2027-01-10'],
    ['2026-11-25', '2026-12-10'],
  ])('filed on %s: effective that day, applied by %s', (filedOn, applyBy) => {
    expect(householdChangeDates(filedOn)).toEqual({ effectiveFrom: filedOn, applyBy });
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-31', ''])('refuses the invalid date %j', (filedOn) => {
    expect(() => householdChangeDates(filedOn)).toThrow(RangeError);
  });
});

describe('householdChangeDeadline', () => {
  it('is the end of the apply-by day in the city’s time zone', () => {
    // 12:00 on 25 November 2026 in Kazan (UTC+3): due at the end of 10 December there.
    expect(householdChangeDeadline(new Date('2026-11-25T09:00:00Z'), 'Europe/Moscow').toISOString()).toBe(
      '2026-12-10T20:59:59.999Z',
    );
  });

  it('takes the filing day where the city is: New Year’s night in Kazan already files in January', () => {
    // 31 December 21:30 UTC is 00:30 on 1 January in Kazan.
    expect(householdChangeDeadline(new Date('2026-12-31T21:30:00Z'), 'Europe/Moscow').toISOString()).toBe(
      '2027-02-10T20:59:59.999Z',
    );
    // In London the same instant is still 31 December: due on 10 January.
    expect(householdChangeDeadline(new Date('2026-12-31T21:30:00Z'), 'Europe/London').toISOString()).toBe(
      '2027-01-10T23:59:59.999Z',
    );
  });

  it('agrees with the catalogue’s SLA unit "by day 10 of the next month"', () => {
    expect(householdChangeSla).toEqual({ unit: 'DAY_OF_NEXT_MONTH', amount: HOUSEHOLD_CHANGE_APPLY_BY_DAY });
    const calendar = {
      timeZone: 'Asia/Tehran',
      weekend: [5],
      holidays: [],
      workdayStart: '08:00',
      workdayEnd: '16:00',
    };
    for (const at of ['2026-01-31T10:00:00Z', '2026-03-20T22:00:00Z', '2026-12-15T09:00:00Z'])
      expect(householdChangeDeadline(new Date(at), calendar.timeZone)).toEqual(
        computeDeadline(new Date(at), householdChangeSla, calendar),
      );
  });
});
