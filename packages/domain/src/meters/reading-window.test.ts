import { describe, expect, it } from 'vitest';
import {
  isMeterKind,
  isReadingMissingSoon,
  maxReadingIncrease,
  meterKinds,
  readingWindow,
  validateMeterReading,
  validateReadingWindowDays,
} from './reading-window.ts';

const window = { fromDay: 15, toDay: 25 };

describe('meterKinds', () => {
  it('lists the five kinds', () => {
    expect(meterKinds).toEqual(['COLD_WATER', 'HOT_WATER', 'HEATING', 'ELECTRICITY', 'GAS']);
  });

  it('recognises kinds from untrusted input', () => {
    for (const kind of meterKinds) expect(isMeterKind(kind)).toBe(true);
    for (const value of ['WATER', 'gas', '', null, 1]) expect(isMeterKind(value)).toBe(false);
  });
});

describe('readingWindow', () => {
  it.each([
    ['2026-04-01', false, 0],
    ['2026-04-14', false, 0],
    ['2026-04-15', true, 11],
    ['2026-04-16', true, 10],
    ['2026-04-24', true, 2],
    ['2026-04-25', true, 1],
    ['2026-04-26', false, 0],
    ['2026-04-30', false, 0],
  ] as const)('on %s: open %s, %i days left', (today, open, daysLeft) => {
    expect(readingWindow(today, window)).toEqual({
      period: '2026-04-01',
      opensOn: '2026-04-15',
      closesOn: '2026-04-25',
      open,
      daysLeft,
    });
  });

  it('always describes the month of today, even after its window closed', () => {
    expect(readingWindow('2026-12-31', window)).toMatchObject({
      period: '2026-12-01',
      opensOn: '2026-12-15',
      closesOn: '2026-12-25',
      open: false,
    });
    expect(readingWindow('2027-01-01', window)).toMatchObject({
      period: '2027-01-01',
      opensOn: '2027-01-15',
    });
  });

  it('moves a window day past the end of the month to its last day', () => {
    const late = { fromDay: 20, toDay: 31 };
    expect(readingWindow('2026-02-28', late)).toEqual({
      period: '2026-02-01',
      opensOn: '2026-02-20',
      closesOn: '2026-02-28',
      open: true,
      daysLeft: 1,
    });
    expect(readingWindow('2028-02-10', late)).toMatchObject({ closesOn: '2028-02-29', daysLeft: 0 });
    expect(readingWindow('2026-04-30', late)).toMatchObject({
      closesOn: '2026-04-30',
      open: true,
      daysLeft: 1,
    });
    expect(readingWindow('2026-05-30', late)).toMatchObject({
      closesOn: '2026-05-31',
      open: true,
      daysLeft: 2,
    });
    expect(readingWindow('2026-02-01', { fromDay: 30, toDay: 31 })).toMatchObject({
      opensOn: '2026-02-28',
      closesOn: '2026-02-28',
    });
  });

  it('handles a whole-month window and a one-day window', () => {
    expect(readingWindow('2026-01-01', { fromDay: 1, toDay: 31 })).toEqual({
      period: '2026-01-01',
      opensOn: '2026-01-01',
      closesOn: '2026-01-31',
      open: true,
      daysLeft: 31,
    });
    expect(readingWindow('2026-03-10', { fromDay: 10, toDay: 10 })).toMatchObject({
      open: true,
      daysLeft: 1,
    });
    expect(readingWindow('2026-03-11', { fromDay: 10, toDay: 10 })).toMatchObject({
      open: false,
      daysLeft: 0,
    });
  });

  it('counts days across a daylight-saving change as whole days', () => {
    // Clocks go forward in much of Europe on 29 Mar 2026; local dates are unaffected.
    expect(readingWindow('2026-03-25', { fromDay: 20, toDay: 31 })).toMatchObject({ daysLeft: 7 });
  });

  it.each([
    { fromDay: 0, toDay: 25 },
    { fromDay: 15, toDay: 32 },
    { fromDay: 26, toDay: 25 },
    { fromDay: 1.5, toDay: 25 },
    { fromDay: Number.NaN, toDay: 25 },
  ])('refuses the window %j', (bad) => {
    expect(() => readingWindow('2026-04-16', bad)).toThrow(RangeError);
  });

  it('refuses an invalid date', () => {
    expect(() => readingWindow('2026-02-30', window)).toThrow(RangeError);
    expect(() => readingWindow('16.04.2026', window)).toThrow(RangeError);
  });
});

describe('isReadingMissingSoon', () => {
  it.each([
    ['2026-04-14', false],
    ['2026-04-15', false],
    ['2026-04-21', false],
    ['2026-04-22', true],
    ['2026-04-23', true],
    ['2026-04-25', true],
    ['2026-04-26', false],
  ] as const)('with no reading, on %s: %s', (today, expected) => {
    expect(isReadingMissingSoon(today, window, false)).toBe(expected);
  });

  it('never warns once this period has a reading', () => {
    for (const today of ['2026-04-22', '2026-04-25'])
      expect(isReadingMissingSoon(today, window, true)).toBe(false);
  });

  it('takes the number of days to warn ahead', () => {
    expect(isReadingMissingSoon('2026-04-25', window, false, 0)).toBe(true);
    expect(isReadingMissingSoon('2026-04-24', window, false, 0)).toBe(false);
    expect(isReadingMissingSoon('2026-04-15', window, false, 10)).toBe(true);
    expect(isReadingMissingSoon('2026-04-14', window, false, 30)).toBe(false);
  });

  it('warns at the end of a short month', () => {
    expect(isReadingMissingSoon('2026-02-25', { fromDay: 20, toDay: 31 }, false)).toBe(true);
    expect(isReadingMissingSoon('2026-02-24', { fromDay: 20, toDay: 31 }, false)).toBe(false);
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => isReadingMissingSoon('2026-04-22', window, false, -1)).toThrow(RangeError);
    expect(() => isReadingMissingSoon('2026-04-22', window, false, 1.5)).toThrow(RangeError);
  });
});

describe('validateMeterReading', () => {
  const fails = (code: string) => ({ ok: false, issues: [{ field: 'value', code }] });

  it.each([
    [0, 0],
    [-0, 0],
    [12, 12],
    [1234.5, 1234.5],
    [1234.567, 1234.567],
    [0.001, 0.001],
    ['1234', 1234],
    [' 1234.567 ', 1234.567],
    ['1234,5', 1234.5],
    ['0', 0],
  ] as const)('accepts %j as a first reading', (value, expected) => {
    expect(validateMeterReading(value, null)).toEqual({ ok: true, value: expected });
  });

  it.each([undefined, null, '', '   '])('requires a value (%j)', (value) => {
    expect(validateMeterReading(value, null)).toEqual(fails('required'));
  });

  it.each([
    -1,
    -0.001,
    1.2345,
    0.0001,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '-1',
    '1.2345',
    '1e3',
    '1 234',
    '12a',
    '0x10',
    '.5',
    '5.',
    '1.2.3',
    true,
    {},
    [],
  ])('refuses %j as not a reading', (value) => {
    expect(validateMeterReading(value, null)).toEqual(fails('invalid_number'));
  });

  it('accepts the previous reading again and anything up to 1 000 000 more', () => {
    expect(maxReadingIncrease).toBe(1_000_000);
    expect(validateMeterReading(100.5, 100.5)).toEqual({ ok: true, value: 100.5 });
    expect(validateMeterReading(100.501, 100.5)).toEqual({ ok: true, value: 100.501 });
    expect(validateMeterReading(1_000_100.5, 100.5)).toEqual({ ok: true, value: 1_000_100.5 });
  });

  it('refuses a reading below the previous one', () => {
    expect(validateMeterReading(100.499, 100.5)).toEqual(fails('too_small'));
    expect(validateMeterReading('99', 100)).toEqual(fails('too_small'));
    expect(validateMeterReading(0, 0.001)).toEqual(fails('too_small'));
  });

  it('refuses a jump of more than 1 000 000', () => {
    expect(validateMeterReading(1_000_100.501, 100.5)).toEqual(fails('too_large'));
    expect(validateMeterReading(1_000_001, 0)).toEqual(fails('too_large'));
  });

  it('compares decimals exactly', () => {
    // 0.1 + 0.2 !== 0.3 in binary floating point; readings are compared in thousandths.
    expect(validateMeterReading(0.3, 0.1 + 0.2)).toEqual({ ok: true, value: 0.3 });
  });

  it('has no upper bound on a first reading beyond being a number', () => {
    expect(validateMeterReading(99_999_999.999, null)).toEqual({ ok: true, value: 99_999_999.999 });
  });
});

describe('validateReadingWindowDays', () => {
  it('accepts whole days 1–28 with the first not after the last', () => {
    expect(validateReadingWindowDays({ fromDay: 15, toDay: 25 })).toEqual({
      ok: true,
      value: { fromDay: 15, toDay: 25 },
    });
    expect(validateReadingWindowDays({ fromDay: 1, toDay: 28 }).ok).toBe(true);
    expect(validateReadingWindowDays({ fromDay: 20, toDay: 20 }).ok).toBe(true);
  });

  it('refuses days some months lack, fractions, and a window that ends before it starts', () => {
    expect(validateReadingWindowDays({ fromDay: 0, toDay: 29 })).toEqual({
      ok: false,
      issues: [
        { field: 'fromDay', code: 'too_small' },
        { field: 'toDay', code: 'too_large' },
      ],
    });
    expect(validateReadingWindowDays({ fromDay: 1.5, toDay: '3' })).toEqual({
      ok: false,
      issues: [
        { field: 'fromDay', code: 'invalid_number' },
        { field: 'toDay', code: 'invalid_number' },
      ],
    });
    expect(validateReadingWindowDays({ fromDay: 20, toDay: 10 })).toEqual({
      ok: false,
      issues: [{ field: 'toDay', code: 'too_small' }],
    });
  });
});
