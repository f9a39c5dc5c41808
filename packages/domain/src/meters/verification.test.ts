import { describe, expect, it } from 'vitest';
import { meterKinds } from './reading-window.ts';
import {
  addMonths,
  defaultVerificationIntervalMonths,
  reminderHorizon,
  verificationDueOn,
  verificationIntervalRange,
  verificationState,
} from './verification.ts';

describe('defaultVerificationIntervalMonths', () => {
  it('has an interval for every kind, within the range a city may set', () => {
    for (const kind of meterKinds) {
      const months = defaultVerificationIntervalMonths[kind];
      expect(months, kind).toBeGreaterThanOrEqual(verificationIntervalRange.min);
      expect(months, kind).toBeLessThanOrEqual(verificationIntervalRange.max);
    }
    expect(defaultVerificationIntervalMonths.COLD_WATER).toBe(72);
    expect(defaultVerificationIntervalMonths.HOT_WATER).toBe(48);
  });
});

describe('verificationDueOn', () => {
  it.each([
    ['2026-03-15', 72, '2032-03-15'],
    ['2026-03-15', 48, '2030-03-15'],
    ['2026-11-30', 1 * 12, '2027-11-30'],
    // The same day of the month, or the month's last day when it is shorter.
    ['2024-02-29', 72, '2030-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-01-31', 13, '2027-02-28'],
    ['2026-08-31', 18, '2028-02-29'],
    ['2026-12-31', 12, '2027-12-31'],
  ])('%s + %i months is %s', (from, months, due) => {
    expect(verificationDueOn(from, months)).toBe(due);
  });

  it('refuses a date that does not exist and an interval that is not a positive whole number', () => {
    expect(() => verificationDueOn('2026-02-30', 12)).toThrow(RangeError);
    expect(() => verificationDueOn('2026-02-01', 0)).toThrow(RangeError);
    expect(() => verificationDueOn('2026-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2030-02-28', -48, '2026-02-28'],
  ])('%s %+i months is %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });
});

describe('verificationState', () => {
  it.each([
    ['2026-11-30', 'VALID'],
    ['2026-12-01', 'DUE_SOON'],
    ['2026-12-20', 'DUE_SOON'],
    ['2026-12-31', 'DUE_SOON'],
    ['2027-01-01', 'EXPIRED'],
  ])('due on 2026-12-31, on %s it is %s', (today, state) => {
    expect(verificationState(today, '2026-12-31')).toBe(state);
  });

  it('follows the lead it is given', () => {
    expect(verificationState('2026-12-01', '2026-12-31', 7)).toBe('VALID');
    expect(verificationState('2026-12-24', '2026-12-31', 7)).toBe('DUE_SOON');
  });
});

describe('reminderHorizon', () => {
  it('is 30 days ahead, across a year end', () => {
    expect(reminderHorizon('2026-12-15')).toBe('2027-01-14');
    expect(verificationState('2026-12-15', reminderHorizon('2026-12-15'))).toBe('DUE_SOON');
  });
});
