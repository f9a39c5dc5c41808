import { describe, expect, it } from 'vitest';
import {
  averageMonthlyConsumption,
  checkMeterReading,
  defaultJumpMultiple,
  monthsBetween,
  validateJumpMultiple,
  type ReadingCheckInput,
} from './reading-checks.ts';

// Registered in March at 100; April 110, May 120: 10 a month on average.
const base: ReadingCheckInput = {
  value: '125',
  period: '2026-06-01',
  initial: { period: '2026-03-01', value: 100 },
  earlier: [
    { period: '2026-05-01', value: 120 },
    { period: '2026-04-01', value: 110 },
  ],
  jumpMultiple: defaultJumpMultiple,
  confirmed: false,
};
const check = (over: Partial<ReadingCheckInput>) => checkMeterReading({ ...base, ...over });
const tooSmall = { ok: false, reason: 'invalid', issues: [{ field: 'value', code: 'too_small' }] };

describe('monthsBetween', () => {
  it.each([
    ['2026-03-01', '2026-03-31', 0],
    ['2026-03-01', '2026-04-01', 1],
    ['2025-11-01', '2026-02-01', 3],
    ['2026-04-01', '2026-03-01', -1],
  ])('%s → %s is %i', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });
});

describe('averageMonthlyConsumption', () => {
  it('averages from the initial figure to the newest reading, in any order', () => {
    expect(averageMonthlyConsumption(base.initial, base.earlier)).toBe(10);
  });

  it('counts skipped months', () => {
    expect(averageMonthlyConsumption(base.initial, [{ period: '2026-07-01', value: 140 }])).toBe(10);
  });

  it('is null without a month to average over', () => {
    expect(averageMonthlyConsumption(base.initial, [])).toBeNull();
    expect(averageMonthlyConsumption(base.initial, [{ period: '2026-03-01', value: 105 }])).toBeNull();
  });

  it('is null when nothing was consumed', () => {
    expect(averageMonthlyConsumption(base.initial, [{ period: '2026-05-01', value: 100 }])).toBeNull();
  });
});

describe('checkMeterReading', () => {
  it('accepts an ordinary reading and normalises the comma', () => {
    expect(check({ value: '125,5' })).toEqual({ ok: true, value: 125.5 });
  });

  it('accepts a reading equal to the last one (nothing consumed)', () => {
    expect(check({ value: 120 })).toEqual({ ok: true, value: 120 });
  });

  it('refuses a reading below the last one', () => {
    expect(check({ value: '119.999' })).toEqual(tooSmall);
  });

  it('refuses the first reading below the initial figure, and accepts it equal', () => {
    const first = { earlier: [], period: '2026-04-01' };
    expect(check({ ...first, value: '99.5' })).toEqual(tooSmall);
    expect(check({ ...first, value: '100' })).toEqual({ ok: true, value: 100 });
  });

  it('keeps the initial figure as a floor even if an earlier reading is below it', () => {
    expect(check({ earlier: [{ period: '2026-04-01', value: 90 }], value: 95 })).toEqual(tooSmall);
  });

  it('passes invalid input through as issues', () => {
    expect(check({ value: 'abc' })).toEqual({
      ok: false,
      reason: 'invalid',
      issues: [{ field: 'value', code: 'invalid_number' }],
    });
    expect(check({ value: '' })).toMatchObject({ issues: [{ code: 'required' }] });
  });

  it('accepts a jump of exactly the multiple, asks to confirm one above it', () => {
    expect(check({ value: 150 })).toEqual({ ok: true, value: 150 });
    expect(check({ value: '150.001' })).toEqual({
      ok: false,
      reason: 'needs_confirmation',
      averageMonthly: 10,
      jump: 30.001,
      months: 1,
    });
  });

  it('accepts a confirmed jump', () => {
    expect(check({ value: 1200, confirmed: true })).toEqual({ ok: true, value: 1200 });
  });

  it('still refuses a confirmed reading below the last one', () => {
    expect(check({ value: 10, confirmed: true })).toEqual(tooSmall);
  });

  it('allows the months since the last reading their share', () => {
    // August after May: three months' worth, 3 × 10 × 3 = 90 above 120.
    expect(check({ period: '2026-08-01', value: 210 })).toEqual({ ok: true, value: 210 });
    expect(check({ period: '2026-08-01', value: 211 })).toMatchObject({
      reason: 'needs_confirmation',
      months: 3,
    });
  });

  it('follows the city’s multiple', () => {
    expect(check({ value: 140, jumpMultiple: 2 })).toEqual({ ok: true, value: 140 });
    expect(check({ value: 141, jumpMultiple: 2 })).toMatchObject({ reason: 'needs_confirmation', jump: 21 });
  });

  it('does not question a jump without an average yet', () => {
    expect(check({ earlier: [], period: '2026-04-01', value: 5000 })).toEqual({ ok: true, value: 5000 });
    expect(
      check({ earlier: [{ period: '2026-04-01', value: 100 }], period: '2026-05-01', value: 5000 }),
    ).toEqual({ ok: true, value: 5000 });
  });

  it('ignores readings of later months when finding the last one', () => {
    expect(
      check({ period: '2026-05-01', earlier: [{ period: '2026-04-01', value: 110 }], value: 115 }),
    ).toEqual({
      ok: true,
      value: 115,
    });
  });
});

describe('validateJumpMultiple', () => {
  it.each([
    [3, { ok: true, value: 3 }],
    [2, { ok: true, value: 2 }],
    [20, { ok: true, value: 20 }],
    [1, { ok: false, issues: [{ field: 'multiple', code: 'too_small' }] }],
    [21, { ok: false, issues: [{ field: 'multiple', code: 'too_large' }] }],
    [2.5, { ok: false, issues: [{ field: 'multiple', code: 'invalid_number' }] }],
    ['3', { ok: false, issues: [{ field: 'multiple', code: 'invalid_number' }] }],
  ])('%j → %j', (value, result) => {
    expect(validateJumpMultiple(value)).toEqual(result);
  });
});
