import { describe, expect, it } from 'vitest';
import {
  assertTimeZone,
  endOfLocalDay,
  localDateOf,
  localDateTimeOf,
  startOfLocalDay,
  utcOffsetMs,
  zonedTimeToInstant,
} from './time-zone.ts';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const local = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

describe('localDateTimeOf / localDateOf', () => {
  it('reads the wall clock in the zone', () => {
    expect(localDateTimeOf(at('2026-03-05T18:30:15.250Z'), 'Asia/Almaty')).toEqual({
      year: 2026,
      month: 3,
      day: 5,
      hour: 23,
      minute: 30,
      second: 15,
      millisecond: 250,
    });
  });

  it('gives different local days for the same instant in Almaty and UTC', () => {
    const instant = at('2026-03-05T19:30:00Z');
    expect(localDateOf(instant, 'Asia/Almaty')).toBe('2026-03-06');
    expect(localDateOf(instant, 'UTC')).toBe('2026-03-05');
  });

  it('prints midnight as hour 0', () => {
    expect(localDateTimeOf(at('2026-01-01T00:00:00Z'), 'UTC').hour).toBe(0);
  });

  it('refuses an invalid instant or zone', () => {
    expect(() => localDateOf(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
    expect(() => localDateOf(at('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(RangeError);
    expect(() => assertTimeZone('Asia/Tehran')).not.toThrow();
  });
});

describe('utcOffsetMs', () => {
  it('knows fixed and half-hour offsets', () => {
    expect(utcOffsetMs(at('2026-07-01T00:00:00Z'), 'Europe/Moscow')).toBe(3 * HOUR);
    expect(utcOffsetMs(at('2026-07-01T00:00:00Z'), 'Asia/Tehran')).toBe(3.5 * HOUR);
    expect(utcOffsetMs(at('2026-07-01T00:00:00Z'), 'Asia/Almaty')).toBe(5 * HOUR);
  });

  it('follows daylight-saving time in Kyiv', () => {
    expect(utcOffsetMs(at('2026-03-29T00:59:59Z'), 'Europe/Kyiv')).toBe(2 * HOUR);
    expect(utcOffsetMs(at('2026-03-29T01:00:00Z'), 'Europe/Kyiv')).toBe(3 * HOUR);
    expect(utcOffsetMs(at('2026-10-25T00:59:59Z'), 'Europe/Kyiv')).toBe(3 * HOUR);
    expect(utcOffsetMs(at('2026-10-25T01:00:00Z'), 'Europe/Kyiv')).toBe(2 * HOUR);
  });
});

describe('zonedTimeToInstant', () => {
  it('converts an ordinary wall time', () => {
    expect(zonedTimeToInstant(local(2026, 3, 6, 18), 'Asia/Almaty')).toEqual(at('2026-03-06T13:00:00Z'));
    expect(zonedTimeToInstant(local(2026, 7, 9, 18), 'Asia/Tehran')).toEqual(at('2026-07-09T14:30:00Z'));
  });

  it('uses the right offset on each side of a DST change', () => {
    expect(zonedTimeToInstant(local(2026, 3, 28, 18), 'Europe/Kyiv')).toEqual(at('2026-03-28T16:00:00Z'));
    expect(zonedTimeToInstant(local(2026, 3, 30, 18), 'Europe/Kyiv')).toEqual(at('2026-03-30T15:00:00Z'));
  });

  it('moves a skipped wall time forward by the gap (spring forward)', () => {
    // 03:00–04:00 does not exist in Kyiv on 29 March 2026; 03:30 becomes 04:30 EEST.
    expect(zonedTimeToInstant(local(2026, 3, 29, 3, 30), 'Europe/Kyiv')).toEqual(at('2026-03-29T01:30:00Z'));
  });

  it('takes the earlier of a repeated wall time (fall back)', () => {
    // 03:00–04:00 happens twice in Kyiv on 25 October 2026.
    expect(zonedTimeToInstant(local(2026, 10, 25, 3, 30), 'Europe/Kyiv')).toEqual(at('2026-10-25T00:30:00Z'));
  });

  it('round-trips with localDateTimeOf', () => {
    for (const zone of ['UTC', 'Europe/Kyiv', 'Asia/Tehran', 'Asia/Baku', 'America/New_York']) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * HOUR + 13 * 60_000) {
        expect(zonedTimeToInstant(localDateTimeOf(t, zone), zone).getTime()).toBe(t);
      }
    }
  });
});

describe('startOfLocalDay / endOfLocalDay', () => {
  it('spans an ordinary day', () => {
    expect(startOfLocalDay('2026-02-14', 'Europe/Moscow')).toEqual(at('2026-02-13T21:00:00Z'));
    expect(endOfLocalDay('2026-02-14', 'Europe/Moscow')).toEqual(at('2026-02-14T20:59:59.999Z'));
  });

  it('handles the 23-hour and 25-hour days of DST', () => {
    const short =
      endOfLocalDay('2026-03-29', 'Europe/Kyiv').getTime() -
      startOfLocalDay('2026-03-29', 'Europe/Kyiv').getTime();
    const long =
      endOfLocalDay('2026-10-25', 'Europe/Kyiv').getTime() -
      startOfLocalDay('2026-10-25', 'Europe/Kyiv').getTime();
    expect(short + 1).toBe(23 * HOUR);
    expect(long + 1).toBe(25 * HOUR);
  });

  it('starts a day whose midnight is skipped at the first instant that exists', () => {
    // Chile springs forward at 00:00 → 01:00 (6 September 2026), so the day begins at 01:00 local.
    const start = startOfLocalDay('2026-09-06', 'America/Santiago');
    expect(localDateTimeOf(start, 'America/Santiago')).toMatchObject({ day: 6, hour: 1, minute: 0 });
    expect(localDateOf(start.getTime() - 1, 'America/Santiago')).toBe('2026-09-05');
  });
});
