import { describe, expect, it } from 'vitest';
import { calendarFor } from './calendars.ts';
import { computeDeadline, dayOfNextMonth, isOverdue, remainingMs } from './deadline.ts';
import { slaUnits } from './types.ts';
import type { WorkCalendar } from './types.ts';

const at = (iso: string) => new Date(iso);
const workingDays = (amount: number) => ({ unit: 'WORKING_DAYS', amount }) as const;
const calendarDays = (amount: number) => ({ unit: 'CALENDAR_DAYS', amount }) as const;
const hours = (amount: number) => ({ unit: 'HOURS', amount }) as const;
const dayOfNext = (amount: number) => ({ unit: 'DAY_OF_NEXT_MONTH', amount }) as const;

const moscow = calendarFor('RU', 'Europe/Moscow');
const baku = calendarFor('AZ', 'Asia/Baku');
const almaty = calendarFor('KZ', 'Asia/Almaty');
const tehran = calendarFor('IR', 'Asia/Tehran');
const kyiv = calendarFor('UA', 'Europe/Kyiv');

describe('computeDeadline — WORKING_DAYS', () => {
  it('moves a Friday filing with 1 working day to Monday at the end of the working day', () => {
    // Fri 10 Apr 2026, 10:00 MSK → Mon 13 Apr, 18:00 MSK.
    expect(computeDeadline(at('2026-04-10T07:00:00Z'), workingDays(1), moscow)).toEqual(
      at('2026-04-13T15:00:00Z'),
    );
  });

  it('does not count the filing day, even when filed before the working day starts', () => {
    // Mon 13 Apr 2026, 07:00 MSK → Tue 14 Apr, 18:00.
    expect(computeDeadline(at('2026-04-13T04:00:00Z'), workingDays(1), moscow)).toEqual(
      at('2026-04-14T15:00:00Z'),
    );
  });

  it('counts from the filing day even when filed after hours', () => {
    // Mon 13 Apr 2026, 23:00 MSK → Tue 14 Apr, 18:00.
    expect(computeDeadline(at('2026-04-13T20:00:00Z'), workingDays(1), moscow)).toEqual(
      at('2026-04-14T15:00:00Z'),
    );
  });

  it('starts counting after a filing made on a weekend', () => {
    // Sat 11 Apr 2026 → Mon 13 Apr.
    expect(computeDeadline(at('2026-04-11T09:00:00Z'), workingDays(1), moscow)).toEqual(
      at('2026-04-13T15:00:00Z'),
    );
  });

  it('skips weekends over several working days', () => {
    // Wed 15 Apr 2026 + 5 → Thu, Fri, Mon, Tue, Wed 22 Apr.
    expect(computeDeadline(at('2026-04-15T09:00:00Z'), workingDays(5), moscow)).toEqual(
      at('2026-04-22T15:00:00Z'),
    );
  });

  it('skips a public holiday', () => {
    // Tue 3 Nov 2026; Wed 4 Nov is National Unity Day → Thu 5 Nov.
    expect(computeDeadline(at('2026-11-03T09:00:00Z'), workingDays(1), moscow)).toEqual(
      at('2026-11-05T15:00:00Z'),
    );
  });

  it('skips the Russian New Year holidays and the transferred 31 December', () => {
    // Wed 30 Dec 2026 + 3: Dec 31 (transfer) and Jan 1–8 off, Jan 9–10 weekend → Jan 11, 12, 13.
    expect(computeDeadline(at('2026-12-30T09:00:00Z'), workingDays(3), moscow)).toEqual(
      at('2027-01-13T15:00:00Z'),
    );
  });

  it('skips the 11 days of Novruz and Ramazan in Azerbaijan', () => {
    // Thu 19 Mar 2026 → Tue 31 Mar, 18:00 Baku (+04:00).
    expect(computeDeadline(at('2026-03-19T06:00:00Z'), workingDays(1), baku)).toEqual(
      at('2026-03-31T14:00:00Z'),
    );
  });

  it("treats Thursday as a working day under Iran's Friday weekend", () => {
    // Wed 8 Jul 2026 → Thu 9 Jul, 18:00 Tehran (+03:30).
    expect(computeDeadline(at('2026-07-08T06:30:00Z'), workingDays(1), tehran)).toEqual(
      at('2026-07-09T14:30:00Z'),
    );
    // Thu 9 Jul → Fri is the weekend → Sat 11 Jul.
    expect(computeDeadline(at('2026-07-09T06:30:00Z'), workingDays(1), tehran)).toEqual(
      at('2026-07-11T14:30:00Z'),
    );
    // The same Thursday filing in Moscow is due on Friday.
    expect(computeDeadline(at('2026-07-09T06:30:00Z'), workingDays(1), moscow)).toEqual(
      at('2026-07-10T15:00:00Z'),
    );
  });

  it('counts from the local filing day of the calendar time zone', () => {
    const instant = at('2026-03-05T19:30:00Z'); // Fri 6 Mar 00:30 in Almaty, Thu 5 Mar 19:30 in UTC
    // Almaty: filed Friday; Mon 9 Mar is a day off (8 March fell on Sunday) → Tue 10 Mar, 18:00 (+05:00).
    expect(computeDeadline(instant, workingDays(1), almaty)).toEqual(at('2026-03-10T13:00:00Z'));
    // The same rules in UTC: filed Thursday → Friday 6 Mar, 18:00 UTC.
    expect(computeDeadline(instant, workingDays(1), { ...almaty, timeZone: 'UTC' })).toEqual(
      at('2026-03-06T18:00:00Z'),
    );
  });

  it('treats 23:30 local in Almaty as that same local day', () => {
    // Thu 5 Mar 2026, 23:30 Almaty → Fri 6 Mar, 18:00 Almaty.
    expect(computeDeadline(at('2026-03-05T18:30:00Z'), workingDays(1), almaty)).toEqual(
      at('2026-03-06T13:00:00Z'),
    );
  });

  it('uses summer time for a deadline after the Kyiv clocks go forward', () => {
    // Fri 27 Mar 2026 (EET, +02:00) → Mon 30 Mar, 18:00 EEST (+03:00) = 15:00 UTC, not 16:00.
    expect(computeDeadline(at('2026-03-27T08:00:00Z'), workingDays(1), kyiv)).toEqual(
      at('2026-03-30T15:00:00Z'),
    );
  });

  it('follows the calendar working hours', () => {
    const shortDay: WorkCalendar = { ...moscow, workdayStart: '08:00', workdayEnd: '17:00' };
    expect(computeDeadline(at('2026-04-10T07:00:00Z'), workingDays(1), shortDay)).toEqual(
      at('2026-04-13T14:00:00Z'),
    );
  });

  it('counts a Saturday declared a working day', () => {
    const withTransfer: WorkCalendar = { ...moscow, workingDays: ['2026-04-11'] };
    expect(computeDeadline(at('2026-04-10T07:00:00Z'), workingDays(1), withTransfer)).toEqual(
      at('2026-04-11T15:00:00Z'),
    );
  });
});

describe('computeDeadline — CALENDAR_DAYS', () => {
  it('ends 30 calendar days later at the end of the local day, holidays included', () => {
    // Thu 15 Jan 2026, 10:00 MSK + 30 → Sat 14 Feb 2026, 23:59:59.999 MSK.
    expect(computeDeadline(at('2026-01-15T07:00:00Z'), calendarDays(30), moscow)).toEqual(
      at('2026-02-14T20:59:59.999Z'),
    );
  });

  it('depends on the local filing day', () => {
    // 23:59 MSK on 15 Jan counts as 15 Jan; one minute later is 16 Jan.
    expect(computeDeadline(at('2026-01-15T20:59:00Z'), calendarDays(30), moscow)).toEqual(
      at('2026-02-14T20:59:59.999Z'),
    );
    expect(computeDeadline(at('2026-01-15T21:00:00Z'), calendarDays(30), moscow)).toEqual(
      at('2026-02-15T20:59:59.999Z'),
    );
  });

  it('gives a different deadline in Almaty and UTC for a late-evening UTC filing', () => {
    const instant = at('2026-03-05T19:30:00Z');
    expect(computeDeadline(instant, calendarDays(1), almaty)).toEqual(at('2026-03-07T18:59:59.999Z'));
    expect(computeDeadline(instant, calendarDays(1), { ...almaty, timeZone: 'UTC' })).toEqual(
      at('2026-03-06T23:59:59.999Z'),
    );
  });

  it('ends the day in summer time across the spring DST change in Kyiv', () => {
    // Sat 28 Mar 2026 12:00 EET + 1 → Sun 29 Mar 23:59:59.999 EEST (+03:00).
    expect(computeDeadline(at('2026-03-28T10:00:00Z'), calendarDays(1), kyiv)).toEqual(
      at('2026-03-29T20:59:59.999Z'),
    );
  });

  it('ends the day in winter time across the autumn DST change in Kyiv', () => {
    // Sat 24 Oct 2026 12:00 EEST + 1 → Sun 25 Oct 23:59:59.999 EET (+02:00).
    expect(computeDeadline(at('2026-10-24T09:00:00Z'), calendarDays(1), kyiv)).toEqual(
      at('2026-10-25T21:59:59.999Z'),
    );
  });
});

describe('computeDeadline — HOURS', () => {
  it('runs round the clock through holidays and weekends', () => {
    // 1 January is a holiday everywhere here; emergencies do not wait.
    expect(computeDeadline(at('2026-01-01T10:00:00Z'), hours(24), moscow)).toEqual(
      at('2026-01-02T10:00:00Z'),
    );
    expect(computeDeadline(at('2026-04-11T22:15:00Z'), hours(2), moscow)).toEqual(at('2026-04-12T00:15:00Z'));
  });

  it('accepts fractions of an hour', () => {
    expect(computeDeadline(at('2026-04-10T07:00:00Z'), hours(0.5), moscow)).toEqual(
      at('2026-04-10T07:30:00Z'),
    );
  });

  it('counts real hours across a DST change', () => {
    // 00:30 EET on 29 Mar 2026 + 4 h = 05:30 EEST (the 03:00 hour does not exist).
    expect(computeDeadline(at('2026-03-28T22:30:00Z'), hours(4), kyiv)).toEqual(at('2026-03-29T02:30:00Z'));
  });
});

describe('computeDeadline — invalid input', () => {
  it('refuses an invalid filing date', () => {
    expect(() => computeDeadline(new Date(Number.NaN), hours(1), moscow)).toThrow(RangeError);
  });

  it.each([
    ['HOURS', 0],
    ['HOURS', -1],
    ['HOURS', Number.NaN],
    ['HOURS', Number.POSITIVE_INFINITY],
    ['WORKING_DAYS', 0],
    ['WORKING_DAYS', 1.5],
    ['CALENDAR_DAYS', -3],
    ['CALENDAR_DAYS', 2.5],
  ] as const)('refuses %s × %s', (unit, amount) => {
    expect(() => computeDeadline(at('2026-04-10T07:00:00Z'), { unit, amount }, moscow)).toThrow(RangeError);
  });

  it('refuses an unknown time zone or a malformed end of day', () => {
    expect(() =>
      computeDeadline(at('2026-04-10T07:00:00Z'), calendarDays(1), { ...moscow, timeZone: 'Nowhere' }),
    ).toThrow(RangeError);
    expect(() =>
      computeDeadline(at('2026-04-10T07:00:00Z'), workingDays(1), { ...moscow, workdayEnd: '6pm' }),
    ).toThrow(RangeError);
  });
});

describe('computeDeadline — DAY_OF_NEXT_MONTH', () => {
  it('is one of the SLA units', () => {
    expect(slaUnits).toEqual(['HOURS', 'WORKING_DAYS', 'CALENDAR_DAYS', 'DAY_OF_NEXT_MONTH']);
  });

  it('falls due at the end of the given day of the next month, local time', () => {
    // Filed Thu 16 Apr 2026 in Moscow (UTC+3) → 10 May 2026, 23:59:59.999 MSK.
    expect(computeDeadline(at('2026-04-16T09:00:00Z'), dayOfNext(10), moscow)).toEqual(
      at('2026-05-10T20:59:59.999Z'),
    );
  });

  it('uses the next month even when the day is still ahead in the filing month', () => {
    // Filed 5 Apr: not 10 Apr, but 10 May.
    expect(computeDeadline(at('2026-04-05T09:00:00Z'), dayOfNext(10), moscow)).toEqual(
      at('2026-05-10T20:59:59.999Z'),
    );
  });

  it('moves a December filing to January of the next year', () => {
    expect(computeDeadline(at('2026-12-15T09:00:00Z'), dayOfNext(10), moscow)).toEqual(
      at('2027-01-10T20:59:59.999Z'),
    );
    expect(computeDeadline(at('2026-12-31T20:00:00Z'), dayOfNext(1), moscow)).toEqual(
      at('2027-01-01T20:59:59.999Z'),
    );
  });

  it('takes the month of filing in local time, not in UTC', () => {
    // 31 Jan 2026, 23:30 UTC is already 1 Feb, 02:30 in Moscow: due 10 March, not 10 February.
    expect(computeDeadline(at('2026-01-31T23:30:00Z'), dayOfNext(10), moscow)).toEqual(
      at('2026-03-10T20:59:59.999Z'),
    );
    // 31 Dec 2026, 23:30 UTC is 1 Jan 2027 in Moscow: due 10 February 2027.
    expect(computeDeadline(at('2026-12-31T23:30:00Z'), dayOfNext(10), moscow)).toEqual(
      at('2027-02-10T20:59:59.999Z'),
    );
    // The same instant is still 31 Dec in UTC+0 zones: due 10 January.
    expect(
      computeDeadline(at('2026-12-31T23:30:00Z'), dayOfNext(10), { ...moscow, timeZone: 'UTC' }),
    ).toEqual(at('2027-01-10T23:59:59.999Z'));
  });

  it('reaches day 28 of February, and follows daylight-saving time', () => {
    // Kyiv: UTC+2 in winter, UTC+3 from 29 Mar 2026.
    expect(computeDeadline(at('2026-01-20T09:00:00Z'), dayOfNext(28), kyiv)).toEqual(
      at('2026-02-28T21:59:59.999Z'),
    );
    expect(computeDeadline(at('2026-03-20T09:00:00Z'), dayOfNext(10), kyiv)).toEqual(
      at('2026-04-10T20:59:59.999Z'),
    );
  });

  it('ignores holidays and weekends', () => {
    // 1 Jan 2027 is a Russian public holiday and still the due day.
    expect(computeDeadline(at('2026-12-01T09:00:00Z'), dayOfNext(1), moscow)).toEqual(
      at('2027-01-01T20:59:59.999Z'),
    );
  });

  it.each([0, -1, 29, 31, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses day %s', (amount) => {
    expect(() => computeDeadline(at('2026-04-10T07:00:00Z'), dayOfNext(amount), moscow)).toThrow(RangeError);
  });
});

describe('dayOfNextMonth', () => {
  it.each([
    ['2026-04-16', 10, '2026-05-10'],
    ['2026-04-01', 10, '2026-05-10'],
    ['2026-04-30', 10, '2026-05-10'],
    ['2026-01-31', 28, '2026-02-28'],
    ['2028-01-31', 28, '2028-02-28'],
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-01', 10, '2027-01-10'],
    ['2026-12-31', 28, '2027-01-28'],
    ['0999-12-31', 1, '1000-01-01'],
  ] as const)('%s, day %i → %s', (date, day, expected) => {
    expect(dayOfNextMonth(date, day)).toBe(expected);
  });

  it.each([0, 29, 30, 31, -5, 1.5, 10.0001, Number.NaN])('refuses day %s', (day) => {
    expect(() => dayOfNextMonth('2026-04-16', day)).toThrow(RangeError);
  });

  it.each(['2026-02-30', '2026-4-16', '16.04.2026', ''])('refuses the date %j', (date) => {
    expect(() => dayOfNextMonth(date, 10)).toThrow(RangeError);
  });
});

describe('isOverdue / remainingMs', () => {
  const deadline = at('2026-04-13T15:00:00Z');

  it('is not overdue up to and including the deadline', () => {
    expect(isOverdue(deadline, at('2026-04-13T14:00:00Z'))).toBe(false);
    expect(isOverdue(deadline, deadline)).toBe(false);
    expect(isOverdue(deadline, at('2026-04-13T15:00:00.001Z'))).toBe(true);
  });

  it('counts the time left, negative once overdue', () => {
    expect(remainingMs(deadline, at('2026-04-13T14:00:00Z'))).toBe(3_600_000);
    expect(remainingMs(deadline, deadline)).toBe(0);
    expect(remainingMs(deadline, at('2026-04-13T15:30:00Z'))).toBe(-1_800_000);
  });
});
