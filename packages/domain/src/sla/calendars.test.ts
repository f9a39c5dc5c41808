import { describe, expect, it } from 'vitest';
import type { CountryCode } from './calendars.ts';
import { calendarFor, countryCalendars, countryCodes, defaultWorkingHours } from './calendars.ts';
import { isLocalDate, isoWeekday } from './local-date.ts';
import { isWorkingDay } from './working-days.ts';

describe('countryCalendars — data sanity', () => {
  it.each(countryCodes)('%s lists valid, sorted, unique 2026–2027 dates', (code) => {
    const { holidays, workingDays = [] } = countryCalendars[code];
    for (const date of [...holidays, ...workingDays]) {
      expect(isLocalDate(date), date).toBe(true);
      expect(date >= '2026-01-01' && date <= '2027-12-31', date).toBe(true);
    }
    expect([...holidays].sort()).toEqual(holidays);
    expect(new Set(holidays).size).toBe(holidays.length);
  });

  it.each(countryCodes)('%s has ISO weekdays for its weekend', (code) => {
    for (const day of countryCalendars[code].weekend) expect([1, 2, 3, 4, 5, 6, 7]).toContain(day);
  });

  it('has a Saturday–Sunday weekend except in Iran, where it is Friday', () => {
    expect(countryCalendars.RU.weekend).toEqual([6, 7]);
    expect(countryCalendars.AZ.weekend).toEqual([6, 7]);
    expect(countryCalendars.KZ.weekend).toEqual([6, 7]);
    expect(countryCalendars.UA.weekend).toEqual([6, 7]);
    expect(countryCalendars.IR.weekend).toEqual([5]);
  });

  it('keeps Ukraine without holidays while martial law suspends them', () => {
    expect(countryCalendars.UA.holidays).toEqual([]);
  });
});

describe('countryCalendars — known days off', () => {
  const offDays: Record<CountryCode, string[]> = {
    RU: [
      '2026-01-01',
      '2026-01-08',
      '2026-01-09',
      '2026-02-23',
      '2026-03-09',
      '2026-05-01',
      '2026-05-11',
      '2026-06-12',
      '2026-11-04',
      '2026-12-31',
      '2027-01-08',
      '2027-05-03',
      '2027-05-10',
      '2027-06-14',
    ],
    AZ: [
      '2026-01-02',
      '2026-01-20',
      '2026-03-09',
      '2026-03-20',
      '2026-03-27',
      '2026-03-30',
      '2026-05-11',
      '2026-05-29',
      '2026-06-15',
      '2026-06-26',
      '2026-11-10',
      '2026-12-31',
      '2027-01-04',
    ],
    KZ: [
      '2026-01-07',
      '2026-03-09',
      '2026-03-23',
      '2026-03-25',
      '2026-05-07',
      '2026-05-27',
      '2026-07-06',
      '2026-08-31',
      '2026-10-26',
      '2026-12-16',
      '2027-03-24',
    ],
    UA: [],
    IR: [
      '2026-02-11',
      '2026-03-21',
      '2026-03-24',
      '2026-04-01',
      '2026-04-02',
      '2026-06-04',
      '2026-06-05',
      '2027-03-20',
      '2027-04-01',
    ],
  };
  const workingDays: Record<CountryCode, string[]> = {
    RU: ['2026-01-12', '2026-03-10', '2026-11-05', '2026-12-30'],
    AZ: ['2026-03-31', '2026-11-12', '2026-11-17', '2026-11-11'],
    KZ: ['2026-03-10', '2026-03-26', '2026-05-08'],
    UA: ['2026-01-01', '2026-01-07', '2026-08-24', '2026-12-25'],
    IR: ['2026-07-09', '2026-03-25'],
  };

  it.each(countryCodes)('%s is off on its holidays and working on ordinary days', (code) => {
    const calendar = countryCalendars[code];
    for (const date of offDays[code]) expect(isWorkingDay(date, calendar), date).toBe(false);
    for (const date of workingDays[code]) expect(isWorkingDay(date, calendar), date).toBe(true);
  });

  it('gives Azerbaijan 11 days off in a row for Novruz and Ramazan 2026', () => {
    const run = [
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
    ];
    for (const date of run) expect(isWorkingDay(date, countryCalendars.AZ), date).toBe(false);
    expect(isWorkingDay('2026-03-19', countryCalendars.AZ)).toBe(true);
    expect(isWorkingDay('2026-03-31', countryCalendars.AZ)).toBe(true);
  });

  it('moves every Russian non-January holiday that falls on a weekend to a weekday', () => {
    const holidays = countryCalendars.RU.holidays;
    for (const [weekendHoliday, movedTo] of [
      ['2026-03-08', '2026-03-09'],
      ['2026-05-09', '2026-05-11'],
      ['2027-05-01', '2027-05-03'],
      ['2027-05-09', '2027-05-10'],
      ['2027-06-12', '2027-06-14'],
    ]) {
      expect([6, 7]).toContain(isoWeekday(weekendHoliday ?? ''));
      expect(holidays).toContain(movedTo);
    }
  });
});

describe('calendarFor', () => {
  it('combines a country with a time zone and 09:00–18:00 hours', () => {
    expect(calendarFor('KZ', 'Asia/Almaty')).toEqual({
      timeZone: 'Asia/Almaty',
      weekend: [6, 7],
      holidays: countryCalendars.KZ.holidays,
      workdayStart: '09:00',
      workdayEnd: '18:00',
    });
    expect(defaultWorkingHours).toEqual({ workdayStart: '09:00', workdayEnd: '18:00' });
  });

  it('accepts other working hours', () => {
    const calendar = calendarFor('IR', 'Asia/Tehran', { workdayStart: '07:30', workdayEnd: '14:30' });
    expect(calendar).toMatchObject({ weekend: [5], workdayStart: '07:30', workdayEnd: '14:30' });
  });

  it('returns arrays the caller may change without touching the shared data', () => {
    const calendar = calendarFor('RU', 'Europe/Moscow');
    (calendar.holidays as string[]).push('2026-04-13');
    expect(countryCalendars.RU.holidays).not.toContain('2026-04-13');
  });

  it('refuses an unknown country, time zone or backwards hours', () => {
    expect(() => calendarFor('XX' as CountryCode, 'UTC')).toThrow(RangeError);
    expect(() => calendarFor('RU', 'Europe/Atlantis')).toThrow(RangeError);
    expect(() => calendarFor('RU', 'Europe/Moscow', { workdayStart: '18:00', workdayEnd: '09:00' })).toThrow(
      RangeError,
    );
    expect(() => calendarFor('RU', 'Europe/Moscow', { workdayStart: '9', workdayEnd: '18:00' })).toThrow(
      RangeError,
    );
  });
});
