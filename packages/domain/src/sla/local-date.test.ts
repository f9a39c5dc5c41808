import { describe, expect, it } from 'vitest';
import { addDays, formatLocalDate, isLocalDate, isoWeekday, parseLocalDate, utcMs } from './local-date.ts';

describe('parseLocalDate / formatLocalDate', () => {
  it('round-trips a date', () => {
    expect(parseLocalDate('2026-03-29')).toEqual({ year: 2026, month: 3, day: 29 });
    expect(formatLocalDate({ year: 2026, month: 3, day: 9 })).toBe('2026-03-09');
  });

  it.each([
    ['2026-02-29'],
    ['2026-13-01'],
    ['2026-00-10'],
    ['2026-1-01'],
    ['26-01-01'],
    ['2026-01-01T00:00'],
    [''],
  ])('refuses %j', (value) => {
    expect(() => parseLocalDate(value)).toThrow(RangeError);
    expect(isLocalDate(value)).toBe(false);
  });

  it('accepts leap days in leap years only', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate(20260101)).toBe(false);
  });
});

describe('utcMs', () => {
  it('matches Date.UTC for modern years and keeps years below 100 as they are', () => {
    expect(utcMs(2026, 3, 29, 1, 2, 3, 4)).toBe(Date.UTC(2026, 2, 29, 1, 2, 3, 4));
    expect(new Date(utcMs(33, 1, 1)).getUTCFullYear()).toBe(33);
  });
});

describe('addDays', () => {
  it('crosses month and year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-15', 30)).toBe('2026-02-14');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01');
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-03-23')).toBe(1); // Monday
    expect(isoWeekday('2026-03-27')).toBe(5); // Friday
    expect(isoWeekday('2026-03-28')).toBe(6); // Saturday
    expect(isoWeekday('2026-03-29')).toBe(7); // Sunday
  });
});
