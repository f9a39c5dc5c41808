import { assertTimeZone } from './time-zone.ts';
import { parseTimeOfDay } from './time-of-day.ts';
import type { WorkCalendar } from './types.ts';

/** Countries citydesk ships working-day calendars for. */
export const countryCodes = ['RU', 'AZ', 'KZ', 'UA', 'IR'] as const;
export type CountryCode = (typeof countryCodes)[number];

/** A country's working-day rules, without a time zone (countries such as Russia and Kazakhstan span several). */
export type CountryCalendar = {
  readonly weekend: readonly number[];
  readonly holidays: readonly string[];
  readonly workingDays?: readonly string[];
};

// Holidays are DATA and go stale: every list below covers 2026 and 2027 only. These lists are the years citydesk
// SHIPS: the migration `holiday_calendar` inserts them into the database, where the administrator adds later years
// (a test proves the migration's rows equal these lists); deadlines are computed from the database's rows. Each list holds the public holidays
// that are days off plus the days off they are moved to (a holiday on a weekend, government transfers). Entries
// marked "≈" are estimates — religious dates set by moon sighting, or transfers not yet decreed — and must be
// replaced with the official dates once published.

// Russia: Labour Code art. 112 (Jan 1–6 and 8 New Year holidays, Jan 7 Christmas, Feb 23, Mar 8, May 1, May 9,
// Jun 12, Nov 4); a holiday on a weekend moves the day off to the next working day, except the January ones,
// which the government moves by decree.
const russia: CountryCalendar = {
  weekend: [6, 7],
  holidays: [
    // 2026 — Government Decree No. 1466 of 24 Sep 2025: Sat Jan 3 → Fri Jan 9, Sun Jan 4 → Thu Dec 31.
    ...['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07'],
    '2026-01-08',
    '2026-01-09', // transfer from Sat Jan 3
    '2026-02-23',
    '2026-03-08', // Sunday
    '2026-03-09', // moved from Sun Mar 8
    '2026-05-01',
    '2026-05-09', // Saturday
    '2026-05-11', // moved from Sat May 9
    '2026-06-12',
    '2026-11-04',
    '2026-12-31', // transfer from Sun Jan 4
    // 2027 — fixed dates and art. 112 moves only. ≈ Jan 2–3 fall on Sat–Sun and will be moved by a decree not
    // published yet: add those two days off (and any working Saturday) when it is.
    ...['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07'],
    '2027-01-08',
    '2027-02-23',
    '2027-03-08',
    '2027-05-01', // Saturday
    '2027-05-03', // moved from Sat May 1
    '2027-05-09', // Sunday
    '2027-05-10', // moved from Sun May 9
    '2027-06-12', // Saturday
    '2027-06-14', // moved from Sat Jun 12
    '2027-11-04',
  ],
};

// Azerbaijan: Labour Code art. 105. Non-working: Jan 1–2, Jan 20 (National Mourning Day), Mar 8, Novruz (5 days),
// May 9, May 28 (Independence Day), Jun 15, Jun 26, Nov 8 (Victory Day), Nov 9 (Flag Day), Dec 31, Ramazan and
// Gurban (2 days each, dates set yearly by the Cabinet). A weekend day that coincides with a holiday moves to the
// next working day after it; a Ramazan/Gurban day that coincides with another holiday adds a day off.
// Nov 12 (Constitution Day) and Nov 17 (National Revival Day) are holidays but WORKING days, so not listed.
const azerbaijan: CountryCalendar = {
  weekend: [6, 7],
  holidays: [
    // 2026 — Cabinet decision No. 362 of 2 Dec 2025 (Novruz Mar 20–24, Ramazan Mar 20–21, Gurban May 27–28) and the
    // Ministry of Labour's 2026 production calendar.
    '2026-01-01',
    '2026-01-02',
    '2026-01-20',
    '2026-03-08', // Sunday
    '2026-03-09', // moved from Sun Mar 8
    ...['2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24'], // Novruz (20–21 also Ramazan)
    '2026-03-25', // moved from Sat Mar 21
    '2026-03-26', // moved from Sun Mar 22
    '2026-03-27', // Ramazan Mar 20 coincided with Novruz
    '2026-03-30', // Ramazan Mar 21 coincided with Novruz
    '2026-05-09', // Saturday
    '2026-05-11', // moved from Sat May 9
    '2026-05-27', // Gurban
    '2026-05-28', // Gurban and Independence Day
    '2026-05-29', // Gurban coincided with Independence Day
    '2026-06-15',
    '2026-06-26',
    '2026-11-08', // Sunday
    '2026-11-09',
    '2026-11-10', // moved from Sun Nov 8
    '2026-12-31',
    // 2027 — fixed dates with the art. 105 moves. ≈ Novruz Mar 20–24, Ramazan Mar 9–10 and Gurban May 16–17 are
    // estimates until the Cabinet sets them (by the end of 2026).
    '2027-01-01',
    '2027-01-02', // Saturday
    '2027-01-04', // moved from Sat Jan 2
    '2027-01-20',
    '2027-03-08',
    '2027-03-09', // ≈ Ramazan
    '2027-03-10', // ≈ Ramazan
    ...['2027-03-20', '2027-03-21', '2027-03-22', '2027-03-23', '2027-03-24'], // ≈ Novruz
    '2027-03-25', // ≈ moved from Sat Mar 20
    '2027-03-26', // ≈ moved from Sun Mar 21
    '2027-05-09', // Sunday
    '2027-05-10', // moved from Sun May 9
    '2027-05-16', // ≈ Gurban (Sunday)
    '2027-05-17', // ≈ Gurban
    '2027-05-18', // ≈ moved from Sun May 16
    '2027-05-28',
    '2027-06-15',
    '2027-06-26', // Saturday
    '2027-06-28', // moved from Sat Jun 26
    '2027-11-08',
    '2027-11-09',
    '2027-12-31',
  ],
};

// Kazakhstan: Law "On holidays" and Labour Code. Days off: Jan 1–2, Mar 8, Nauryz Mar 21–23, May 1, May 7, May 9,
// Jul 6, Aug 30, Oct 25, Dec 16 (a weekend coincidence moves the day off to the next working day), plus Jan 7
// (Orthodox Christmas) and the first day of Kurban Ait, which are never moved.
const kazakhstan: CountryCalendar = {
  weekend: [6, 7],
  holidays: [
    // 2026 — the official calendar published on eGov (Kurban Ait on May 27).
    '2026-01-01',
    '2026-01-02',
    '2026-01-07',
    '2026-03-08', // Sunday
    '2026-03-09', // moved from Sun Mar 8
    ...['2026-03-21', '2026-03-22', '2026-03-23'], // Nauryz (Sat–Mon)
    '2026-03-24', // moved from Sat Mar 21
    '2026-03-25', // moved from Sun Mar 22
    '2026-05-01',
    '2026-05-07',
    '2026-05-09', // Saturday
    '2026-05-11', // moved from Sat May 9
    '2026-05-27', // Kurban Ait
    '2026-07-06',
    '2026-08-30', // Sunday
    '2026-08-31', // moved from Sun Aug 30
    '2026-10-25', // Sunday
    '2026-10-26', // moved from Sun Oct 25
    '2026-12-16',
    // 2027 — fixed dates with the legal moves; ≈ Kurban Ait and any government transfers are not yet announced.
    '2027-01-01',
    '2027-01-02', // Saturday
    '2027-01-04', // moved from Sat Jan 2
    '2027-01-07',
    '2027-03-08',
    ...['2027-03-21', '2027-03-22', '2027-03-23'], // Nauryz (Sun–Tue)
    '2027-03-24', // moved from Sun Mar 21
    '2027-05-01', // Saturday
    '2027-05-03', // moved from Sat May 1
    '2027-05-07',
    '2027-05-09', // Sunday
    '2027-05-10', // moved from Sun May 9
    '2027-05-16', // ≈ Kurban Ait (a Sunday; religious days are not moved)
    '2027-07-06',
    '2027-08-30',
    '2027-10-25',
    '2027-12-16',
  ],
};

// Ukraine: under martial law (since 24 Feb 2022) Law No. 2136-IX art. 6(6) suspends Labour Code art. 73, so public
// holidays are ordinary working days and nothing is moved. Restore the art. 73 list when martial law ends.
const ukraine: CountryCalendar = {
  weekend: [6, 7],
  holidays: [],
};

// Iran: the weekend is Friday only; Thursday counts as a working day (many offices work a short day). Solar holidays are fixed in the
// Persian calendar: Nowruz 1–4 Farvardin, 12 Farvardin (Islamic Republic Day), 13 Farvardin (Nature Day),
// 14–15 Khordad, 22 Bahman, 29 Esfand. Lunar holidays (Tasua, Ashura, Arbaeen, 28 Safar, end of Safar, 8 and 17
// Rabi al-Awwal, 3 Jumada al-Thani, 13 and 27 Rajab, 15 Shaban, 21 Ramadan, 1–2 Shawwal, 25 Shawwal,
// 10 and 18 Dhu al-Hijja) follow the official calendar of the Council for Public Culture. Dates up to Jun 25, 2026
// are from the published 1404/1405 calendars; later lunar dates are ≈ Umm al-Qura estimates that can be a day off.
const iran: CountryCalendar = {
  weekend: [5],
  holidays: [
    // 2026
    '2026-01-03', // 13 Rajab, birth of Imam Ali
    '2026-01-17', // 27 Rajab, Mab'ath
    '2026-02-04', // 15 Shaban
    '2026-02-11', // 22 Bahman, Revolution Day
    '2026-03-11', // 21 Ramadan
    '2026-03-20', // 29 Esfand, oil nationalisation
    ...['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24'], // Nowruz 1405 (21–22 also Eid al-Fitr)
    '2026-04-01', // 12 Farvardin, Islamic Republic Day
    '2026-04-02', // 13 Farvardin, Nature Day
    '2026-04-14', // 25 Shawwal, martyrdom of Imam Sadeq (counted from 1 Shawwal = 1 Farvardin)
    '2026-05-27', // 10 Dhu al-Hijja, Eid al-Adha
    '2026-06-04', // 14 Khordad, and 18 Dhu al-Hijja (Ghadir)
    '2026-06-05', // 15 Khordad
    '2026-06-24', // Tasua
    '2026-06-25', // Ashura
    '2026-08-03', // ≈ Arbaeen
    '2026-08-11', // ≈ 28 Safar
    '2026-08-13', // ≈ end of Safar, martyrdom of Imam Reza
    '2026-08-21', // ≈ 8 Rabi al-Awwal
    '2026-08-30', // ≈ 17 Rabi al-Awwal
    '2026-11-13', // ≈ 3 Jumada al-Thani
    '2026-12-22', // ≈ 13 Rajab
    // 2027
    '2027-01-05', // ≈ 27 Rajab
    '2027-01-23', // ≈ 15 Shaban
    '2027-02-11', // 22 Bahman
    '2027-02-28', // ≈ 21 Ramadan
    '2027-03-09', // ≈ Eid al-Fitr
    '2027-03-10', // ≈ day after Eid al-Fitr
    '2027-03-20', // 29 Esfand
    ...['2027-03-21', '2027-03-22', '2027-03-23', '2027-03-24'], // Nowruz 1406
    '2027-04-01', // 12 Farvardin
    '2027-04-02', // 13 Farvardin, and ≈ 25 Shawwal
    '2027-05-16', // ≈ Eid al-Adha
    '2027-05-24', // ≈ Ghadir
    '2027-06-04', // 14 Khordad
    '2027-06-05', // 15 Khordad
    '2027-06-14', // ≈ Tasua
    '2027-06-15', // ≈ Ashura
    '2027-07-24', // ≈ Arbaeen
    '2027-08-01', // ≈ 28 Safar
    '2027-08-02', // ≈ end of Safar
    '2027-08-10', // ≈ 8 Rabi al-Awwal
    '2027-08-19', // ≈ 17 Rabi al-Awwal
    '2027-11-02', // ≈ 3 Jumada al-Thani
    '2027-12-11', // ≈ 13 Rajab
    '2027-12-25', // ≈ 27 Rajab
  ],
};

/** The years the lists below cover, for every country (Ukraine's empty lists are a known calendar too). */
export const shippedCalendarYears: readonly number[] = [2026, 2027];

/** Weekly days off and public holidays (2026–2027) of each supported country. */
export const countryCalendars: Readonly<Record<CountryCode, CountryCalendar>> = {
  RU: russia,
  AZ: azerbaijan,
  KZ: kazakhstan,
  UA: ukraine,
  IR: iran,
};

/** Working hours used when an organization has not configured its own. */
export const defaultWorkingHours = { workdayStart: '09:00', workdayEnd: '18:00' } as const;

/**
 * The work calendar of an organization in `countryCode` located in `timeZone` (e.g. `KZ` + `Asia/Almaty`), with
 * 09:00–18:00 working hours unless `hours` says otherwise. Returns fresh arrays the caller may keep. Throws a
 * RangeError on an unknown country, time zone or malformed hours.
 */
export function calendarFor(
  countryCode: CountryCode,
  timeZone: string,
  hours: { workdayStart: string; workdayEnd: string } = defaultWorkingHours,
): WorkCalendar {
  const country = (countryCalendars as Partial<Record<string, CountryCalendar>>)[countryCode];
  if (!country) throw new RangeError(`no calendar for country ${JSON.stringify(countryCode)}`);
  assertTimeZone(timeZone);
  assertWorkingHours(hours);
  return {
    timeZone,
    weekend: [...country.weekend],
    holidays: [...country.holidays],
    ...(country.workingDays ? { workingDays: [...country.workingDays] } : {}),
    workdayStart: hours.workdayStart,
    workdayEnd: hours.workdayEnd,
  };
}

/** Throws a RangeError unless `hours` are two `HH:MM` times, the end after the start. */
export function assertWorkingHours(hours: { workdayStart: string; workdayEnd: string }): void {
  const start = parseTimeOfDay(hours.workdayStart);
  const end = parseTimeOfDay(hours.workdayEnd);
  if (start.hour * 60 + start.minute >= end.hour * 60 + end.minute) {
    throw new RangeError(
      `the working day must end after it starts: ${hours.workdayStart}–${hours.workdayEnd}`,
    );
  }
}

/** Narrows an untrusted value (a city's `country_code`) to a {@link CountryCode}. */
export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && (countryCodes as readonly string[]).includes(value);
}
